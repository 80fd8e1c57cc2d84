"""Regimens through the application layer, on a real journal file: tonight's items, one click
that logs them as ordinary interventions in one transaction (with a skip for one), undo, a
change of plan mid-week, and the doses missed per night."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event

from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.records import Night
from quietlegs.domain.regimens import WEEKDAYS, Regimen, Status
from quietlegs.services import regimens as service
from quietlegs.services.editing import Action

MON = date(2026, 11, 16)
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg",
                    id="0b2f5c1e-0000-4000-8000-000000000001")
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 11, 1), days=WEEKDAYS, clock=time(20, 30),
                     amount=10, unit="min", id="0b2f5c1e-0000-4000-8000-000000000002")
IRON = Regimen(kind="iron", started_on=date(2026, 11, 1), before_bed_min=120, amount=65, unit="mg",
               id="0b2f5c1e-0000-4000-8000-000000000003")


def night(d: date, bed: time = time(23, 0)) -> Night:
    in_bed = datetime.combine(d, bed)
    up = datetime.combine(d + timedelta(days=1), time(7, 0))
    return Night(night_of=d, in_bed=in_bed, lights_out=in_bed, sleep_latency_min=10, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=up, out_of_bed=up, quality=3)


@pytest.fixture
def transactions(journal):
    counted = []
    listener = lambda conn: counted.append(1)  # noqa: E731
    event.listen(journal.engine, "begin", listener)
    yield counted
    event.remove(journal.engine, "begin", listener)


@pytest.fixture
def with_regimens(journal):
    journal.save_regimens([MAGNESIUM, STRETCHING, IRON])
    for k in range(1, 15):
        journal.save_night(night(MON - timedelta(days=k), bed=time(23, 30)))
    return journal


def test_tonights_regimen_in_the_order_it_is_due(with_regimens):
    evening = service.regimen_evening(with_regimens, datetime.combine(MON, time(19, 0)))
    assert (evening.night_of, evening.tonight) == (MON, True)
    assert [(i.kind_name, i.scheduled.time(), i.status) for i in evening.items] == [
        ("Stretching", time(20, 30), Status.PENDING), ("Magnesium", time(21, 0), Status.PENDING),
        ("Iron", time(21, 30), Status.PENDING)]  # two hours before the usual 23:30
    assert all(i.log_at == datetime.combine(MON, time(19, 0)) for i in evening.items)  # not in the future


def test_one_click_logs_all_but_the_skipped_item_in_one_transaction_and_undo_takes_it_back(
        with_regimens, transactions):
    journal = with_regimens
    evening = service.regimen_evening(journal, datetime.combine(MON, time(22, 0)))
    del transactions[:]
    edited = service.log_evening(journal, evening, take=[i.regimen.id for i in evening.items], skip=[STRETCHING.id])
    assert len(transactions) == 1
    assert edited.action is Action.LOG_REGIMEN and edited.change.touches_night(MON)
    logged = sorted((i.at.time(), i.kind, i.amount, i.unit) for i in journal.interventions())
    assert logged == [(time(21, 0), "magnesium", 300, "mg"), (time(21, 30), "iron", 65, "mg")]
    after = service.regimen_evening(journal, datetime.combine(MON, time(22, 0)))
    assert [i.status for i in after.items] == [Status.SKIPPED, Status.TAKEN, Status.TAKEN]
    assert after.to_log == ()

    edited.undo(journal)
    assert journal.interventions() == [] and all(r.skipped == frozenset() for r in journal.regimens())
    edited.redo(journal)
    assert len(journal.interventions()) == 2


def test_the_doses_are_ordinary_before_bed_interventions_for_insights(with_regimens):
    journal = with_regimens
    evening = service.regimen_evening(journal, datetime.combine(MON, time(22, 0)))
    service.log_evening(journal, evening, take=[MAGNESIUM.id, IRON.id])
    journal.save_night(night(MON))
    [row] = [r for r in build_night_table(journal.snapshot(MON, MON)) if r.night_of == MON]
    assert {"magnesium", "iron"} <= row.before_bed and row.doses["magnesium"] == "300 mg"


def test_before_noon_the_click_logs_last_nights_evening_at_its_scheduled_times(with_regimens):
    journal = with_regimens
    evening = service.regimen_evening(journal, datetime.combine(MON, time(8, 0)))
    assert (evening.night_of, evening.tonight) == (MON - timedelta(days=1), False)  # Sunday evening
    assert [i.kind_name for i in evening.items] == ["Magnesium", "Iron"]  # no stretching on a Sunday
    assert all(i.status is Status.MISSED for i in evening.items)  # that night is logged: over
    service.log_evening(journal, evening, take=[MAGNESIUM.id])
    [dose] = journal.interventions()
    assert dose.at == datetime.combine(MON - timedelta(days=1), time(21, 0))
    missed = service.missed_by_night(journal, MON - timedelta(days=1), MON - timedelta(days=1), None)
    assert [r.kind for r in missed[MON - timedelta(days=1)]] == ["iron"]


def test_a_change_of_plan_mid_week_ends_the_old_regimen_and_undo_restores_it(with_regimens):
    journal = with_regimens
    thursday = MON + timedelta(days=3)
    edited = service.change_regimen(journal, MAGNESIUM, Regimen(kind="magnesium", started_on=thursday,
                                                                clock=time(20, 0), amount=400, unit="mg"), thursday)
    old, new = [r for r in journal.regimens() if r.kind == "magnesium"]
    assert (old.id, old.ended_on, old.amount) == (MAGNESIUM.id, MON + timedelta(days=2), 300)
    assert (new.started_on, new.ended_on, new.amount, new.clock) == (thursday, None, 400, time(20, 0))
    at = lambda d: service.regimen_evening(journal, datetime.combine(d, time(19)), d)  # noqa: E731
    assert next(i for i in at(MON).items if i.regimen.kind == "magnesium").regimen.amount == 300
    assert next(i for i in at(thursday).items if i.regimen.kind == "magnesium").regimen.amount == 400
    edited.undo(journal)
    assert [r for r in journal.regimens() if r.kind == "magnesium"] == [MAGNESIUM]


def test_ending_and_deleting_a_regimen(with_regimens):
    journal = with_regimens
    service.end_regimen(journal, IRON, MON)
    assert next(r for r in journal.regimens() if r.kind == "iron").ended_on == MON
    gone = service.delete_regimen(journal, STRETCHING)
    assert sorted(r.kind for r in journal.regimens()) == ["iron", "magnesium"]
    gone.undo(journal)
    assert STRETCHING in journal.regimens()


def test_adherence_over_a_period(with_regimens):
    journal = with_regimens
    first, last = MON - timedelta(days=7), MON - timedelta(days=1)
    for k in range(7):
        d = first + timedelta(days=k)
        evening = service.regimen_evening(journal, datetime.combine(d + timedelta(days=1), time(8)))
        if k == 2:
            service.log_evening(journal, evening, take=[], skip=[MAGNESIUM.id])
        elif k != 4:
            service.log_evening(journal, evening, take=[MAGNESIUM.id])
    found = {a.kind: a for a in service.adherence_in(journal.snapshot(first, last), first, last, None)}
    mg = found["magnesium"]
    assert (mg.due, mg.taken, mg.missed, mg.skipped) == (7, 5, 1, 1)
    assert mg.missed_nights == (first + timedelta(days=4),)
    assert (found["stretching"].due, found["stretching"].missed) == (5, 5)


def test_a_skip_alone_is_undone(with_regimens):
    journal = with_regimens
    edited = service.set_skipped(journal, MAGNESIUM, MON, True)
    assert edited.action is Action.SKIP_REGIMEN and edited.change.touches_regimens()
    mg = lambda: next(r for r in journal.regimens() if r.kind == "magnesium")  # noqa: E731
    assert mg().skipped == {MON}
    edited.undo(journal)
    assert mg().skipped == frozenset()
