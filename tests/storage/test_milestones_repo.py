"""Milestones are kept in the journal (migration 0004), checked, and undone like any other edit."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from quietlegs.domain.milestones import Milestone
from quietlegs.domain.records import Intervention
from quietlegs.domain.validation import InvalidRecord
from quietlegs.services import milestones as service
from quietlegs.storage.migrate import current_revision

STOPPED = Milestone(date=date(2026, 11, 9), name="stopped kratom", kind="stopped")


def test_the_milestones_table_comes_from_migration_0004(journal):
    assert current_revision(journal.engine) >= "0004"
    con = sqlite3.connect(journal.path)
    cols = {r[1] for r in con.execute("PRAGMA table_info(milestones)")}
    con.close()
    assert cols == {"id", "date", "name", "kind", "notes"}


def test_a_milestone_is_saved_edited_undone_and_deleted(journal):
    edited = service.save_milestone(journal, STOPPED)
    assert journal.milestones() == [STOPPED] and edited.change.touches_milestones()
    renamed = Milestone(date=STOPPED.date, name="stopped kratom for good", kind="stopped", id=STOPPED.id)
    again = service.save_milestone(journal, renamed)
    assert journal.milestones() == [renamed]
    again.undo(journal)
    assert journal.milestones() == [STOPPED]
    gone = service.delete_milestone(journal, STOPPED)
    assert journal.milestones() == []
    gone.undo(journal)
    assert journal.milestones() == [STOPPED]


def test_a_milestone_without_a_name_is_refused_and_nothing_changes(journal):
    with pytest.raises(InvalidRecord) as info:
        journal.save_milestone(Milestone(date=date(2026, 11, 9), name=""))
    assert "name" in str(info.value)
    assert journal.milestones() == []


def test_dry_needling_sessions_count_as_milestones(journal):
    journal.save_milestone(STOPPED)
    journal.save_intervention(Intervention(at=datetime(2026, 11, 18, 16, 0), kind="dry_needling"))
    names = [(m.date, m.name) for m in service.all_milestones(journal)]
    assert names == [(date(2026, 11, 9), "stopped kratom"), (date(2026, 11, 18), "dry needling")]
    counts = service.today_day_counts(journal, date(2026, 11, 21))
    assert [(c.milestone.name, c.days) for c in counts] == [("dry needling", 3), ("stopped kratom", 12)]


def test_milestones_go_out_with_an_export_and_come_back_with_an_import(tmp_path, capsys):
    import json

    from quietlegs.cli import main
    from quietlegs.storage.journal_file import open_journal

    first = open_journal(tmp_path / "a" / "journal.sqlite3")
    first.save_milestone(STOPPED)
    first.close()
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(tmp_path / "a"), "export", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["milestones"] == [
        {"id": STOPPED.id, "date": "2026-11-09", "name": "stopped kratom", "kind": "stopped"}]
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    second = open_journal(tmp_path / "b" / "journal.sqlite3")
    try:
        assert second.milestones() == [STOPPED]
    finally:
        second.close()


def test_a_file_without_ids_imported_twice_adds_its_milestones_once(tmp_path):
    import json

    from quietlegs.cli import main
    from quietlegs.storage.journal_file import open_journal

    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, "milestones": [
        {"date": "2026-11-09", "name": "stopped kratom", "kind": "stopped"}]}), encoding="utf-8")
    for _ in range(2):
        assert main(["--data-dir", str(tmp_path / "d"), "import", str(source)]) == 0
    journal = open_journal(tmp_path / "d" / "journal.sqlite3")
    try:
        assert [m.name for m in journal.milestones()] == ["stopped kratom"]
    finally:
        journal.close()
