"""What Today reads for a night, on a real journal file: the entry or the prefill for a new one,
its events with their phases, the kinds' names, in one transaction."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import event

from quietlegs.domain.night_rule import Phase
from quietlegs.domain.records import Intervention, Night, SymptomEvent
from quietlegs.services.today import EMPTY_JOURNAL, prefill, read_today_night


@pytest.fixture
def transactions(journal):
    counted = []
    listener = lambda conn: counted.append(1)  # noqa: E731
    event.listen(journal.engine, "begin", listener)
    yield counted
    event.remove(journal.engine, "begin", listener)


def night(day: int, bed: time = time(22, 30)) -> Night:
    return Night(night_of=date(2026, 3, day), in_bed=datetime.combine(date(2026, 3, day), bed),
                 lights_out=datetime.combine(date(2026, 3, day), bed) + timedelta(minutes=15), sleep_latency_min=20, awakenings=1,
                 wake_after_sleep_onset_min=10, final_wake=datetime(2026, 3, day + 1, 6, 30),
                 out_of_bed=datetime(2026, 3, day + 1, 7, 0), quality=3)


def test_a_logged_night_is_read_with_its_events_and_phases_in_one_transaction(journal, transactions):
    logged = night(10)
    journal.save_night(logged)
    magnesium = Intervention(at=datetime(2026, 3, 10, 21, 0), kind="magnesium", amount=300, unit="mg")
    heat = Intervention(at=datetime(2026, 3, 11, 3, 2), kind="heat", duration_min=10)
    cramp = SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=8)
    for record in (magnesium, heat):
        journal.save_intervention(record)
    journal.save_symptom(cramp)
    transactions.clear()
    view = read_today_night(journal, date(2026, 3, 10))
    assert len(transactions) == 1
    assert view.night == logged and view.prefill is None and not view.journal_empty
    assert view.symptoms == (cramp,) and view.interventions == (magnesium, heat)
    assert view.phases == {magnesium.id: Phase.BEFORE_BED, heat.id: Phase.DURING_NIGHT}
    assert view.kind_names["magnesium"] == "Magnesium"


def test_a_night_not_logged_yet_comes_with_the_usual_times_of_the_nights_before(journal, transactions):
    for day in (6, 7, 8):
        journal.save_night(night(day, bed=time(23, 50)))
    transactions.clear()
    view = read_today_night(journal, date(2026, 3, 9))
    assert len(transactions) == 1  # the prefill shares the read
    assert view.night is None and not view.journal_empty
    assert view.prefill.in_bed == time(23, 50) and view.prefill.out_of_bed == time(7, 0)
    assert view.prefill.sleep_latency_min == 20


def test_an_empty_journal_says_so_and_prefills_calm_defaults(journal):
    view = read_today_night(journal, date(2026, 3, 9))
    assert view.journal_empty and view.prefill == EMPTY_JOURNAL
    assert view.symptoms == () and view.interventions == ()


def test_a_night_before_the_journal_began_is_prefilled_from_the_latest_nights(journal):
    journal.save_night(night(20, bed=time(21, 45)))
    assert prefill(journal, date(2026, 3, 1)).in_bed == time(21, 45)


def test_reads_inside_one_reading_block_share_one_transaction_and_saves_are_refused_there(journal, transactions):
    with journal.reading():
        journal.kinds()
        journal.nights()
        journal.appointments()
        with pytest.raises(Exception):
            journal.save_night(night(10))
    assert len(transactions) == 1
    assert journal.night(date(2026, 3, 10)) is None


def test_a_nights_detail_sorts_its_events_before_bed_and_in_the_night_in_one_transaction(journal, transactions):
    from quietlegs.services.night_detail import read_night_detail

    logged = night(10)
    journal.save_night(logged)
    magnesium = Intervention(at=datetime(2026, 3, 10, 21, 0), kind="magnesium", amount=300, unit="mg")
    heat = Intervention(at=datetime(2026, 3, 11, 3, 2), kind="heat", duration_min=10)
    cramp = SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=8)
    stray = Intervention(at=datetime(2026, 3, 12, 9, 0), kind="stretching")  # the next, unlogged night's
    for record in (magnesium, heat, stray):
        journal.save_intervention(record)
    journal.save_symptom(cramp)
    transactions.clear()
    detail = read_night_detail(journal, date(2026, 3, 10))
    assert len(transactions) == 1
    assert detail.row.night == logged and detail.row.values["max_symptom_severity"] == 8
    assert detail.before_bed == [magnesium] and detail.during_night == [heat] and detail.symptoms == [cramp]
    assert detail.not_logged == []
    following = read_night_detail(journal, date(2026, 3, 11))
    assert following.row is None and following.not_logged == [stray]
    assert read_night_detail(journal, date(2026, 3, 20)) is None
