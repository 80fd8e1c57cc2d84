"""The Loop Habit Tracker reader on Loop's own reference export: only the person's checks of
mapped habits become interventions, on that day's evening, once; Loop's guesses are counted."""

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietlegs.domain import vocab
from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.readers import SourceFormatError
from quietlegs.domain.readers.loop_habits import (
    GUESSED, UNMAPPED, looks_like_habits, read_habit_notes, read_loop_habits, suggested_kind,
)

LOOP = Path(__file__).parent / "samples" / "loop"
HABITS = (LOOP / "Habits.csv").read_text(encoding="utf-8")
CHECKS = (LOOP / "Checkmarks.csv").read_text(encoding="utf-8")
KINDS = vocab.BUILTIN_KINDS


def test_the_reference_export_gives_the_checked_days_of_a_mapped_habit():
    assert looks_like_habits(HABITS) and not looks_like_habits(CHECKS)
    notes = read_habit_notes([("002 Wake up early", (LOOP / "002 Wake up early" / "Checkmarks.csv").read_text())],
                             HABITS)
    assert notes[("Wake up early", date(2015, 1, 24))] == "Sick"
    reading = read_loop_habits(HABITS, CHECKS, {"Wake up early": "exercise"}, KINDS, notes)
    items = sorted(reading.data.interventions, key=lambda i: i.at)
    assert [i.at for i in items] == [datetime(2015, 1, d, 21, 0) for d in (16, 17, 20, 21, 22, 25)]
    assert {i.kind for i in items} == {"exercise"} and all(i.amount is None for i in items)
    assert items[0].notes == "Loop Habit Tracker: Wake up early"
    assert sorted(s.what for s in reading.skipped if s.reason == GUESSED) == [
        "Wake up early 2015-01-18", "Wake up early 2015-01-19", "Wake up early 2015-01-23"]
    assert reading.extra["habits"] == ["Meditate", "Wake up early"]
    assert reading.extra["mapping"] == {"Wake up early": "exercise"}


def test_an_unmapped_habit_is_counted_not_guessed_and_a_habit_named_like_a_kind_maps_itself():
    reading = read_loop_habits(HABITS, CHECKS, {}, KINDS)
    assert reading.data.interventions == ()
    assert sum(1 for s in reading.skipped if s.reason == UNMAPPED) == 6
    assert suggested_kind("Magnesium", KINDS) == "magnesium"
    assert suggested_kind("warm soak", KINDS) == "warm_soak"
    assert suggested_kind("Meditate", KINDS) is None


def test_ids_are_the_same_every_time_and_survive_export_and_import():
    one = read_loop_habits(HABITS, CHECKS, {"Wake up early": "exercise"}, KINDS)
    two = read_loop_habits(HABITS, CHECKS, {"Wake up early": "exercise"}, KINDS)
    assert one.data == two.data
    again = parse_journal(dump_journal(one.data, datetime(2026, 1, 1)))
    assert sorted(again.interventions, key=lambda i: i.id) == sorted(one.data.interventions, key=lambda i: i.id)


def test_a_measurable_habit_gives_its_amount_in_its_unit():
    habits = ("Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,"
              "Target Type,Target Value,Archived?\n001,Magnesium,NUMERICAL,How many mg?,,1,1,#FF8F00,mg,AT_LEAST,"
              "300.0,false\n")
    reading = read_loop_habits(habits, "Date,Magnesium,\n2026-01-02,400,\n2026-01-03,0,\n", {}, KINDS)
    [item] = reading.data.interventions
    assert (item.kind, item.amount, item.unit) == ("magnesium", 400.0, "mg")


@pytest.mark.parametrize("checks, message", [
    ("Date,Meditate,\n2015-02-30,2,\n", r"Checkmarks.csv line 2: Date: '2015-02-30' is not a date"),
    ("Date,Meditate,\n2015-02-03,yes,\n", r"Checkmarks.csv line 2 \(Meditate\): 'yes' is not a check"),
    ("When,Meditate\n", r"Checkmarks.csv line 1: the first column must be Date"),
])
def test_a_broken_checkmarks_file_is_named_by_line(checks, message):
    with pytest.raises(SourceFormatError, match=message):
        read_loop_habits(HABITS, checks, {"Meditate": "relaxation"}, KINDS)


def test_a_mapping_to_no_kind_is_refused_with_the_habit_named():
    with pytest.raises(SourceFormatError, match="the habit 'Meditate' is mapped to 'zen', which is no intervention kind"):
        read_loop_habits(HABITS, CHECKS, {"Meditate": "zen"}, KINDS)


@given(st.lists(st.tuples(st.dates(date(2020, 1, 1), date(2020, 3, 1)), st.sampled_from([-1, 0, 1, 2, 3])),
                max_size=40, unique_by=lambda t: t[0]))
@settings(max_examples=100, deadline=None)
def test_generated_checkmarks_give_one_intervention_per_checked_day(days):
    checks = "Date,Meditate,Wake up early,\n" + "".join(f"{d},{v},-1,\n" for d, v in days)
    reading = read_loop_habits(HABITS, checks, {"Meditate": "relaxation"}, KINDS)
    assert sorted(i.at.date() for i in reading.data.interventions) == sorted(d for d, v in days if v == 2)
    assert len({i.id for i in reading.data.interventions}) == len(reading.data.interventions)
    assert sum(1 for s in reading.skipped if s.reason == GUESSED) == sum(1 for _, v in days if v == 1)
