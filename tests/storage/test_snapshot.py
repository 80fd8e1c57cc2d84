"""A snapshot (the bulk read everything above storage uses) gives exactly the records that the
one-at-a-time reads give: same values, same types, same order, same pairing at the edges."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta

from quietlegs.domain.night_rule import nights_by_date, place_event
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent


def _odd_records() -> JournalData:
    """Values a bulk reader could get wrong: None and False flags, whole-number amounts, several
    reliefs in the user's order, a minute past midnight, microseconds, empty and unicode notes."""
    night = Night(night_of=date(2027, 1, 4), in_bed=datetime(2027, 1, 5, 0, 1), lights_out=datetime(2027, 1, 5, 0, 1),
                  sleep_latency_min=0, awakenings=0, wake_after_sleep_onset_min=0,
                  final_wake=datetime(2027, 1, 5, 7, 0, 0, 250), out_of_bed=datetime(2027, 1, 5, 7, 30),
                  quality=None, rested=None, legs_severity=None, notes="")
    symptoms = (
        SymptomEvent(at=datetime(2027, 1, 5, 3, 0), kind="cramp", severity=0, woke_me=False,
                     relieved_by=("stretching", "heat", "magnesium"), relief_min=0, notes="ça ✓"),
        SymptomEvent(at=datetime(2027, 1, 5, 3, 0), kind="rls_urge", severity=10, woke_me=None,
                     locations=("left_calf", "right_thigh"), preceded_by=("stress",)),
        SymptomEvent(at=datetime(2027, 1, 5, 4, 0), kind="cramp", severity=5, woke_me=True),
    )
    interventions = (
        Intervention(at=datetime(2027, 1, 4, 21, 0), kind="magnesium", amount=300, unit="mg"),
        Intervention(at=datetime(2027, 1, 4, 21, 0), kind="stretching", amount=None, unit=None, duration_min=10),
        Intervention(at=datetime(2027, 1, 5, 3, 2), kind="heat", amount=2.5, unit="h", notes="pad"),
    )
    kinds = (InterventionKind("night_pill", "Night pill", "medication", default_amount=1, default_unit="tablet",
                              hidden=True),)
    return JournalData(kinds=kinds, nights=(night,), symptoms=symptoms, interventions=interventions)


def _same_types(a, b) -> None:
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        assert type(x) is type(y), (f.name, x, y)


def test_a_whole_snapshot_equals_the_one_by_one_reads(demo_journal):
    demo_journal.import_data(_odd_records())
    data = demo_journal.snapshot()
    assert data.kinds == tuple(sorted(demo_journal.kinds(), key=lambda k: k.slug))
    assert data.nights == tuple(demo_journal.nights())
    assert data.symptoms == tuple(demo_journal.symptoms())
    assert data.interventions == tuple(demo_journal.interventions())
    assert data.appointments == tuple(demo_journal.appointments())
    one_by_one = {r.id: r for r in (*demo_journal.nights(), *demo_journal.symptoms(), *demo_journal.interventions())}
    for record in (*data.nights, *data.symptoms, *data.interventions):
        _same_types(record, one_by_one[record.id])
    for kind in data.kinds:
        _same_types(kind, next(k for k in demo_journal.kinds() if k.slug == kind.slug))
    cramp = next(s for s in data.symptoms if s.notes == "ça ✓")
    assert cramp.relieved_by == ("stretching", "heat", "magnesium") and cramp.woke_me is False
    assert next(i for i in data.interventions if i.kind == "heat" and i.notes == "pad").amount == 2.5


def test_a_period_snapshot_keeps_exactly_the_events_placed_in_its_nights(demo_journal):
    demo_journal.import_data(_odd_records())
    whole = demo_journal.snapshot()
    by_date = nights_by_date(whole.nights)
    for start, end in ((date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 11, 20), None),
                       (None, date(2026, 8, 1)), (date(2027, 1, 4), date(2027, 1, 4)),
                       (date(2027, 1, 5), date(2027, 1, 9)), (date(2026, 9, 13), date(2026, 9, 14))):
        def inside(d, start=start, end=end):
            return (start is None or d >= start) and (end is None or d <= end)

        part = demo_journal.snapshot(start, end)
        assert part.nights == tuple(n for n in whole.nights if inside(n.night_of))
        assert part.symptoms == tuple(s for s in whole.symptoms if inside(place_event(s.at, by_date).night_of))
        assert part.interventions == tuple(
            i for i in whole.interventions if inside(place_event(i.at, by_date).night_of))


def test_events_at_the_edge_of_a_period_go_with_their_night(journal):
    journal.import_data(_odd_records())
    # The 03:00 cramp on 5 January belongs to the night of 4 January, not to the 5th.
    assert len(journal.snapshot(date(2027, 1, 4), date(2027, 1, 4)).symptoms) == 3
    assert journal.snapshot(date(2027, 1, 5), date(2027, 1, 5) + timedelta(days=3)).symptoms == ()


def test_an_event_two_days_after_its_nights_date_stays_with_that_night(journal):
    # A bedtime at 11:00 the next morning (the latest a night allows) and 19 hours in bed: a
    # cramp at 03:00 two calendar days after the night's date still belongs to it.
    night = Night(night_of=date(2027, 2, 1), in_bed=datetime(2027, 2, 2, 11, 0), lights_out=datetime(2027, 2, 2, 11, 5),
                  sleep_latency_min=10, awakenings=1, wake_after_sleep_onset_min=30,
                  final_wake=datetime(2027, 2, 3, 6, 0), out_of_bed=datetime(2027, 2, 3, 6, 30))
    cramp = SymptomEvent(at=datetime(2027, 2, 3, 3, 0), kind="cramp", severity=6)
    journal.import_data(JournalData(nights=(night,), symptoms=(cramp,)))
    assert journal.snapshot(date(2027, 2, 1), date(2027, 2, 1)).symptoms == (cramp,)
    assert journal.snapshot(date(2027, 2, 2), date(2027, 2, 9)).symptoms == ()
