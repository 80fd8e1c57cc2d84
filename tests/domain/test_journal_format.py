import json
from datetime import datetime

import pytest

from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal

NIGHT = {"id": "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10", "night_of": "2026-11-20",
         "in_bed": "2026-11-20T22:40", "lights_out": "2026-11-20T23:05",
         "sleep_latency_min": 25, "awakenings": 2, "wake_after_sleep_onset_min": 40,
         "final_wake": "2026-11-21T06:30", "out_of_bed": "2026-11-21T06:50",
         "quality": 3, "rested": 2, "legs_severity": 6, "notes": ""}


def doc(**sections):
    return json.dumps({"format": "quietlegs-journal", "version": 1, **sections})


def test_the_format_example_parses():
    data = parse_journal(doc(nights=[NIGHT], symptoms=[
        {"at": "2026-11-21T02:10", "kind": "cramp", "severity": 7, "locations": ["left_calf"], "duration_min": 3,
         "woke_me": True, "preceded_by": ["dehydration"], "relieved_by": ["heat", "stretching"], "relief_min": 6}],
        interventions=[{"at": "2026-11-20T21:30", "kind": "magnesium", "amount": 300, "unit": "mg"}]))
    assert data.nights[0].sleep_latency_min == 25
    assert data.symptoms[0].relieved_by == ("heat", "stretching")
    assert len(data.symptoms[0].id) == 36  # generated where the file has none


@pytest.mark.parametrize("text, message", [
    ('{"format": "quietlegs-journal", "version": 1, "version": 1}', "appears twice"),
    (doc(nights=[{**NIGHT, "sleep_latency_min": float("nan")}]).replace("NaN", "NaN"), "not a number"),
    (doc(recipes=[]), "unknown section 'recipes'"),
    (doc(nights=[{**NIGHT, "snoring": 3}]), "nights[0] (night_of 2026-11-20): unknown field 'snoring'"),
    (doc(nights=[{**NIGHT, "final_wake": "2026-11-20T22:00", "out_of_bed": "2026-11-20T22:10"}]),
     "nights[0] (night_of 2026-11-20): final_wake is before lights out"),
    (doc(nights=[{**NIGHT, "in_bed": "20/11/2026 22:40"}]), "in_bed must be a local time"),
    (doc(interventions=[{"at": "2026-11-20T21:30", "kind": "unicorn_dust"}]), "interventions[0] (at 2026-11-20T21:30): kind"),
    ('{"format": "quietlegs-journal", "version": 2}', "newer Quiet Legs"),
    ("not json", "not valid JSON"),
    ('[1, 2]', "one JSON object"),
])
def test_bad_files_are_refused_naming_record_and_field(text, message):
    with pytest.raises(FormatError) as info:
        parse_journal(text)
    assert message in str(info.value)


def test_two_nights_that_overlap_in_one_file_are_refused():
    late_riser = {**NIGHT, "final_wake": "2026-11-21T14:00", "out_of_bed": "2026-11-21T14:00"}
    second = {**NIGHT, "id": "1b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10", "night_of": "2026-11-21",
              "in_bed": "2026-11-21T13:00", "lights_out": "2026-11-21T13:00",
              "final_wake": "2026-11-21T20:00", "out_of_bed": "2026-11-21T20:00"}
    with pytest.raises(FormatError, match=r"nights\[1\] \(night_of 2026-11-21\): in_bed overlaps"):
        parse_journal(doc(nights=[late_riser, second]))


def test_dump_then_parse_gives_the_same_records(demo_data):
    again = parse_journal(dump_journal(demo_data, datetime(2026, 11, 21, 8)))
    assert again.nights == demo_data.nights
    assert again.symptoms == tuple(sorted(demo_data.symptoms, key=lambda s: (s.at, s.id)))
    assert [(i.id, i.at, i.kind, i.amount) for i in again.interventions] == \
        [(i.id, i.at, i.kind, i.amount) for i in sorted(demo_data.interventions, key=lambda i: (i.at, i.id))]
