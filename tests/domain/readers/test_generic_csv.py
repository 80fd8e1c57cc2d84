"""Any other CSV file of nights: columns named by the person or by themselves, clock times
dated by the night rule, day/month order read from the file, nothing implausible kept."""

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.readers import DUPLICATE, IMPLAUSIBLE, SourceFormatError
from quietlegs.domain.readers.generic_csv import ColumnMap, guess_columns, header_of, read_generic_csv
from quietlegs.domain.validation import validate_night

DIARY = ("Date,Bedtime,Woke up,Quality,Notes\n"
         "04/03/2026,23:10,06:40,4,ok\n"
         "05/03/2026,00:40,07:00,3,\n"
         "13/03/2026,22:00,06:00,9,bad\n")


def test_plain_column_names_say_which_field_they_are():
    columns = guess_columns(header_of(DIARY))
    assert dict(columns.columns) == {"night_of": "Date", "in_bed": "Bedtime", "final_wake": "Woke up",
                                     "quality": "Quality", "notes": "Notes"}
    assert columns.complete
    assert not guess_columns(["date", "steps"]).complete


def test_clock_times_are_dated_by_the_night_rule_and_the_day_first_order_is_read_from_the_file():
    reading = read_generic_csv(DIARY, guess_columns(header_of(DIARY)), "diary.csv")
    first, second = reading.data.nights
    assert (first.night_of, first.in_bed, first.out_of_bed) == (
        date(2026, 3, 4), datetime(2026, 3, 4, 23, 10), datetime(2026, 3, 5, 6, 40))
    assert (second.night_of, second.in_bed) == (date(2026, 3, 5), datetime(2026, 3, 6, 0, 40))  # after midnight
    assert first.quality == 4 and first.notes == "ok" and first.sleep_latency_min == 0
    [skipped] = reading.skipped  # quality 9 is on no scale of the journal's
    assert (skipped.reason, skipped.detail) == (IMPLAUSIBLE, "quality: must be from 1 to 5 (it is 9)")
    assert reading.extra["dates"] == "dmy"


def test_full_date_times_are_placed_by_the_night_rule_and_a_second_line_for_a_night_is_counted():
    text = ("start,end\n2026-03-05 03:34,2026-03-05 09:00\n2026-03-05T02:00,2026-03-05T08:00\n")
    reading = read_generic_csv(text, ColumnMap({"in_bed": "start", "out_of_bed": "end"}))
    [night] = reading.data.nights
    assert night.night_of == date(2026, 3, 4)
    assert [s.reason for s in reading.skipped] == [DUPLICATE]


@pytest.mark.parametrize("text, columns, message", [
    ("Date,Bedtime,Woke up\n04/03/2026,23:10,06:40\n", None,
     r"x.csv line 2, column 'Date': '04/03/2026' could be day/month or month/day"),
    ("Date,Bedtime,Woke up\n2026-03-04,late,06:40\n", None, r"line 2, column 'Bedtime': 'late' is not a time"),
    ("Date,Bedtime,Woke up\n2026-03-04,23:00,06:40\n", ColumnMap({"in_bed": "Bed", "out_of_bed": "Woke up"}),
     r"x.csv has no column 'Bed' \(its columns: Date, Bedtime, Woke up\)"),
    ("Bedtime,Woke up\n23:00,06:40\n", None, r"line 2: clock times need a night_of date column"),
])
def test_what_cannot_be_read_is_named_by_line_and_column(text, columns, message):
    with pytest.raises(SourceFormatError, match=message):
        read_generic_csv(text, columns or guess_columns(header_of(text)), "x.csv")


def test_the_order_of_day_and_month_may_be_given():
    text = "Date,Bedtime,Woke up\n04/03/2026,23:10,06:40\n"
    [night] = read_generic_csv(text, ColumnMap(guess_columns(header_of(text)).columns, "mdy")).data.nights
    assert night.night_of == date(2026, 4, 3)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(20 * 60, 27 * 60), st.integers(60, 12 * 60),
                          st.one_of(st.none(), st.integers(0, 7))), max_size=15))
@settings(max_examples=100, deadline=None)
def test_generated_files_give_valid_nights_stable_through_export_and_import(rows):
    from datetime import timedelta

    base = datetime(2026, 1, 1)
    lines = ["in bed,out of bed,quality"]
    for day, start, length, quality in rows:
        bed = base + timedelta(days=day, minutes=start)
        up = bed + timedelta(minutes=length)
        lines.append(f"{bed:%Y-%m-%d %H:%M},{up:%Y-%m-%d %H:%M},{'' if quality is None else quality}")
    reading = read_generic_csv("\n".join(lines) + "\n", guess_columns(lines[0].split(",")))
    nights = sorted(reading.data.nights, key=lambda n: n.night_of)
    assert len(nights) + len(reading.skipped) == len(rows)
    assert all(validate_night(n) == [] for n in nights)
    assert all(a.out_of_bed <= b.in_bed for a, b in zip(nights, nights[1:]))
    once = parse_journal(dump_journal(reading.data, datetime(2026, 3, 1)))
    assert sorted(once.nights, key=lambda n: n.night_of) == nights
    assert read_generic_csv("\n".join(lines) + "\n", guess_columns(lines[0].split(","))).data == reading.data
