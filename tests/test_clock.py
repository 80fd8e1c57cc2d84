"""The user's time zone: the common case read directly gives what tzlocal gives; anything else
is left to tzlocal."""

from __future__ import annotations

import os
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from quietlegs import clock

ZONEINFO = "/usr/share/zoneinfo"
needs_zoneinfo = pytest.mark.skipif(not os.path.isdir(ZONEINFO), reason="no system zoneinfo folder")


def test_local_zone_is_tzlocals():
    assert clock.local_zone() == tzlocal.get_localzone()


@needs_zoneinfo
def test_a_link_into_zoneinfo_names_the_zone(tmp_path, monkeypatch):
    monkeypatch.delenv("TZ", raising=False)
    link = tmp_path / "localtime"
    link.symlink_to(f"{ZONEINFO}/Europe/Berlin")
    assert clock._linked_zone(str(link), str(tmp_path / "no-timezone")) == ZoneInfo("Europe/Berlin")
    (tmp_path / "timezone").write_text("Europe/Berlin\n")
    assert clock._linked_zone(str(link), str(tmp_path / "timezone")) == ZoneInfo("Europe/Berlin")


@needs_zoneinfo
def test_anything_unusual_is_left_to_tzlocal(tmp_path, monkeypatch):
    monkeypatch.delenv("TZ", raising=False)
    link = tmp_path / "localtime"
    link.symlink_to(f"{ZONEINFO}/Europe/Berlin")
    (tmp_path / "timezone").write_text("America/New_York\n")
    assert clock._linked_zone(str(link), str(tmp_path / "timezone")) is None  # two zones named
    copy = tmp_path / "copied"
    copy.write_bytes(open(f"{ZONEINFO}/Europe/Berlin", "rb").read())
    assert clock._linked_zone(str(copy), str(tmp_path / "no-timezone")) is None  # not a link
    elsewhere = tmp_path / "elsewhere"
    elsewhere.symlink_to(tmp_path / "copied")
    assert clock._linked_zone(str(elsewhere), str(tmp_path / "no-timezone")) is None  # not into zoneinfo
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert clock._linked_zone(str(link), str(tmp_path / "no-timezone")) is None  # TZ wins, as in tzlocal
