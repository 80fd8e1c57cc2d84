"""What the command-line tests share: a demo journal file, and a data folder made from it by the
real import."""

from __future__ import annotations

from datetime import datetime

import pytest

from quietlegs.cli import main
from quietlegs.domain.journal_format import dump_journal
from quietlegs.paths import DataPaths


@pytest.fixture
def demo_file(tmp_path, demo_data):
    """The 120-night demo journal as a FORMAT.md JSON file."""
    path = tmp_path / "demo.json"
    path.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    return path


@pytest.fixture
def kept(tmp_path, demo_file, capsys) -> DataPaths:
    """A data folder holding a journal of 120 nights, made by the real import."""
    paths = DataPaths(tmp_path / "kept")
    assert main(["--data-dir", str(paths.root), "import", str(demo_file)]) == 0
    capsys.readouterr()
    return paths
