"""The Fitbit reader on sample export files: classic and stages logs, naps left out, the same
logId in two files counted once, the night rule placing a 03:34 start, stages kept in notes."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.readers import DUPLICATE, NAP, SourceFormatError
from quietlegs.domain.readers.fitbit import looks_like, read_fitbit
from quietlegs.domain.validation import validate_night

SAMPLES = Path(__file__).parent / "samples" / "fitbit"


def files():
    return [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(SAMPLES.glob("sleep-*.json"))]


def test_the_sample_export_gives_one_night_a_night_and_leaves_out_the_nap():
    assert all(looks_like(doc) for _, doc in files())
    reading = read_fitbit(files())
    nights = {n.night_of: n for n in reading.data.nights}
    assert sorted(nights) == [date(2015, 6, 15), date(2024, 3, 20), date(2024, 3, 21)]
    classic = nights[date(2015, 6, 15)]
    assert (classic.in_bed, classic.lights_out, classic.sleep_latency_min) == (
        datetime(2015, 6, 15, 23, 46), datetime(2015, 6, 15, 23, 46), 7)
    assert classic.final_wake == classic.out_of_bed == datetime(2015, 6, 16, 10, 19)
    assert classic.awakenings == 1  # the "awake" count; restless minutes are no awakening
    assert classic.notes == "Fitbit (classic): asleep 608 min, restless 24 min, awake 1 min; efficiency 97%"
    stages = nights[date(2024, 3, 20)]
    assert stages.final_wake == datetime(2024, 3, 21, 6, 54)  # a minute after waking before getting up
    assert (stages.awakenings, stages.wake_after_sleep_onset_min) == (27, 57 - 5 - 1)
    assert stages.notes == "Fitbit (stages): deep 72 min, light 290 min, REM 112 min, wake 57 min; efficiency 96%"
    assert stages.quality is None and stages.rested is None  # Fitbit has no rating: none invented
    # A sleep that began at 03:34 on the 22nd is the night of the 21st.
    assert nights[date(2024, 3, 21)].in_bed == datetime(2024, 3, 22, 3, 34)
    reasons = sorted(s.reason for s in reading.skipped)
    assert reasons == sorted([NAP, DUPLICATE, DUPLICATE])  # the nap once; two logs repeated in the next file
    assert reading.files == 3
    assert all(validate_night(n) == [] for n in reading.data.nights)


def test_ids_come_from_the_log_ids_so_a_second_reading_is_the_same():
    assert read_fitbit(files()).data == read_fitbit(list(reversed(files()))).data


@pytest.mark.parametrize("change, message", [
    ({"startTime": "last night"}, r"sleep-x.json \[0\] \(logId 7\): startTime: 'last night' is not a time"),
    ({"minutesAwake": -3}, r"minutesAwake: -3 is not a number of minutes"),
    ({"endTime": "2024-03-19T06:00:00.000"}, r"endTime is before startTime"),
])
def test_a_broken_log_is_named_by_file_index_and_field(change, message):
    log = {"logId": 7, "startTime": "2024-03-20T23:00:00.000", "endTime": "2024-03-21T07:00:00.000",
           "mainSleep": True, "type": "classic", **change}
    with pytest.raises(SourceFormatError, match=message):
        read_fitbit([("sleep-x.json", [log])])


def test_other_json_is_not_taken_for_fitbit():
    assert not looks_like({"format": "quietlegs-journal"})
    assert not looks_like([])
    assert not looks_like([{"dateTime": "2024-01-01", "value": 3}])  # steps, heart rate…


LOG = st.fixed_dictionaries({
    "start": st.datetimes(datetime(2024, 1, 1), datetime(2024, 1, 20)),
    "minutes": st.integers(20, 16 * 60), "main": st.booleans(), "latency": st.integers(0, 40),
    "awake": st.integers(0, 120), "after": st.integers(0, 15), "type": st.sampled_from(["classic", "stages"]),
})


@given(st.lists(LOG, min_size=1, max_size=10), st.integers(1, 3))
@settings(max_examples=100, deadline=None)
def test_generated_logs_in_overlapping_files_give_valid_nights_stable_through_export(logs, copies):
    from datetime import timedelta

    raw = []
    for i, g in enumerate(logs):
        end = g["start"] + timedelta(minutes=g["minutes"])
        raw.append({"logId": 100 + i, "startTime": g["start"].strftime("%Y-%m-%dT%H:%M:%S.000"),
                    "endTime": end.strftime("%Y-%m-%dT%H:%M:%S.000"), "mainSleep": g["main"],
                    "minutesToFallAsleep": g["latency"], "minutesAwake": g["awake"],
                    "minutesAfterWakeup": g["after"], "type": g["type"]})
    reading = read_fitbit([(f"sleep-{k}.json", raw) for k in range(copies)])
    assert sum(1 for s in reading.skipped if s.reason == DUPLICATE) == len(logs) * (copies - 1)
    nights = sorted(reading.data.nights, key=lambda n: n.night_of)
    assert all(validate_night(n) == [] for n in nights)
    assert all(a.out_of_bed <= b.in_bed for a, b in zip(nights, nights[1:]))
    once = parse_journal(dump_journal(reading.data, datetime(2024, 2, 1)))
    assert parse_journal(dump_journal(once, datetime(2024, 2, 2))) == once
    assert sorted(once.nights, key=lambda n: n.night_of) == nights
