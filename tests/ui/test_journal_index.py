"""The Journal page's index places every event exactly as the night rule does, and gives each
night the row that the analysis would give it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.demo_journal import generate_demo_journal
from quietlegs.domain.night_rule import nights_by_date, place_event
from quietlegs.domain.records import Intervention, JournalData, Night, SymptomEvent
from quietlegs.services.night_detail import entries_of


def _reference(data: JournalData) -> dict[date, tuple[list, list, list, list]]:
    """Per night: symptoms, before bed, during the night, not logged, by the one-at-a-time rule."""
    by_date = nights_by_date(data.nights)
    out: dict[date, tuple[list, list, list, list]] = {}
    for s in sorted(data.symptoms, key=lambda x: x.at):
        out.setdefault(place_event(s.at, by_date).night_of, ([], [], [], []))[0].append(s)
    slot = {"before_bed": 1, "during_night": 2, "not_logged": 3}
    for i in sorted(data.interventions, key=lambda x: x.at):
        p = place_event(i.at, by_date)
        out.setdefault(p.night_of, ([], [], [], []))[slot[p.phase.value]].append(i)
    return out


def _edge_cases() -> JournalData:
    """Events on the very minute a night ends, in an unlogged gap, and long before any night."""
    n1 = Night(night_of=date(2026, 1, 10), in_bed=datetime(2026, 1, 10, 23, 0), lights_out=datetime(2026, 1, 10, 23, 0),
               sleep_latency_min=10, awakenings=0, wake_after_sleep_onset_min=0,
               final_wake=datetime(2026, 1, 11, 7, 0), out_of_bed=datetime(2026, 1, 11, 7, 30))
    n2 = replace(n1, id="b" * 8, night_of=date(2026, 1, 14), in_bed=datetime(2026, 1, 15, 11, 0),
                 lights_out=datetime(2026, 1, 15, 11, 0), final_wake=datetime(2026, 1, 16, 6, 0),
                 out_of_bed=datetime(2026, 1, 16, 6, 59))
    moments = [datetime(2026, 1, 11, 7, 30), datetime(2026, 1, 11, 7, 29), datetime(2026, 1, 10, 23, 0),
               datetime(2026, 1, 12, 12, 0), datetime(2026, 1, 12, 11, 59), datetime(2026, 1, 16, 3, 0),
               datetime(2026, 1, 16, 6, 59), datetime(2026, 1, 15, 10, 59), datetime(2025, 6, 1, 9, 0),
               datetime(2027, 6, 1, 23, 0)]
    return JournalData(
        nights=(n1, n2),
        symptoms=tuple(SymptomEvent(at=m, kind="cramp", severity=3) for m in moments),
        interventions=tuple(Intervention(at=m + timedelta(minutes=k), kind="heat")
                            for m in moments for k in (0, 1)),
    )


def test_every_event_lands_where_the_night_rule_puts_it():
    for data in (generate_demo_journal(date(2026, 11, 20), nights=400, seed=3), _edge_cases()):
        entries = entries_of(data, None)
        expected = _reference(data)
        for d, (symptoms, before, during, not_logged) in expected.items():
            e = entries[d]
            assert (e.symptoms, e.before_bed, e.during_night, e.not_logged) == (symptoms, before, during, not_logged)
        assert {d for d, e in entries.items() if e.row is None} == set(expected) - {n.night_of for n in data.nights}


def test_each_night_has_the_row_the_analysis_gives_it():
    data = generate_demo_journal(date(2026, 11, 20), nights=400, seed=3)
    data = replace(data, symptoms=tuple(sorted(data.symptoms, key=lambda s: s.at)))  # as a snapshot has them
    entries = entries_of(data, None)
    rows = build_night_table(data, None)
    assert [entries[r.night_of].row for r in rows] == rows
    assert sum(e.row is not None for e in entries.values()) == len(rows)
