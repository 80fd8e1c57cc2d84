import codecs
import csv
import io
from datetime import datetime

import pytest

from quietlegs.domain.csv_format import CsvImportError, dump_csv, guard_cell, parse_csv, unguard_cell
from quietlegs.domain.records import Intervention, JournalData, Night, SymptomEvent

NIGHT = Night(night_of=datetime(2026, 11, 20).date(), in_bed=datetime(2026, 11, 20, 22, 40),
              lights_out=datetime(2026, 11, 20, 23, 5), sleep_latency_min=25, awakenings=2,
              wake_after_sleep_onset_min=40, final_wake=datetime(2026, 11, 21, 6, 30),
              out_of_bed=datetime(2026, 11, 21, 6, 50), quality=3, legs_severity=6,
              notes='=HYPERLINK("http://evil","click"), then "quotes", commas\nand a new line')
SYMPTOM = SymptomEvent(at=datetime(2026, 11, 21, 2, 10), kind="cramp", severity=7, locations=("left_calf", "right_foot"),
                       woke_me=True, relieved_by=("heat", "stretching"), relief_min=6, notes="-5 felt like +10 @night")
ITEM = Intervention(at=datetime(2026, 11, 20, 21, 30), kind="magnesium", amount=300, unit="mg", notes="\tTabbed")
DATA = JournalData(nights=(NIGHT,), symptoms=(SYMPTOM,), interventions=(ITEM,))


def as_bytes(files, encoding="utf-8"):
    return {name: text.encode(encoding) for name, text in files.items()}


def test_export_then_import_gives_back_the_same_records():
    back = parse_csv(as_bytes(dump_csv(DATA)))
    assert back.nights == (NIGHT,) and back.symptoms == (SYMPTOM,) and back.interventions == (ITEM,)


def test_formula_looking_cells_are_written_as_text():
    files = dump_csv(DATA)
    rows = {name: list(csv.DictReader(io.StringIO(text, newline=""))) for name, text in files.items()}
    assert rows["nights.csv"][0]["notes"].startswith("'=HYPERLINK")
    assert rows["symptoms.csv"][0]["notes"] == "'-5 felt like +10 @night"
    assert rows["interventions.csv"][0]["notes"] == "'\tTabbed"
    assert rows["symptoms.csv"][0]["relieved_by"] == "heat;stretching"
    for table in rows.values():
        for row in table:
            for cell in row.values():
                assert not cell or cell[0] not in "=+-@\t\r"


@pytest.mark.parametrize("text", ["", "plain", "=1+1", "'=1", "''=", "'tis", "'", "-", "@x", "\r\n"])
def test_the_guard_round_trips_every_text(text):
    assert unguard_cell(guard_cell(text)) == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_encodings_are_recognised(encoding):
    night = Night(**{**NIGHT.__dict__, "notes": "Café, naïve — déjà vu"})
    files = dump_csv(JournalData(nights=(night,)))
    back = parse_csv({"nights.csv": files["nights.csv"].encode(encoding)})
    assert back.nights[0].notes == "Café, naïve — déjà vu"


@pytest.mark.parametrize("encoding, notes", [
    ("koi8-r", "Судороги в икрах"), ("iso-8859-2", "Kurcz łydki, źle spałem"), ("cp1252", "Café, naïve"),
])
def test_text_that_is_not_utf8_is_refused_in_words_never_stored_as_mojibake(encoding, notes):
    night = Night(**{**NIGHT.__dict__, "notes": notes})
    raw = dump_csv(JournalData(nights=(night,)))["nights.csv"].encode(encoding)
    with pytest.raises(CsvImportError) as info:
        parse_csv({"nights.csv": raw})
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == ("nights.csv", 2)  # the line holding the first such byte
    assert "not UTF-8 text" in problem.reason and "save it as UTF-8" in problem.reason
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_a_spreadsheet_saving_with_another_delimiter_is_understood(delimiter):
    text = dump_csv(DATA)["symptoms.csv"]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    back = parse_csv({"symptoms.csv": out.getvalue().encode()})
    assert back.symptoms == (SYMPTOM,)


def test_a_spreadsheet_style_date_time_is_accepted():
    text = dump_csv(DATA)["nights.csv"].replace("2026-11-20T22:40", "2026-11-20 22:40")
    assert parse_csv({"nights.csv": text.encode()}).nights == (NIGHT,)


def test_every_bad_row_is_reported_by_file_line_column_and_reason():
    nights = ("night_of,in_bed,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,final_wake,out_of_bed\r\n"
              "2026-11-20,2026-11-20T22:40,2026-11-20T23:00,10,1,5,2026-11-21T06:00,2026-11-21T06:10\r\n"
              "2026-11-21,2026-11-21T22:40,2026-11-21T23:00,ten,1,5,2026-11-22T06:00,2026-11-22T06:10\r\n"
              "2026-11-22,2026-11-22T22:40,2026-11-22T23:00,10,1,5,2026-11-22T21:00,2026-11-23T06:10\r\n")
    symptoms = ('at,kind,severity,notes\r\n'
                '2026-11-21T02:00,cramp,7,"two\nlines"\r\n'
                '2026-11-21T03:00,hiccup,7,\r\n')
    with pytest.raises(CsvImportError) as info:
        parse_csv({"nights.csv": nights.encode(), "symptoms.csv": symptoms.encode()})
    got = [(p.file, p.line, p.column) for p in info.value.problems]
    assert ("nights.csv", 3, "sleep_latency_min") in got
    assert ("nights.csv", 4, "final_wake") in got
    assert ("symptoms.csv", 4, "kind") in got  # the quoted note spans lines 2-3
    assert len(got) == 3
    # The message is one line (the command line's contract): the first problem, and how many more.
    assert str(info.value) == ("nights.csv line 3, column sleep_latency_min: must be a whole number "
                               "(it is 'ten') (and 2 more problems); nothing was imported")


def test_rules_between_rows_name_the_line_too():
    row = f"{NIGHT.id},2026-11-20,2026-11-20T22:40,2026-11-20T23:05,25,2,40,2026-11-21T06:30,2026-11-21T06:50"
    text = ("id,night_of,in_bed,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,final_wake,"
            f"out_of_bed\n{row}\n{row.replace('2026-11-21', '2026-11-23').replace('2026-11-20', '2026-11-22')}\n")
    with pytest.raises(CsvImportError) as info:
        parse_csv({"nights.csv": text.encode()})
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.column) == ("nights.csv", 3, "id")


@pytest.mark.parametrize("files, words", [
    ({"night.csv": b"night_of\n"}, "night.csv line 1: is not one of"),
    ({"nights.csv": b"night_of,bedtime\n"}, "column bedtime: is not a column"),
    ({"nights.csv": b"\xff\xfe\x00"}, "nights.csv"),
    ({}, "holds none of"),
])
def test_files_that_are_not_journal_csv_are_refused_clearly(files, words):
    with pytest.raises(CsvImportError, match=words):
        parse_csv(files)


def test_a_bom_is_not_part_of_the_first_column_name():
    text = dump_csv(DATA)["interventions.csv"]
    assert parse_csv({"interventions.csv": codecs.BOM_UTF8 + text.encode()}).interventions == (ITEM,)
