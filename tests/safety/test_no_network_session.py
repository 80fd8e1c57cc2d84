"""No network in a real session either: importing a journal, opening the window on it with
Insights and its statistics worker process, writing the report and a chart, all under
`strace -f`, open no internet socket (not only the first paint of an empty window)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import datetime

import pytest

from quietlegs.domain.journal_format import dump_journal

from .breakers import child_env

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")]


def traced(tmp_path, name: str, *args: str, **env: str) -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / f"{name}.strace"
    proc = subprocess.run(["strace", "-f", "-o", str(log), "-e", "trace=connect,sendto,sendmsg", sys.executable,
                           "-m", "quietlegs", *args], env=child_env(**env), capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0 and "ptrace" in proc.stderr:
        pytest.skip("ptrace is not allowed here")
    return proc, log.read_text()


def test_a_whole_session_opens_no_internet_socket(tmp_path, demo_data):
    data = tmp_path / "data"
    source = tmp_path / "journal.json"
    source.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    runs = [
        traced(tmp_path, "import", "--data-dir", str(data), "import", str(source)),
        traced(tmp_path, "gui", "--data-dir", str(data), "gui", QUIETLEGS_SMOKE="insights"),
        traced(tmp_path, "report", "--data-dir", str(data), "report", "--out", str(tmp_path / "r.pdf")),
        traced(tmp_path, "chart", "--data-dir", str(data), "chart", "effects", "--out", str(tmp_path / "e.svg")),
    ]
    for proc, calls in runs:
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "+++ exited with 0 +++" in calls  # strace watched the run, children included, to its end
        assert [line for line in calls.splitlines() if re.search(r"AF_INET6?\b", line)] == []
    gui_out = runs[1][0].stdout
    assert "statistics in their own process" in gui_out  # the worker process ran, and was watched too
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"
