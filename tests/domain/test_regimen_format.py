"""The regimens section of the journal file: written, read back unchanged, refused by name when
wrong; a file without it imports as before, and importing the same file twice changes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal
from quietlegs.domain.records import Intervention, JournalData
from quietlegs.domain.regimens import WEEKDAYS, Regimen

EXPORTED = datetime(2026, 12, 2, 4, 0)
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), ended_on=date(2026, 11, 18), clock=time(21),
                    amount=300, unit="mg", skipped=frozenset({date(2026, 11, 14)}), notes="with dinner")
ROPINIROLE = Regimen(kind="ropinirole", started_on=date(2026, 11, 19), before_bed_min=120, amount=0.25, unit="mg",
                     days=frozenset({0, 2, 4}))
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 11, 2), days=WEEKDAYS, clock=time(20, 30))
KINDS = {"ropinirole"}


def _doc(*regimens: dict) -> str:
    return json.dumps({"format": "quietlegs-journal", "version": 1, "regimens": list(regimens)})


def test_regimens_round_trip_through_the_file():
    data = JournalData(regimens=(MAGNESIUM, ROPINIROLE, STRETCHING))
    text = dump_journal(data, EXPORTED)
    written = json.loads(text)["regimens"]
    assert written[0] == {"id": MAGNESIUM.id, "kind": "magnesium", "amount": 300, "unit": "mg", "days": "every_day",
                          "time": "21:00", "started_on": "2026-11-01", "ended_on": "2026-11-18",
                          "notes": "with dinner", "skipped": ["2026-11-14"]}
    assert written[1]["days"] == "weekdays" and written[2]["days"] == ["mon", "wed", "fri"]
    assert written[2]["before_bed_min"] == 120 and "time" not in written[2]
    assert set(parse_journal(text, KINDS).regimens) == {MAGNESIUM, ROPINIROLE, STRETCHING}


def test_a_file_without_regimens_has_none_and_an_export_without_them_writes_no_section():
    assert parse_journal(json.dumps({"format": "quietlegs-journal", "version": 1})).regimens == ()
    assert "regimens" not in json.loads(dump_journal(JournalData(), EXPORTED))


@pytest.mark.parametrize("record, message", [
    ({"kind": "magnesium", "days": "daily", "time": "21:00", "started_on": "2026-11-01"},
     "regimens[0] (magnesium): days must be \"every_day\", \"weekdays\" or a list of mon"),
    ({"kind": "magnesium", "days": "every_day", "time": "9pm", "started_on": "2026-11-01"},
     "regimens[0] (magnesium): time must be a clock time like 21:00"),
    ({"kind": "magnesium", "days": "every_day", "started_on": "2026-11-01"},
     "regimens[0] (magnesium): time needs either a clock time or minutes before bed, not both"),
    ({"kind": "kratom", "days": "every_day", "time": "21:00", "started_on": "2026-11-01"},
     "regimens[0] (kratom): kind 'kratom' is neither built in nor in the catalog"),
    ({"kind": "magnesium", "days": ["mon", "mon"], "time": "21:00", "started_on": "2026-11-01"},
     "regimens[0] (magnesium): days lists a day twice"),
    ({"kind": "magnesium", "days": "every_day", "time": "21:00", "started_on": "2026-11-01",
      "ended_on": "2026-10-01"}, "regimens[0] (magnesium): ended_on is before the regimen started"),
    ({"kind": "magnesium", "days": "every_day", "time": "21:00", "started_on": "2026-11-01",
      "skipped": ["2026-10-30"]}, "regimens[0] (magnesium): skipped holds a night outside"),
    ({"kind": "magnesium", "days": "every_day", "time": "21:00", "started_on": "2026-11-01", "dose": 3},
     "regimens[0] (magnesium): unknown field 'dose'"),
])
def test_a_bad_regimen_is_refused_naming_the_record_and_the_field(record, message):
    with pytest.raises(FormatError) as info:
        parse_journal(_doc(record))
    assert str(info.value).startswith(message)


def test_export_import_and_import_again_change_nothing(journal, tmp_path):
    from quietlegs.domain.records import InterventionKind

    journal.save_kind(InterventionKind("ropinirole", "Ropinirole", "medication", 0.25, "mg"))
    journal.save_regimens([MAGNESIUM, ROPINIROLE, STRETCHING])
    journal.save_intervention(Intervention(at=datetime(2026, 11, 16, 21), kind="magnesium", amount=300, unit="mg"))
    text = dump_journal(journal.export(), EXPORTED)
    before = journal.export()
    journal.import_data(parse_journal(text, journal.kind_slugs()))
    journal.import_data(parse_journal(text, journal.kind_slugs()))
    assert journal.export() == before
    journal.replace_all(JournalData())
    assert journal.regimens() == []
    journal.import_data(parse_journal(text, {"ropinirole"}))
    assert set(journal.regimens()) == {MAGNESIUM, ROPINIROLE, STRETCHING}


def test_a_regimen_without_an_id_is_matched_by_what_it_says(journal):
    text = _doc({"kind": "magnesium", "days": "every_day", "time": "21:00", "started_on": "2026-11-01",
                 "skipped": ["2026-11-03"]})
    journal.import_data(parse_journal(text))
    journal.import_data(parse_journal(text))
    [kept] = journal.regimens()
    assert kept.skipped == {date(2026, 11, 3)} and kept.clock == time(21)
