"""Today's first view read with the standard library (start-up's fast path): the same view the
opened journal gives, and only for a journal that the full opening would read as it is."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date

import pytest

from quietlegs.services.today import first_view, read_today_night

LAST_NIGHT = date(2026, 11, 20)  # the demo journal's last night (tests/conftest.py)


@pytest.mark.parametrize("night_of", [LAST_NIGHT, date(2026, 11, 21), date(2026, 10, 3), date(2020, 1, 1)])
def test_the_quick_read_gives_today_the_view_the_opened_journal_gives(demo_journal, data_paths, night_of):
    """A logged night (its entry, symptoms, interventions and their phases), the night after the
    last (the prefill from the nights before), and a night before the journal began."""
    quick = first_view(data_paths.journal, night_of)
    assert quick is not None
    assert quick == read_today_night(demo_journal, night_of)


def test_the_quick_read_of_a_journal_without_nights_offers_the_welcome(journal, data_paths):
    quick = first_view(data_paths.journal, LAST_NIGHT)
    assert quick == read_today_night(journal, LAST_NIGHT) and quick.journal_empty


def _copy(journal, data_paths, tmp_path, name="copy.sqlite3"):
    journal.close()
    copy = tmp_path / name
    shutil.copy(data_paths.journal, copy)
    return copy


@pytest.mark.parametrize("revision", ["0004", "0099"])
def test_a_journal_at_another_schema_revision_is_left_to_the_full_opening(demo_journal, data_paths, tmp_path,
                                                                         revision):
    """Older (to migrate, after a backup) or newer (to refuse): never read quickly."""
    copy = _copy(demo_journal, data_paths, tmp_path)
    con = sqlite3.connect(copy)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()
    assert first_view(copy, LAST_NIGHT) is None


def test_a_missing_empty_foreign_or_unreadable_file_is_left_to_the_full_opening(demo_journal, data_paths, tmp_path):
    assert first_view(tmp_path / "nothing-here.sqlite3", LAST_NIGHT) is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert first_view(tmp_path / "empty.sqlite3", LAST_NIGHT) is None
    (tmp_path / "notes.sqlite3").write_text("not a journal at all\n" * 100)
    assert first_view(tmp_path / "notes.sqlite3", LAST_NIGHT) is None
    (tmp_path / "folder.sqlite3").mkdir()
    assert first_view(tmp_path / "folder.sqlite3", LAST_NIGHT) is None
    cut = _copy(demo_journal, data_paths, tmp_path, "cut.sqlite3")
    with open(cut, "r+b") as f:
        f.truncate(os.path.getsize(cut) // 2 + 100)  # cut short, not on a page boundary
    assert first_view(cut, LAST_NIGHT) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_journal_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "journal.sqlite3")
    assert first_view(tmp_path / "journal.sqlite3", LAST_NIGHT) is None  # (opening it would hang)


def test_the_quick_read_changes_nothing_and_leaves_no_file_beside_the_journal(demo_journal, data_paths, tmp_path):
    copy = _copy(demo_journal, data_paths, tmp_path)
    before = copy.read_bytes()
    assert first_view(copy, LAST_NIGHT) is not None
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite3"]
