import json
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from quietlegs.domain.appointments import (
    default_report_period,
    has_afterwards,
    last_appointment,
    next_appointment,
    questions_from_text,
    validate_appointment,
)
from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal
from quietlegs.domain.records import Appointment, JournalData

VISIT = Appointment(date=date(2026, 12, 3), time=time(10, 30), with_whom="Dr Okafor (GP)",
                    purpose="Night cramps", questions=("Could my iron be low?", "Is magnesium worth it?"))


def fields(item):
    return [e.field for e in validate_appointment(item)]


def test_a_planned_visit_with_questions_is_valid():
    assert validate_appointment(VISIT) == []


@pytest.mark.parametrize("change, field", [
    ({"with_whom": "  "}, "with_whom"),
    ({"with_whom": "x" * 121}, "with_whom"),
    ({"questions": ("fine", "")}, "questions"),
    ({"questions": ("?" * 501,)}, "questions"),
    ({"follow_up_date": date(2026, 12, 1)}, "follow_up_date"),
    ({"date": None}, "date"),
    ({"instructions": "x" * 10_001}, "instructions"),
])
def test_each_problem_names_its_field(change, field):
    assert field in fields(replace(VISIT, **change))


def test_questions_are_one_per_line_with_blank_lines_dropped():
    assert questions_from_text("  Iron?\n\n Magnesium? \n") == ("Iron?", "Magnesium?")


def test_the_next_and_last_appointment_around_today():
    past = replace(VISIT, id="a", date=date(2026, 9, 1))
    today_visit = replace(VISIT, id="b", date=date(2026, 11, 21))
    later = replace(VISIT, id="c", date=date(2027, 1, 5))
    items = [later, past, today_visit]
    assert next_appointment(items, date(2026, 11, 21)).id == "b"
    assert next_appointment(items, date(2026, 11, 22)).id == "c"
    assert last_appointment(items, date(2026, 11, 21)).id == "a"
    assert next_appointment(items, date(2027, 2, 1)) is None


def test_the_report_period_starts_at_the_last_appointment_or_covers_90_nights():
    today = date(2026, 11, 21)
    assert default_report_period([], today) == (date(2026, 8, 23), date(2026, 11, 20))
    past = replace(VISIT, date=date(2026, 9, 1))
    assert default_report_period([past, replace(VISIT, id="x")], today) == (date(2026, 9, 1), date(2026, 11, 20))


def test_afterwards_counts_only_what_was_written_down():
    assert not has_afterwards(VISIT)
    assert has_afterwards(replace(VISIT, diagnosis="Restless legs"))
    assert has_afterwards(replace(VISIT, follow_up_date=date(2027, 1, 14)))


def _doc(*appointments):
    return json.dumps({"format": "quietlegs-journal", "version": 1, "appointments": list(appointments)})


def test_appointments_survive_a_round_trip_through_the_file():
    done = replace(VISIT, diagnosis="Nocturnal leg cramps", new_medicine="none", treatment_or_test="Ferritin test",
                   instructions="Stretch calves before bed", follow_up_date=date(2027, 1, 14), notes="ask about ✓")
    bare = Appointment(date=date(2027, 1, 14), with_whom="Physio")
    text = dump_journal(JournalData(appointments=(done, bare)), datetime(2026, 11, 21, 8))
    assert json.loads(text)["appointments"][1] == {"id": bare.id, "date": "2027-01-14", "with_whom": "Physio"}
    again = parse_journal(text)
    assert set(again.appointments) == {done, bare}


@pytest.mark.parametrize("record, message", [
    ({"date": "2026-12-03"}, "appointments[0] (date 2026-12-03): with_whom is required"),
    ({"date": "2026-12-33", "with_whom": "GP"}, "appointments[0] (date 2026-12-33): date is not a real date"),
    ({"date": "2026-12-03", "with_whom": "GP", "time": "25:00"}, "time is not a real time"),
    ({"date": "2026-12-03", "with_whom": "GP", "time": "9am"}, "time must be a time of day"),
    ({"date": "2026-12-03", "with_whom": "GP", "questions": "Iron?"}, "questions must be a list"),
    ({"date": "2026-12-03", "with_whom": "GP", "follow_up_date": "2026-11-01"}, "follow_up_date is before"),
    ({"date": "2026-12-03", "with_whom": "GP", "mood": "ok"}, "unknown field 'mood'"),
])
def test_a_bad_appointment_is_refused_naming_record_and_field(record, message):
    with pytest.raises(FormatError) as info:
        parse_journal(_doc(record))
    assert message in str(info.value)


def test_an_appointment_id_may_appear_only_once():
    rec = {"id": VISIT.id, "date": "2026-12-03", "with_whom": "GP"}
    with pytest.raises(FormatError, match=r"appointments\[1\]: id .* appears twice"):
        parse_journal(_doc(rec, rec))
