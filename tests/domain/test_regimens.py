"""Regimens: due by the evening's weekday, taken by a before-bed entry of the night, skipped on
purpose, missed once the night is over; at the edges (23:59, a night logged late, DST, a
regimen changed mid-week, weekdays on a Saturday)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from quietlegs.domain.night_rule import nights_by_date
from quietlegs.domain.records import Intervention, Night
from quietlegs.domain.regimens import (
    WEEKDAYS,
    Regimen,
    Status,
    adherence,
    days_code,
    doses,
    logging_moment,
    parse_days,
    scheduled_moment,
    usual_bedtime,
    validate_regimen,
)

MON = date(2026, 11, 16)  # a Monday
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg",
                    id="mg")
ROPINIROLE = Regimen(kind="ropinirole", started_on=date(2026, 11, 1), before_bed_min=120, amount=0.25, unit="mg",
                     id="ro")
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 11, 1), days=WEEKDAYS, clock=time(20, 30),
                     amount=10, unit="min", id="st")


def night(d: date, bed: time = time(23, 0), up: time = time(7, 0)) -> Night:
    in_bed = datetime.combine(d, bed) + (timedelta(days=1) if bed < time(12) else timedelta())
    out = datetime.combine(d + timedelta(days=1), up)
    return Night(night_of=d, in_bed=in_bed, lights_out=in_bed, sleep_latency_min=0, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=out, out_of_bed=out)


def status_of(found, d, regimen_id):
    return next(x.status for x in found[d] if x.regimen.id == regimen_id)


def test_a_regimen_is_checked_field_by_field():
    assert validate_regimen(MAGNESIUM, {"magnesium"}) == []
    both = Regimen(kind="magnesium", started_on=MON, clock=time(21), before_bed_min=30)
    assert [e.field for e in validate_regimen(both)] == ["time"]
    neither = Regimen(kind="magnesium", started_on=MON)
    assert [e.field for e in validate_regimen(neither)] == ["time"]
    bad = Regimen(kind="Mag nesium", started_on=MON, clock=time(21), amount=-1, days=frozenset(),
                  ended_on=MON - timedelta(days=1))
    assert [e.field for e in validate_regimen(bad)] == ["kind", "amount", "days", "ended_on"]
    assert validate_regimen(MAGNESIUM, {"iron"})[0].field == "kind"
    assert validate_regimen(Regimen(kind="iron", started_on=MON, before_bed_min=2000))[0].field == "before_bed_min"


def test_days_are_written_as_every_day_weekdays_or_the_chosen_days():
    assert days_code(range(7)) == "every_day" and days_code(WEEKDAYS) == "weekdays"
    assert days_code({0, 2, 4}) == "mon,wed,fri" and parse_days("mon,wed,fri") == frozenset({0, 2, 4})
    assert parse_days("weekdays") == WEEKDAYS


def test_a_weekdays_schedule_is_not_due_on_a_saturday_evening():
    sat, fri = date(2026, 11, 21), date(2026, 11, 20)
    assert STRETCHING.due(fri) and not STRETCHING.due(sat)
    found = doses([STRETCHING, MAGNESIUM], [night(sat)], [], sat, sat, None)
    assert [x.regimen.kind for x in found[sat]] == ["magnesium"]


def test_taken_skipped_missed_and_pending():
    d = MON
    nights = [night(d)]
    taken = Intervention(at=datetime.combine(d, time(21, 5)), kind="magnesium")
    found = doses([MAGNESIUM, ROPINIROLE, replace(STRETCHING, skipped=frozenset({d}))], nights, [taken], d, d, None)
    assert status_of(found, d, "mg") is Status.TAKEN
    assert status_of(found, d, "st") is Status.SKIPPED
    assert status_of(found, d, "ro") is Status.MISSED  # the night is logged: it is over
    tonight = doses([ROPINIROLE], [], [], d, d, datetime.combine(d, time(20)))
    assert status_of(tonight, d, "ro") is Status.PENDING


def test_a_dose_during_the_night_is_not_the_evenings_dose():
    d = MON
    in_the_night = Intervention(at=datetime.combine(d + timedelta(days=1), time(2, 0)), kind="magnesium")
    found = doses([MAGNESIUM], [night(d)], [in_the_night], d, d, None)
    assert status_of(found, d, "mg") is Status.MISSED


def test_a_dose_at_2359_is_that_nights_and_the_night_is_not_over_at_2359():
    d = MON
    at_2359 = datetime.combine(d, time(23, 59))
    late = Regimen(kind="iron", started_on=d, clock=time(23, 59), id="fe")
    assert scheduled_moment(late, d, {}) == at_2359
    pending = doses([late], [], [], d, d, at_2359)
    assert status_of(pending, d, "fe") is Status.PENDING
    taken = doses([late], [], [Intervention(at=at_2359, kind="iron")], d, d, at_2359)
    assert status_of(taken, d, "fe") is Status.TAKEN
    assert logging_moment(late, d, {}, at_2359) == at_2359


def test_an_unlogged_night_is_missed_only_once_it_has_ended_at_noon():
    d = MON
    before_noon = datetime.combine(d + timedelta(days=1), time(11, 59))
    at_noon = datetime.combine(d + timedelta(days=1), time(12, 0))
    assert status_of(doses([MAGNESIUM], [], [], d, d, before_noon), d, "mg") is Status.PENDING
    assert status_of(doses([MAGNESIUM], [], [], d, d, at_noon), d, "mg") is Status.MISSED


def test_a_night_logged_late_keeps_a_dose_logged_the_next_morning_for_it():
    """The diary of Monday night is typed on Tuesday at 15:00 (out of bed at 09:00); the dose
    logged next morning at 08:30 for Monday's evening, at its scheduled 21:00, counts."""
    d = MON
    nights = nights_by_date([night(d, up=time(9, 0))])
    now = datetime.combine(d + timedelta(days=1), time(15, 0))
    at = logging_moment(MAGNESIUM, d, nights, now)
    assert at == datetime.combine(d, time(21, 0))
    found = doses([MAGNESIUM], nights, [Intervention(at=at, kind="magnesium")], d, d, now)
    assert status_of(found, d, "mg") is Status.TAKEN


def test_logging_before_the_scheduled_time_logs_now_and_a_late_bedtime_moves_it_before_bed():
    d = MON
    now = datetime.combine(d, time(19, 12, 40))
    assert logging_moment(MAGNESIUM, d, {}, now) == datetime.combine(d, time(19, 12))
    early_bed = nights_by_date([night(d, bed=time(20, 30))])
    later = datetime.combine(d + timedelta(days=1), time(9))
    assert logging_moment(MAGNESIUM, d, early_bed, later) == datetime.combine(d, time(20, 15))


def test_minutes_before_bed_follow_that_nights_bedtime_or_the_usual_one():
    d = MON
    assert scheduled_moment(ROPINIROLE, d, nights_by_date([night(d, bed=time(0, 30))])) == \
        datetime.combine(d, time(22, 30))
    assert scheduled_moment(ROPINIROLE, d, {}, bedtime=time(23, 0)) == datetime.combine(d, time(21, 0))
    assert usual_bedtime([night(d, bed=time(23, 30)), night(d + timedelta(days=1), bed=time(0, 30)),
                          night(d + timedelta(days=2), bed=time(0, 10))]) == time(0, 10)
    assert usual_bedtime([]) == time(22, 30)


def test_the_night_the_clocks_go_forward_is_one_night_with_one_dose():
    """Europe's spring change, Sat 28 → Sun 29 March 2026 at 02:00: bedtime 23:30, up at 07:30
    (six real hours, seven by the clock). Two hours before bed is 21:30 by the clock."""
    d = date(2026, 3, 28)
    mg, ro = (replace(r, started_on=date(2026, 1, 1)) for r in (MAGNESIUM, ROPINIROLE))
    nights = [night(d, bed=time(23, 30), up=time(7, 30)), night(d + timedelta(days=1))]
    assert scheduled_moment(ro, d, nights_by_date(nights)) == datetime.combine(d, time(21, 30))
    taken = [Intervention(at=datetime.combine(d, time(21, 30)), kind="ropinirole"),
             Intervention(at=datetime.combine(d, time(21, 0)), kind="magnesium")]
    found = doses([mg, ro], nights, taken, d, d + timedelta(days=1), None)
    assert [x.status for x in found[d]] == [Status.TAKEN, Status.TAKEN]
    assert [x.status for x in found[d + timedelta(days=1)]] == [Status.MISSED, Status.MISSED]


def test_the_night_the_clocks_go_back_counts_once_too():
    d = date(2026, 10, 24)  # Sat 24 → Sun 25 October 2026, 03:00 back to 02:00
    nights = [night(d, bed=time(1, 30), up=time(8, 0))]
    mg = replace(MAGNESIUM, started_on=date(2026, 1, 1))
    found = doses([mg], nights, [Intervention(at=datetime.combine(d, time(21)), kind="magnesium")],
                  d, d, None)
    assert [(x.night_of, x.status) for x in found[d]] == [(d, Status.TAKEN)]


def test_a_regimen_changed_mid_week_judges_each_night_by_the_one_in_force():
    """300 mg until Wednesday night, 400 mg from Thursday: one kind, no night counted twice."""
    old = Regimen(kind="magnesium", started_on=date(2026, 11, 1), ended_on=date(2026, 11, 18), clock=time(21),
                  amount=300, unit="mg", id="old")
    new = Regimen(kind="magnesium", started_on=date(2026, 11, 19), clock=time(21), amount=400, unit="mg", id="new")
    week = [MON + timedelta(days=k) for k in range(7)]
    taken = [Intervention(at=datetime.combine(d, time(21)), kind="magnesium") for d in week if d.weekday() != 3]
    old = replace(old, skipped=frozenset({date(2026, 11, 17)}))
    found = doses([old, new], [night(d) for d in week],
                  [t for t in taken if t.at.date() != date(2026, 11, 17)], week[0], week[-1], None)
    assert [found[d][0].regimen.id for d in week] == ["old"] * 3 + ["new"] * 4
    assert [found[d][0].status.value for d in week] == [
        "taken", "skipped", "taken", "missed", "taken", "taken", "taken"]
    [mg] = adherence(found)
    assert (mg.kind, mg.due, mg.taken, mg.missed, mg.skipped) == ("magnesium", 7, 5, 1, 1)
    assert mg.missed_nights == (date(2026, 11, 19),)


def test_two_doses_of_one_kind_need_two_entries():
    morning = Regimen(kind="iron", started_on=MON, clock=time(19), id="a")
    evening = Regimen(kind="iron", started_on=MON, clock=time(22), id="b")
    one = [Intervention(at=datetime.combine(MON, time(19, 5)), kind="iron")]
    found = doses([evening, morning], [night(MON)], one, MON, MON, None)
    assert [(x.regimen.id, x.status) for x in found[MON]] == [("a", Status.TAKEN), ("b", Status.MISSED)]


def test_nights_before_a_regimen_started_or_after_it_ended_are_not_due():
    ended = Regimen(kind="magnesium", started_on=MON, ended_on=MON + timedelta(days=1), clock=time(21))
    found = doses([ended], [], [], MON - timedelta(days=1), MON + timedelta(days=3), None)
    assert sorted(found) == [MON, MON + timedelta(days=1)]


def test_the_demo_journal_keeps_its_medication_on_a_regimen_taken_most_evenings():
    """``--demo`` shows what a person with a regimen sees: the medication is scheduled from its
    first evening, taken on most evenings and missed on a few (the card, the report's line)."""
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.domain.regimens import adherence, doses

    last = date(2026, 11, 20)
    demo = generate_demo_journal(last)
    (regimen,) = demo.regimens
    first_dose = min(i.at.date() for i in demo.interventions if i.kind == regimen.kind)
    assert regimen.kind == "ropinirole" and regimen.started_on == first_dose and regimen.ended_on is None
    (kept,) = adherence(doses(demo.regimens, demo.nights, demo.interventions, regimen.started_on, last,
                              now=datetime(2026, 11, 21, 7, 20)))
    assert kept.due == (last - regimen.started_on).days + 1
    assert 0.8 <= kept.taken / kept.due < 1 and kept.missed == kept.due - kept.taken
    assert generate_demo_journal(last) == demo  # the same journal each time (ids included)
