from dataclasses import replace
from datetime import date, datetime

from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.domain.validation import (
    first_of_each,
    validate_intervention,
    validate_kind,
    validate_night,
    validate_symptom,
)

GOOD = Night(night_of=date(2026, 11, 20), in_bed=datetime(2026, 11, 20, 22, 40),
             lights_out=datetime(2026, 11, 20, 23, 5), sleep_latency_min=25, awakenings=2,
             wake_after_sleep_onset_min=40, final_wake=datetime(2026, 11, 21, 6, 30),
             out_of_bed=datetime(2026, 11, 21, 6, 50), quality=3, rested=2, legs_severity=6)


def fields(errors):
    return set(first_of_each(errors))


def test_a_good_night_passes():
    assert validate_night(GOOD) == []


def test_wake_before_lights_out_is_named_on_the_wake_field():
    errors = validate_night(replace(GOOD, final_wake=datetime(2026, 11, 20, 22, 0), out_of_bed=datetime(2026, 11, 20, 22, 10)))
    assert "final_wake" in fields(errors)
    assert "before lights out" in first_of_each(errors)["final_wake"]


def test_latency_and_waso_must_fit_between_lights_out_and_waking():
    errors = validate_night(replace(GOOD, sleep_latency_min=420))
    assert fields(errors) == {"final_wake"}


def test_out_of_range_scores_are_named():
    errors = validate_night(replace(GOOD, quality=6, legs_severity=11, awakenings=-1))
    assert fields(errors) == {"quality", "legs_severity", "awakenings"}


def test_a_bedtime_outside_the_nights_window_is_a_typo():
    errors = validate_night(replace(GOOD, in_bed=datetime(2026, 11, 21, 13, 0), lights_out=datetime(2026, 11, 21, 13, 0),
                                    final_wake=datetime(2026, 11, 21, 20, 0), out_of_bed=datetime(2026, 11, 21, 20, 0)))
    assert "in_bed" in fields(errors)


def test_more_than_twenty_hours_in_bed_is_refused():
    errors = validate_night(replace(GOOD, out_of_bed=datetime(2026, 11, 21, 19, 0)))
    assert fields(errors) == {"out_of_bed"}


def test_overlapping_neighbours_are_named():
    previous = replace(GOOD, id="a", night_of=date(2026, 11, 19), in_bed=datetime(2026, 11, 19, 23, 0),
                       lights_out=datetime(2026, 11, 19, 23, 0), final_wake=datetime(2026, 11, 20, 23, 0),
                       out_of_bed=datetime(2026, 11, 20, 23, 0), sleep_latency_min=0, wake_after_sleep_onset_min=0)
    errors = validate_night(GOOD, [previous])
    assert "in_bed" in fields(errors)
    assert "overlaps the night of" in first_of_each(errors)["in_bed"]


def test_the_same_night_twice_is_refused():
    errors = validate_night(replace(GOOD, id="other"), [GOOD])
    assert fields(errors) == {"night_of"}


def test_symptom_rules():
    ok = SymptomEvent(at=datetime(2026, 11, 21, 2, 10), kind="cramp", severity=7, locations=("left_calf",),
                      relieved_by=("heat",))
    assert validate_symptom(ok, {"heat"}) == []
    bad = replace(ok, kind="itch", severity=12, locations=("left_ear",), relieved_by=("prayer",))
    assert fields(validate_symptom(bad, {"heat"})) == {"kind", "severity", "locations", "relieved_by"}


def test_intervention_and_kind_rules():
    assert validate_intervention(Intervention(at=datetime(2026, 11, 20, 21), kind="magnesium", amount=300), {"magnesium"}) == []
    errors = validate_intervention(Intervention(at=datetime(2026, 11, 20, 21), kind="x", amount=-1), {"magnesium"})
    assert fields(errors) == {"kind", "amount"}
    assert fields(validate_kind(InterventionKind("Bad Slug", "", "food"))) == {"slug", "name", "category"}
