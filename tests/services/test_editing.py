"""Saving and deleting through the application layer, on a real journal file: each action is
checked, stored in one transaction, says what it changed, and can be undone and redone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import event

from quietlegs.domain.records import Appointment, Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.domain.validation import InvalidRecord
from quietlegs.services import editing
from quietlegs.services.changes import APPOINTMENTS, EVERYTHING, KINDS, Change, combine
from quietlegs.services.editing import Action
from quietlegs.storage.errors import KindInUse

D = date(2026, 3, 10)


def a_night(night_of: date = D, **changes) -> Night:
    n = Night(night_of=night_of, in_bed=datetime.combine(night_of, datetime.min.time()).replace(hour=22, minute=30),
              lights_out=datetime(night_of.year, night_of.month, night_of.day, 22, 45), sleep_latency_min=20,
              awakenings=1, wake_after_sleep_onset_min=10,
              final_wake=datetime(2026, 3, night_of.day + 1, 6, 30), out_of_bed=datetime(2026, 3, night_of.day + 1, 6, 45),
              quality=3, legs_severity=4)
    return replace(n, **changes)


@pytest.fixture
def transactions(journal):
    """The BEGINs sent to the journal file, counted on its real engine."""
    counted = []
    listener = lambda conn: counted.append(1)  # noqa: E731
    event.listen(journal.engine, "begin", listener)
    yield counted
    event.remove(journal.engine, "begin", listener)


def test_logging_a_night_is_one_transaction_and_touches_that_night_and_the_next(journal, transactions):
    night = a_night()
    done = editing.save_night(journal, night)
    assert len(transactions) == 1
    assert done.action is Action.LOG_NIGHT and done.record == night
    assert done.change == Change(nights=frozenset({D, date(2026, 3, 11)}))
    assert journal.night(D) == night


def test_undoing_a_new_night_deletes_it_and_redoing_logs_it_again(journal):
    night = a_night()
    done = editing.save_night(journal, night)
    assert done.undo(journal).touches_night(D)
    assert journal.night(D) is None
    done.redo(journal)
    assert journal.night(D) == night


def test_an_edit_is_undone_to_the_entry_as_it_was_read_in_the_same_transaction(journal, transactions):
    night = a_night()
    editing.save_night(journal, night)
    transactions.clear()
    done = editing.save_night(journal, replace(night, quality=5, notes="better"))
    assert len(transactions) == 1  # the entry it replaced came back from the save itself
    assert done.action is Action.EDIT_NIGHT
    done.undo(journal)
    assert journal.night(D) == night


def test_a_night_that_overlaps_its_neighbour_is_refused_and_nothing_changes(journal):
    editing.save_night(journal, a_night())
    overlapping = a_night(date(2026, 3, 11), in_bed=datetime(2026, 3, 11, 6, 0))
    with pytest.raises(InvalidRecord) as refused:
        editing.save_night(journal, overlapping)
    assert refused.value.errors
    assert journal.night(date(2026, 3, 11)) is None


def test_deleting_a_night_keeps_its_events_and_undo_brings_it_back(journal):
    night = a_night()
    editing.save_night(journal, night)
    cramp = SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=7)
    editing.save_symptom(journal, cramp)
    done = editing.delete_night(journal, night)
    assert done.action is Action.DELETE_NIGHT and D in done.change.nights
    assert journal.night(D) is None and journal.symptoms() == [cramp]
    done.undo(journal)
    assert journal.night(D) == night


def test_a_symptom_touches_the_nights_it_may_belong_to(journal):
    cramp = SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=7)
    done = editing.save_symptom(journal, cramp)
    assert done.action is Action.ADD_SYMPTOM
    assert done.change.nights == frozenset(date(2026, 3, d) for d in (9, 10, 11, 12))
    moved = replace(cramp, at=datetime(2026, 3, 20, 3, 0), severity=3)
    again = editing.save_symptom(journal, moved)
    assert again.action is Action.EDIT_SYMPTOM
    assert {D, date(2026, 3, 19)} <= again.change.nights  # where it was and where it is now
    again.undo(journal)
    assert journal.symptoms() == [cramp]


def test_a_bad_symptom_names_the_field_and_stores_nothing(journal):
    with pytest.raises(InvalidRecord) as refused:
        editing.save_symptom(journal, SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=12))
    assert [e.field for e in refused.value.errors] == ["severity"]
    assert journal.symptoms() == []


def test_an_intervention_deleted_and_undone_comes_back_unchanged(journal, transactions):
    heat = Intervention(at=datetime(2026, 3, 11, 3, 2), kind="heat", duration_min=10)
    editing.save_intervention(journal, heat)
    transactions.clear()
    done = editing.delete_intervention(journal, heat)
    assert len(transactions) == 1
    assert done.action is Action.DELETE_INTERVENTION and journal.interventions() == []
    done.undo(journal)
    assert journal.interventions() == [heat]
    done.redo(journal)
    assert journal.interventions() == []


def test_kinds_change_the_catalog_not_any_night(journal):
    kind = InterventionKind(slug="ropinirole", name="Ropinirole", category="medication",
                            default_amount=0.25, default_unit="mg")
    done = editing.save_kind(journal, kind)
    assert done.action is Action.ADD_KIND and done.change == KINDS
    renamed = editing.save_kind(journal, replace(kind, name="Ropinirole (Requip)"))
    assert renamed.action is Action.EDIT_KIND
    renamed.undo(journal)
    assert next(k for k in journal.kinds() if k.slug == "ropinirole").name == "Ropinirole"


def test_a_kind_in_use_is_not_deleted(journal):
    editing.save_intervention(journal, Intervention(at=datetime(2026, 3, 10, 21, 0), kind="magnesium", amount=300))
    magnesium = next(k for k in journal.kinds() if k.slug == "magnesium")
    with pytest.raises(KindInUse):
        editing.delete_kind(journal, magnesium)


def test_appointments_change_only_appointments_and_undo_restores_the_old_one(journal):
    visit = Appointment(date=date(2026, 4, 2), with_whom="Dr Okafor", questions=("Iron?",))
    assert editing.save_appointment(journal, visit).change == APPOINTMENTS
    moved = editing.save_appointment(journal, replace(visit, date=date(2026, 4, 9)))
    assert moved.action is Action.EDIT_APPOINTMENT
    moved.undo(journal)
    assert journal.appointments() == [visit]
    gone = editing.delete_appointment(journal, visit)
    assert journal.appointments() == []
    gone.undo(journal)
    assert journal.appointments() == [visit]


def test_changes_combine_and_everything_wins():
    a = Change.of_nights([D])
    b = Change(nights=frozenset({date(2026, 3, 12)}), kinds=True)
    both = combine([a, b, APPOINTMENTS])
    assert both.nights == {D, date(2026, 3, 12)} and both.kinds and both.appointments
    assert not both.everything and both.touches_night(D) and not both.touches_night(date(2026, 3, 11))
    assert (a | EVERYTHING) == EVERYTHING and EVERYTHING.touches_night(date(1999, 1, 1))
    assert not Change() and bool(a)
