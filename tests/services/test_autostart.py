"""Starting at login: the XDG autostart entry is written whole (0644), starts this install on
the same data folder, is quoted as the Desktop Entry spec asks, passes desktop-file-validate,
and is gone once turned off."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quietlegs import DESKTOP_ID
from quietlegs.services import autostart
from quietlegs.services.autostart import AutostartError, AutostartState

from desktop_entry import parse_exec

COMMENT = "Start Quiet Legs when you log in, so its reminders come"


def _keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (.ci/run installs desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


# ---------------------------------------------------------------------- where the entry lives

def test_the_entry_lives_in_xdg_config_home_or_else_in_dot_config(tmp_path):
    home = tmp_path / "home"
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, home) == tmp_path / "cfg" / "autostart"
    assert autostart.autostart_dir({}, home) == home / ".config" / "autostart"
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": ""}, home) == home / ".config" / "autostart"
    # the Base Directory spec: a relative XDG_CONFIG_HOME is ignored
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": "rel/cfg"}, home) == home / ".config" / "autostart"
    assert autostart.autostart_file(home).name == f"{DESKTOP_ID}.desktop"


def test_starting_at_login_exists_on_linux_and_the_bsds_only():
    assert autostart.supported("linux")
    assert autostart.supported("freebsd14")
    assert not autostart.supported("darwin")
    assert not autostart.supported("win32")


# ---------------------------------------------------------------------- what it starts

def test_the_bundle_starts_its_own_program(tmp_path):
    assert autostart.launch_command("/opt/ql/quietlegs", "/opt/ql/quietlegs", frozen=True) == ["/opt/ql/quietlegs"]


def test_an_installed_command_starts_itself_or_the_one_beside_this_python(tmp_path):
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python, script = bin_dir / "python", bin_dir / "quietlegs"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert autostart.launch_command(str(python), str(script), frozen=False) == [str(script)]
    # started as python -m quietlegs, in a venv that has the command
    assert autostart.launch_command(str(python), "/src/quietlegs/__main__.py", frozen=False) == [str(script)]


def test_without_a_command_it_is_python_dash_m(tmp_path):
    python = tmp_path / "python3"
    assert autostart.launch_command(str(python), "/src/quietlegs/__main__.py", frozen=False) == [
        str(python), "-m", "quietlegs"]


def test_a_data_folder_of_its_own_is_named(tmp_path):
    command = autostart.launch_command("/opt/ql/quietlegs", "x", frozen=True, data_dir=tmp_path / "my journal")
    assert command == ["/opt/ql/quietlegs", "--data-dir", str(tmp_path / "my journal")]


# ---------------------------------------------------------------------- the file

def test_turned_on_the_entry_is_written_0644_and_valid(tmp_path):
    old = os.umask(0o077)  # a strict umask must not make it private: it is not private data
    try:
        path = autostart.autostart_file(tmp_path / "autostart")
        autostart.enable(path, ["/opt/ql/quietlegs"], hidden=False, comment=COMMENT)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    keys = _keys(path)
    assert keys["Type"] == "Application" and keys["Name"] == "Quiet Legs"
    assert keys["Exec"] == "/opt/ql/quietlegs"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Comment"] == COMMENT
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert autostart.read_state(path) == AutostartState(enabled=True, hidden=False)
    validate(path)


def test_started_hidden_it_goes_through_env_with_the_flag(tmp_path):
    path = autostart.autostart_file(tmp_path)
    autostart.enable(path, ["/opt/ql/quietlegs", "--data-dir", "/d"], hidden=True, comment=COMMENT)
    assert parse_exec(_keys(path)["Exec"]) == ["env", "QUIETLEGS_START_HIDDEN=1",
                                               "/opt/ql/quietlegs", "--data-dir", "/d"]
    assert autostart.read_state(path) == AutostartState(enabled=True, hidden=True)
    assert autostart.starts_hidden({"QUIETLEGS_START_HIDDEN": "1"})
    assert not autostart.starts_hidden({})
    validate(path)


def test_awkward_paths_are_quoted_and_read_back_whole(tmp_path):
    odd = ['/home/a b/bin/quietlegs', "--data-dir", '/data/50% "odd" $HOME `x` \\ back\\slash; #1 (x) ~']
    path = autostart.autostart_file(tmp_path)
    autostart.enable(path, odd, hidden=True, comment=COMMENT)
    assert parse_exec(_keys(path)["Exec"]) == ["env", "QUIETLEGS_START_HIDDEN=1", *odd]
    validate(path)


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1), min_size=1, max_size=4))
def test_any_printable_command_reads_back_as_it_was(argv):
    assert parse_exec(autostart.exec_value(argv, hidden=False)) == argv


def test_a_comment_over_several_lines_stays_one_line(tmp_path):
    path = autostart.autostart_file(tmp_path)
    autostart.enable(path, ["/q"], hidden=False, comment="Start\nat  login")
    assert _keys(path)["Comment"] == "Start at login"


def test_a_path_that_is_not_utf8_is_refused_and_nothing_is_written(tmp_path):
    path = autostart.autostart_file(tmp_path)
    with pytest.raises(AutostartError) as caught:
        autostart.enable(path, [os.fsdecode(b"/opt/caf\xe9/quietlegs")], hidden=False, comment=COMMENT)
    assert caught.value.action == "encode" and "caf" in caught.value.path
    assert not path.exists()


def test_turning_it_on_again_replaces_the_entry(tmp_path):
    path = autostart.autostart_file(tmp_path)
    autostart.enable(path, ["/old/quietlegs"], hidden=True, comment=COMMENT)
    autostart.enable(path, ["/new/quietlegs"], hidden=False, comment=COMMENT)
    assert _keys(path)["Exec"] == "/new/quietlegs"
    assert autostart.read_state(path) == AutostartState(True, False)


def test_turned_off_the_entry_is_gone(tmp_path):
    path = autostart.autostart_file(tmp_path)
    autostart.enable(path, ["/q"], hidden=False, comment=COMMENT)
    autostart.disable(path)
    assert not path.exists()
    autostart.disable(path)  # already off: nothing to do, no error
    assert autostart.read_state(path) == AutostartState(False, False)


def test_an_entry_the_desktop_turned_off_counts_as_off(tmp_path):
    path = autostart.autostart_file(tmp_path)
    path.write_text("[Desktop Entry]\nType=Application\nName=Quiet Legs\nExec=/q\nX-GNOME-Autostart-enabled=false\n")
    assert autostart.read_state(path) == AutostartState(False, False)
    path.write_text("[Desktop Entry]\nType=Application\nName=Quiet Legs\nExec=/q\nHidden=true\n")
    assert autostart.read_state(path) == AutostartState(False, False)
    path.write_bytes(b"\xff\xfe not text")
    assert autostart.read_state(path) == AutostartState(False, False)


def test_a_folder_that_cannot_be_made_is_a_clear_error_and_changes_nothing(tmp_path):
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(AutostartError) as caught:
        autostart.enable(autostart.autostart_file(tmp_path / "autostart"), ["/q"], hidden=False, comment=COMMENT)
    assert caught.value.action == "write" and caught.value.why == os.strerror(17)
    assert caught.value.path.endswith(f"autostart/{DESKTOP_ID}.desktop")
    assert (tmp_path / "autostart").read_text() == "a file where the folder should be"
