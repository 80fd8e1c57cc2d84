"""Where the journal lives: ``--data-dir``, ``QUIETLEGS_DATA_DIR``, else the platform's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from quietlegs.paths import ENV_DATA_DIR, DataPaths, data_paths


def test_the_data_dir_given_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert data_paths(tmp_path / "given").root == (tmp_path / "given").absolute()
    assert data_paths(None).root == (tmp_path / "from-env").absolute()


def test_the_files_of_a_data_folder_are_named_for_what_they_hold(tmp_path):
    paths = DataPaths(tmp_path)
    assert (paths.journal.name, paths.backups.name, paths.settings.name, paths.lock.name) == (
        "journal.sqlite3", "backups", "settings.ini", "journal.lock")


def test_data_paths_are_values_equal_by_folder_and_read_only(tmp_path):
    a, b = DataPaths(tmp_path), DataPaths(Path(str(tmp_path)))
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != DataPaths(tmp_path / "other")
    with pytest.raises(AttributeError):
        a.root = tmp_path / "other"
    assert repr(a) == f"DataPaths(root={tmp_path!r})"


# ---------------------------------------------------------------------- the data folder's rules

import os  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from quietlegs.paths import (  # noqa: E402
    DataFolderProblem,
    check_folder_for_reading,
    data_dir_origin,
    holds_journal,
    prepare_folder_for_writing,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def test_who_named_the_folder_is_known(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert data_dir_origin(tmp_path) == "--data-dir"
    assert data_dir_origin(None) is None
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path))
    assert data_dir_origin(None) == ENV_DATA_DIR


def test_a_folder_is_the_apps_own_once_it_holds_a_journal_its_lock_or_backups(tmp_path):
    assert not holds_journal(tmp_path)
    for name in ("journal.sqlite3", "journal.lock", "backups"):
        folder = tmp_path / name.replace(".", "-")
        folder.mkdir()
        (folder / name).touch()
        assert holds_journal(folder)
    dangling = tmp_path / "dangling"
    dangling.mkdir()
    (dangling / "journal.sqlite3").symlink_to(tmp_path / "gone")
    assert holds_journal(dangling)  # a broken journal is still a journal: it gets words, not a new one


@posix_only
def test_a_new_folder_is_made_private_with_a_note_only_when_named(tmp_path, monkeypatch):
    old = os.umask(0o022)
    try:
        named = DataPaths(tmp_path / "a" / "b")
        note = prepare_folder_for_writing(named, "--data-dir")
        assert note == f"created the folder {named.root} for a new journal (--data-dir)"
        assert stat.S_IMODE(named.root.stat().st_mode) == 0o700
        default = DataPaths(tmp_path / "platform")
        assert prepare_folder_for_writing(default, None) is None and default.root.is_dir()
    finally:
        os.umask(old)


@posix_only
@pytest.mark.parametrize("mode, other_file", [(0o1777, True), (0o700, True), (0o777, False)])
def test_a_writing_command_never_takes_over_someone_elses_folder(tmp_path, mode, other_file):
    folder = tmp_path / "theirs"
    folder.mkdir()
    if other_file:
        (folder / "photo.jpg").write_bytes(b"x")
    os.chmod(folder, mode)
    with pytest.raises(DataFolderProblem) as info:
        prepare_folder_for_writing(DataPaths(folder), "--data-dir")
    assert info.value.status == 2 and "no Quiet Legs journal" in str(info.value)
    assert stat.S_IMODE(folder.stat().st_mode) == mode


def test_an_empty_private_folder_and_a_journal_folder_are_used_as_they_are(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o700)
    assert prepare_folder_for_writing(DataPaths(empty), "--data-dir") is None
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "journal.sqlite3").touch()
    (kept / "notes.txt").touch()  # the user's own file beside their journal: still their journal folder
    assert prepare_folder_for_writing(DataPaths(kept), "--data-dir") is None


def test_a_reading_command_needs_a_folder_with_a_journal(tmp_path):
    with pytest.raises(DataFolderProblem, match="does not exist; check its name"):
        check_folder_for_reading(DataPaths(tmp_path / "typo"), "--data-dir")
    with pytest.raises(DataFolderProblem, match="there is no journal yet in .*; open the app or import"):
        check_folder_for_reading(DataPaths(tmp_path / "platform"), None)
    with pytest.raises(DataFolderProblem, match="there is no journal in"):
        check_folder_for_reading(DataPaths(tmp_path), "--data-dir")
    check_folder_for_reading(DataPaths(tmp_path), "--data-dir", need_journal=False)
    (tmp_path / "journal.sqlite3").touch()
    check_folder_for_reading(DataPaths(tmp_path), "--data-dir")
    assert not (tmp_path / "typo").exists() and not (tmp_path / "platform").exists()


def test_importing_paths_does_no_work_and_loads_nothing_else():
    """The start-up path imports paths.py: it must stay a few definitions."""
    code = ("import sys; before = set(sys.modules); import quietlegs.paths; "
            "print(sorted(set(sys.modules) - before))")
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": src}).stdout
    assert out.strip() == "['quietlegs', 'quietlegs.paths']"
