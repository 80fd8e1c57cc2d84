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
