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
