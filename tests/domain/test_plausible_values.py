"""Plausible values only: every field has a range a person could mean, checked once by the
validators and the readers that feed them, and refused with words naming the record and field."""

import json
from datetime import date, datetime, timedelta

import pytest

from quietlegs.domain.csv_format import CsvImportError, dump_csv, parse_csv
from quietlegs.domain.journal_format import FormatError, parse_journal
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.domain.validation import (
    FIRST_DATE,
    LAST_DATE,
    LAST_TIME,
    MAX_AMOUNT,
    validate_intervention,
    validate_kind,
    validate_night,
    validate_symptom,
)


def night_on(d: date, **changes) -> Night:
    in_bed = datetime.combine(d, datetime.min.time()) + timedelta(hours=22)
    fields = dict(night_of=d, in_bed=in_bed, lights_out=in_bed + timedelta(minutes=10), sleep_latency_min=10,
                  awakenings=1, wake_after_sleep_onset_min=10, final_wake=in_bed + timedelta(hours=8),
                  out_of_bed=in_bed + timedelta(hours=8, minutes=10))
    return Night(**{**fields, **changes})


def doc(**sections) -> str:
    return json.dumps({"format": "quietlegs-journal", "version": 1, **sections})


NIGHT_ROW = {"night_of": "2026-11-20", "in_bed": "2026-11-20T22:40", "lights_out": "2026-11-20T23:00",
             "sleep_latency_min": 10, "awakenings": 1, "wake_after_sleep_onset_min": 5,
             "final_wake": "2026-11-21T06:00", "out_of_bed": "2026-11-21T06:10"}


# ----------------------------------------------------------------------------- the span of dates

def test_nights_at_both_ends_of_the_span_are_accepted():
    assert validate_night(night_on(FIRST_DATE)) == []
    assert validate_night(night_on(LAST_DATE)) == []  # it ends on the morning after the last date


@pytest.mark.parametrize("day", [date(1, 1, 1), FIRST_DATE - timedelta(days=1), LAST_DATE + timedelta(days=1),
                                 date(9999, 12, 31)])
def test_a_night_outside_the_span_is_refused_in_words_not_an_overflow(day):
    errors = validate_night(night_on(day)) if day.year < 9999 else validate_night(
        night_on(date(2026, 1, 1), night_of=day))
    assert errors[0].field == "night_of"
    assert "is outside 1970-01-01..2099-12-31" in errors[0].message


def test_a_time_at_the_end_of_the_last_morning_is_kept_and_one_later_refused():
    assert validate_symptom(SymptomEvent(at=LAST_TIME, kind="cramp", severity=3)) == []
    (error,) = validate_symptom(SymptomEvent(at=datetime(9999, 12, 31, 23, 0), kind="cramp", severity=3))
    assert error.field == "at" and "outside" in error.message
    (error,) = validate_intervention(Intervention(at=datetime(1, 1, 1), kind="heat"))
    assert error.field == "at"


def test_a_night_whose_times_are_out_of_reach_is_refused_before_any_arithmetic():
    errors = validate_night(night_on(date(2026, 1, 1), lights_out=datetime(9999, 12, 31, 23, 59)))
    assert [e.field for e in errors] == ["lights_out"]


# ----------------------------------------------------------------------------- amounts and text

@pytest.mark.parametrize("amount", [1e308, MAX_AMOUNT + 1, float("inf"), float("nan"), -1])
def test_an_amount_no_person_means_is_refused(amount):
    (error,) = validate_intervention(Intervention(at=datetime(2026, 1, 1, 21), kind="heat", amount=amount))
    assert error.field == "amount"
    assert validate_kind(InterventionKind("my_pill", "My pill", "medication", default_amount=amount))[0].field \
        == "default_amount"


def test_the_largest_amount_is_accepted():
    assert validate_intervention(Intervention(at=datetime(2026, 1, 1, 21), kind="heat", amount=MAX_AMOUNT)) == []


@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb", "nul\x00here"])
def test_text_a_file_cannot_hold_is_refused_in_every_text_field(bad):
    at = datetime(2026, 1, 1, 21)
    assert validate_night(night_on(date(2026, 1, 1), notes=bad))[0].field == "notes"
    assert validate_symptom(SymptomEvent(at=at, kind="cramp", severity=2, notes=bad))[0].field == "notes"
    assert [e.field for e in validate_intervention(Intervention(at=at, kind="heat", unit=bad))] == ["unit"]
    assert [e.field for e in validate_kind(InterventionKind("my_pill", bad, "medication"))] == ["name"]
    assert [e.field for e in validate_kind(InterventionKind("my_pill", "Pill", "medication", 1, bad))] == \
        ["default_unit"]


def test_a_built_in_kind_keeps_its_category_and_says_so():
    (error,) = validate_kind(InterventionKind("magnesium", "Magnesium", "medication", builtin=True))
    assert error.field == "category"
    assert "built-in" in error.message and "supplement" in error.message
    assert validate_kind(InterventionKind("magnesium", "Mg citrate", "supplement", builtin=True)) == []


# ----------------------------------------------------------------------------- the JSON reader

def test_a_night_outside_the_span_in_a_file_names_the_record_and_field():
    nights = [NIGHT_ROW, {**NIGHT_ROW, "night_of": "9999-12-30", "in_bed": "9999-12-30T22:00",
                          "lights_out": "9999-12-30T22:10", "final_wake": "9999-12-31T06:00",
                          "out_of_bed": "9999-12-31T06:10"}]
    with pytest.raises(FormatError) as info:
        parse_journal(doc(nights=nights))
    assert str(info.value) == ("nights[1] (night_of 9999-12-30): night_of 9999-12-30 is outside "
                               "1970-01-01..2099-12-31, the dates a journal can hold")


def test_a_five_thousand_digit_integer_is_named_not_converted():
    text = doc(nights=[NIGHT_ROW]).replace('"awakenings": 1', '"awakenings": ' + "9" * 5000)
    with pytest.raises(FormatError) as info:
        parse_journal(text)
    assert str(info.value) == "nights[0] (night_of 2026-11-20): awakenings is far too large (a number 5000 digits long)"


@pytest.mark.parametrize("amount", ["1e308", "1e400", "-1e400", "9" * 400])
def test_an_enormous_amount_in_a_file_is_refused_by_name(amount):
    text = doc(interventions=[{"at": "2026-11-20T21:00", "kind": "heat", "amount": 0}]).replace(
        '"amount": 0', f'"amount": {amount}')
    with pytest.raises(FormatError, match=r"interventions\[0\] \(at 2026-11-20T21:00\): amount "):
        parse_journal(text)


@pytest.mark.parametrize("field, raw", [("notes", '"\\ud800"'), ("notes", '"a\\u0000b"'), ("unit", '"m\\udc00g"')])
def test_a_lone_surrogate_or_nul_in_a_file_is_refused_naming_the_field(field, raw):
    text = doc(interventions=[{"at": "2026-11-20T21:00", "kind": "heat", field: "x"}]).replace('"x"', raw)
    with pytest.raises(FormatError) as info:
        parse_journal(text)
    assert str(info.value).startswith(f"interventions[0] (at 2026-11-20T21:00): {field} contains ")


def test_a_lone_surrogate_in_a_kind_name_or_a_date_is_refused_in_words():
    with pytest.raises(FormatError, match=r"kinds\[0\] \(my_pill\): name contains a broken character"):
        parse_journal(doc(kinds=[{"slug": "my_pill", "name": "Pill\ud800", "category": "medication"}]))
    with pytest.raises(FormatError) as info:
        parse_journal(doc(nights=[{**NIGHT_ROW, "night_of": "2026-11-20\ud800"}]))
    assert "\ud800" not in str(info.value)  # shown escaped: the message itself can be printed
    str(info.value).encode("utf-8")


@pytest.mark.parametrize("day", ["２０２６-11-20", "٢٠٢٦-11-20", "2026-11-20\n"])
def test_dates_in_other_digits_are_refused(day):
    with pytest.raises(FormatError, match="night_of"):
        parse_journal(doc(nights=[{**NIGHT_ROW, "night_of": day}]))


@pytest.mark.parametrize("spelling", ["0B8E8F7E-6C1A-4A57-9F57-1D1F4D6B7A10", "{0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10}",
                                      "urn:uuid:0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10",
                                      "0b8e8f7e6c1a4a579f571d1f4d6b7a10"])
def test_an_id_is_read_in_one_spelling(spelling):
    data = parse_journal(doc(nights=[{**NIGHT_ROW, "id": spelling}]))
    assert data.nights[0].id == "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10"
    assert not data.generated_ids


def test_an_id_in_other_digits_is_refused():
    with pytest.raises(FormatError, match="id is not a UUID"):
        parse_journal(doc(nights=[{**NIGHT_ROW, "id": "٠" * 32}]))


def test_the_same_id_in_two_spellings_is_one_record_twice():
    nights = [{**NIGHT_ROW, "id": "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10"},
              {**NIGHT_ROW, "night_of": "2026-11-21", "in_bed": "2026-11-21T22:40", "lights_out": "2026-11-21T23:00",
               "final_wake": "2026-11-22T06:00", "out_of_bed": "2026-11-22T06:10",
               "id": "0B8E8F7E-6C1A-4A57-9F57-1D1F4D6B7A10"}]
    with pytest.raises(FormatError, match="appears twice"):
        parse_journal(doc(nights=nights))


def test_records_without_ids_are_told_apart_from_those_with():
    data = parse_journal(doc(nights=[NIGHT_ROW], symptoms=[{"at": "2026-11-21T02:00", "kind": "cramp", "severity": 5,
                                                           "id": "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10"}]))
    assert data.generated_ids == {data.nights[0].id}


def test_a_built_in_kind_with_another_category_in_a_file_is_refused_in_words():
    with pytest.raises(FormatError) as info:
        parse_journal(doc(kinds=[{"slug": "magnesium", "name": "Magnesium", "category": "medication"}]))
    assert str(info.value).startswith("kinds[0] (magnesium): category cannot be changed on a built-in kind")


# ----------------------------------------------------------------------------- the CSV reader

HEADER = "night_of,in_bed,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,final_wake,out_of_bed\r\n"


@pytest.mark.parametrize("cell", ["2_5", "٢٥", "２５", "1" * 5000, "25 5", "0x19", "inf", "nan", "1e999"])
def test_a_number_cell_in_anything_but_ascii_digits_is_refused_at_its_line_and_column(cell):
    text = HEADER + f"2026-11-20,2026-11-20T22:40,2026-11-20T23:00,{cell},1,5,2026-11-21T06:00,2026-11-21T06:10\r\n"
    with pytest.raises(CsvImportError) as info:
        parse_csv({"nights.csv": text.encode()})
    (problem,) = info.value.problems
    assert (problem.line, problem.column) == (2, "sleep_latency_min")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("cell, amount", [("0,5", 0.5), ("300", 300), ("2.5e2", 250), ("1000000", 1_000_000)])
def test_amounts_a_spreadsheet_writes_are_read(cell, amount):
    text = f'at,kind,amount\r\n2026-11-20T21:00,magnesium,"{cell}"\r\n'
    assert parse_csv({"interventions.csv": text.encode()}).interventions[0].amount == amount


@pytest.mark.parametrize("cell, words", [("1,000", "could be read two ways"), ("1e308", "at most 1,000,000"),
                                         ("١٠٠", "must be a number")])
def test_an_amount_that_is_not_plainly_one_number_is_refused(cell, words):
    text = f'at,kind,amount\r\n2026-11-20T21:00,magnesium,"{cell}"\r\n'
    with pytest.raises(CsvImportError, match=words) as info:
        parse_csv({"interventions.csv": text.encode()})
    assert info.value.problems[0].column == "amount"


def test_an_unclosed_quote_is_refused_naming_its_line_not_turned_into_a_note():
    text = ("at,kind,severity,notes\r\n"
            "2026-11-21T02:00,cramp,7,fine\r\n"
            '2026-11-21T03:00,cramp,5,"it never ends\r\n'
            "2026-11-21T04:00,cramp,4,lost\r\n")
    with pytest.raises(CsvImportError) as info:
        parse_csv({"symptoms.csv": text.encode()})
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == ("symptoms.csv", 3)
    assert "never closed" in problem.reason


def test_a_nul_in_a_csv_cell_is_refused_by_field():
    text = HEADER.strip() + ",notes\r\n" + \
        "2026-11-20,2026-11-20T22:40,2026-11-20T23:00,10,1,5,2026-11-21T06:00,2026-11-21T06:10,a\x00b\r\n"
    with pytest.raises(CsvImportError) as info:
        parse_csv({"nights.csv": text.encode()})
    assert (info.value.problems[0].line, info.value.problems[0].column) == (2, "notes")


def test_the_widest_records_round_trip_through_csv():
    night = night_on(LAST_DATE, notes="x" * 10_000, quality=5, rested=1, legs_severity=10)
    item = Intervention(at=LAST_TIME, kind="magnesium", amount=MAX_AMOUNT, unit="u" * 20, notes="🦵" * 10_000)
    data = JournalData(nights=(night,), interventions=(item,))
    back = parse_csv({name: text.encode() for name, text in dump_csv(data).items()})
    assert back.nights == (night,) and back.interventions == (item,)


@pytest.mark.parametrize("raw", [b"", b"\t", b"\r\n \r\n", b"\xef\xbb\xbf"])
def test_an_empty_csv_file_is_refused_not_imported_as_nothing(raw):
    with pytest.raises(CsvImportError, match="nights.csv line 1: is empty"):
        parse_csv({"nights.csv": raw})


def test_an_empty_journal_exported_as_csv_imports_as_nothing():
    assert parse_csv({name: text.encode() for name, text in dump_csv(JournalData()).items()}) == JournalData()
