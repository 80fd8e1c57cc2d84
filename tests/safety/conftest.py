"""Fixtures for the tests that really break things."""

from __future__ import annotations

import pytest


@pytest.fixture
def filled_journal(data_paths, demo_data):
    """A real journal file holding the demo journal, closed, its -wal folded in."""
    from quietlegs.storage.journal_file import open_journal

    j = open_journal(data_paths.journal)
    j.import_data(demo_data)
    j.close()
    return data_paths.journal
