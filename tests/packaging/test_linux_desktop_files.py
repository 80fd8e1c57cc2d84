"""The menu entry and AppStream metainfo: valid by the desktop's own tools, and telling the
same version and name as the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from quietlegs import APP_NAME, DESKTOP_ID, __version__
from quietlegs.resources import ICON_SIZES
from packaging_helpers import ROOT, clean_env, run

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_is_valid():
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_the_metainfo_is_valid():
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_newest_release_in_the_metainfo_is_this_version():
    root = ET.parse(METAINFO).getroot()
    newest = root.find("releases/release")
    assert newest.get("version") == __version__


def test_metainfo_and_menu_entry_name_the_same_app():
    root = ET.parse(METAINFO).getroot()
    entry = _desktop_entry()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == entry["Name"] == APP_NAME
    assert root.find("content_rating").get("type").startswith("oars-")
    assert entry["Icon"] == "quietlegs" and entry["Exec"].split()[0] == "quietlegs"


def test_the_metainfo_points_software_centres_at_no_address_the_project_does_not_have():
    """No web site exists (packaging/README.md says what a publisher adds): every address in
    the metainfo, screenshots included, must be one a publisher filled in, never the old
    placeholder domain."""
    root = ET.parse(METAINFO).getroot()
    addresses = [image.text.strip() for image in root.iter("image")] + [url.text.strip() for url in root.iter("url")]
    assert all(a.startswith("https://") and "quietlegs.org" not in a for a in addresses), addresses
    assert "quietlegs.org" not in METAINFO.read_text()


def test_the_install_step_puts_the_entry_and_every_icon_size_in_place(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "quietlegs"  # as `pipx install` leaves it
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    home = tmp_path / "home"
    env = dict(clean_env(tmp_path), HOME=str(home), PATH=f"{bin_dir}:/usr/bin:/bin")
    out = run(["sh", LINUX / "install.sh"], env)
    assert out.returncode == 0, out.stderr

    share = home / ".local" / "share"
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "quietlegs.png").is_file(), size
    assert (hicolor / "scalable" / "apps" / "quietlegs.svg").is_file()
    installed = share / "applications" / DESKTOP.name
    assert f"Exec={program}\n" in installed.read_text()
    assert (share / "metainfo" / METAINFO.name).is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    gone = run(["sh", LINUX / "install.sh", "--uninstall"], env)
    assert gone.returncode == 0, gone.stderr
    assert not installed.exists()
    assert not (hicolor / "48x48" / "apps" / "quietlegs.png").exists()
    assert program.exists()  # a pipx-installed command is not ours to remove
