"""Quiet Legs never opens a network connection: every test runs with internet sockets blocked."""

import socket

import pytest


def test_the_suite_blocks_internet_connections():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(AssertionError, match="tried to open a network connection"):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_the_app_code_never_imports_network_clients():
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src" / "quietlegs"
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for client in ("import urllib.request", "import requests", "import httpx", "QNetworkAccessManager",
                       "import http.client", "import socket"):
            assert client not in text, f"{path} uses {client}"
