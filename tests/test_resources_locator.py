"""Icons and help are found from a source checkout (the wheel and the bundle: tests/packaging/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quietlegs import resources
from quietlegs.resources import ICON_SIZES, ResourceMissing, app_icon_files, help_file, resource_path

REPO_RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def test_a_source_checkout_reads_resources_in_place():
    assert resources.resources_dir() == REPO_RESOURCES
    assert [p.name for p in app_icon_files()] == [f"quietlegs-{s}.png" for s in ICON_SIZES]
    assert resource_path("icons", "quietlegs.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_help_falls_back_to_english_for_a_language_it_does_not_have():
    assert help_file("xx_YY") == REPO_RESOURCES / "help" / "en.html"


def test_each_png_is_drawn_at_its_size():
    for size, path in zip(ICON_SIZES, app_icon_files()):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size), path.name


def test_a_missing_asset_says_to_reinstall():
    with pytest.raises(ResourceMissing, match="reinstalling"):
        resource_path("icons", "no-such-icon.png")


def test_an_install_without_its_assets_says_so_plainly(monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nothing-here"])
    resources.resources_dir.cache_clear()
    try:
        with pytest.raises(ResourceMissing, match="cannot find its icons"):
            resources.resources_dir()
    finally:
        resources.resources_dir.cache_clear()
