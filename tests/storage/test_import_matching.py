"""Importing the same file twice changes nothing (FORMAT.md): ids match whatever their case, and
records a file gives no id are matched by content, in a real journal file."""

import json
from datetime import date, datetime

import pytest

from quietlegs.domain.csv_format import parse_csv
from quietlegs.domain.journal_format import FormatError, parse_journal
from quietlegs.domain.validation import InvalidRecord

NIGHT = {"night_of": "2026-11-20", "in_bed": "2026-11-20T22:40", "lights_out": "2026-11-20T23:00",
         "sleep_latency_min": 10, "awakenings": 1, "wake_after_sleep_onset_min": 5,
         "final_wake": "2026-11-21T06:00", "out_of_bed": "2026-11-21T06:10", "quality": 3}
SYMPTOM = {"at": "2026-11-21T02:00", "kind": "cramp", "severity": 6, "locations": ["left_calf"],
           "relieved_by": ["heat"], "notes": "woke me"}
ITEM = {"at": "2026-11-20T21:00", "kind": "magnesium", "amount": 300, "unit": "mg", "notes": ""}
APPOINTMENT = {"date": "2026-12-03", "time": "10:30", "with_whom": "Dr Okafor", "questions": ["Iron?"]}
ID = "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10"


def doc(**sections) -> str:
    return json.dumps({"format": "quietlegs-journal", "version": 1, **sections})


def state(journal):
    data = journal.export()
    return (sorted(data.nights, key=lambda n: n.night_of), sorted(data.symptoms, key=lambda s: s.id),
            sorted(data.interventions, key=lambda i: i.id), sorted(data.appointments, key=lambda a: a.id),
            sorted(data.kinds, key=lambda k: k.slug))


def import_text(journal, text):
    return journal.import_data(parse_journal(text, journal.kind_slugs()))


def test_a_file_without_ids_imported_twice_changes_nothing(journal):
    text = doc(nights=[NIGHT], symptoms=[SYMPTOM, SYMPTOM], interventions=[ITEM], appointments=[APPOINTMENT])
    import_text(journal, text)
    once = state(journal)
    assert len(once[1]) == 2  # two identical symptoms in a file are two symptoms
    import_text(journal, text)
    assert state(journal) == once


def test_csv_without_ids_imported_twice_changes_nothing(journal):
    files = {"nights.csv": ",".join(NIGHT) + "\r\n" + ",".join(str(v) for v in NIGHT.values()) + "\r\n",
             "interventions.csv": "at,kind,amount,unit,notes\r\n2026-11-20T21:00,magnesium,300,mg,\r\n",
             "symptoms.csv": "at,kind,severity,locations\r\n2026-11-21T02:00,cramp,6,left_calf;right_calf\r\n"}
    raw = {name: text.encode() for name, text in files.items()}
    journal.import_data(parse_csv(raw, journal.kind_slugs()))
    once = state(journal)
    journal.import_data(parse_csv(raw, journal.kind_slugs()))
    assert state(journal) == once
    assert journal.counts()["nights"] == 1 and journal.counts()["symptoms"] == 1


def test_a_night_without_id_replaces_the_night_of_its_date_keeping_its_id(journal):
    import_text(journal, doc(nights=[{**NIGHT, "id": ID}]))
    import_text(journal, doc(nights=[{**NIGHT, "quality": 5, "notes": "better than I thought"}]))
    (night,) = journal.nights()
    assert night.id == ID and night.quality == 5 and night.notes == "better than I thought"


def test_a_symptom_without_id_that_differs_is_a_new_symptom(journal):
    import_text(journal, doc(symptoms=[SYMPTOM]))
    import_text(journal, doc(symptoms=[{**SYMPTOM, "severity": 7}]))
    assert sorted(s.severity for s in journal.symptoms()) == [6, 7]


def test_an_id_in_capitals_names_the_same_record(journal):
    import_text(journal, doc(nights=[{**NIGHT, "id": ID}], interventions=[{**ITEM, "id": ID}]))
    import_text(journal, doc(nights=[{**NIGHT, "id": ID.upper(), "quality": 4}],
                             interventions=[{**ITEM, "id": "{" + ID.upper() + "}", "amount": 400}]))
    (night,) = journal.nights()
    (item,) = journal.interventions()
    assert (night.id, night.quality) == (ID, 4)
    assert (item.id, item.amount) == (ID, 400)


def test_an_id_an_older_import_kept_in_capitals_is_still_matched(journal):
    from quietlegs.domain.records import Intervention

    journal.save_intervention(Intervention(id=ID.upper(), at=datetime(2026, 11, 20, 21), kind="heat"))
    import_text(journal, doc(interventions=[{**ITEM, "id": ID}]))
    (item,) = journal.interventions()
    assert item.id == ID.upper() and item.kind == "magnesium"


def test_a_night_with_another_id_on_a_logged_date_is_refused_before_anything_is_written(journal):
    import_text(journal, doc(nights=[{**NIGHT, "id": ID}]))
    before = state(journal)
    other = parse_journal(doc(nights=[{**NIGHT, "id": "11111111-2222-4333-8444-555555555555"}],
                              interventions=[ITEM]))
    with pytest.raises(InvalidRecord, match="already logged with another id"):
        journal.check_import(other)
    with pytest.raises(InvalidRecord):
        journal.import_data(other)
    assert state(journal) == before


def test_renaming_a_built_in_kind_keeps_its_usual_dose_unless_the_file_gives_one(journal):
    import_text(journal, doc(kinds=[{"slug": "magnesium", "name": "Magnesium citrate", "category": "supplement"}]))
    kind = next(k for k in journal.kinds() if k.slug == "magnesium")
    assert (kind.name, kind.category, kind.default_amount, kind.default_unit) == \
        ("Magnesium citrate", "supplement", 300, "mg")
    import_text(journal, doc(kinds=[{"slug": "magnesium", "name": "Magnesium", "category": "supplement",
                                     "default_amount": 200, "default_unit": "mg"}]))
    kind = next(k for k in journal.kinds() if k.slug == "magnesium")
    assert (kind.default_amount, kind.default_unit) == (200, "mg")


def test_a_built_in_kind_cannot_change_category_through_a_file_or_the_catalog(journal):
    from quietlegs.domain.records import replace

    with pytest.raises(FormatError, match="category cannot be changed"):
        parse_journal(doc(kinds=[{"slug": "caffeine", "name": "Coffee", "category": "supplement"}]))
    caffeine = next(k for k in journal.kinds() if k.slug == "caffeine")
    with pytest.raises(InvalidRecord, match="category"):
        journal.save_kind(replace(caffeine, category="other"))
    assert next(k for k in journal.kinds() if k.slug == "caffeine").category == "trigger"


def test_an_export_imported_into_its_own_journal_changes_nothing(journal, demo_data):
    from quietlegs.domain.journal_format import dump_journal

    journal.import_data(demo_data)
    before = state(journal)
    import_text(journal, dump_journal(journal.export(), datetime(2026, 11, 21)))
    assert state(journal) == before
    assert journal.nights(date(2026, 11, 1), date(2026, 11, 20))


def test_a_csv_file_says_nothing_of_hidden_kinds_so_they_stay_hidden(journal):
    from quietlegs.domain.csv_format import dump_csv
    from quietlegs.domain.records import replace

    heat = next(k for k in journal.kinds() if k.slug == "heat")
    journal.save_kind(replace(heat, hidden=True))
    files = {name: text.encode() for name, text in dump_csv(journal.export()).items()}
    journal.import_data(parse_csv(files, journal.kind_slugs()))
    assert next(k for k in journal.kinds() if k.slug == "heat").hidden


def test_a_json_export_says_which_kinds_are_hidden(journal):
    from quietlegs.domain.journal_format import dump_journal
    from quietlegs.domain.records import replace

    heat = next(k for k in journal.kinds() if k.slug == "heat")
    journal.save_kind(replace(heat, hidden=True))
    exported = dump_journal(journal.export(), datetime(2026, 11, 21))
    journal.save_kind(replace(heat, hidden=False))
    import_text(journal, exported)
    assert next(k for k in journal.kinds() if k.slug == "heat").hidden
