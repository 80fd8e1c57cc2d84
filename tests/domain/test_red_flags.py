"""The warning signs a clinician must hear about: each rule at its edges, one flag per episode."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from quietlegs.domain.red_flags import (
    CRAMP_OVER_10_MIN, NEEDLING_SORENESS_OVER_72H, ONE_LEG_SWELLING, SOON, URGENT, WEAKNESS_OR_NUMBNESS,
    WORSENING_DESPITE_CARE, find_red_flags,
)
from quietlegs.domain.records import Intervention, Night, SymptomEvent

D = date(2026, 11, 2)


def _night(day: date, legs: int | None = None) -> Night:
    bed = datetime.combine(day, datetime.min.time()) + timedelta(hours=23)
    return Night(night_of=day, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=1,
                 wake_after_sleep_onset_min=20, final_wake=bed + timedelta(hours=7),
                 out_of_bed=bed + timedelta(hours=7, minutes=10), legs_severity=legs)


def _at(day: date, hour: int = 2) -> datetime:
    """A moment in the night of ``day``: 02:00 is the small hours after that evening."""
    return datetime.combine(day + timedelta(days=1 if hour < 12 else 0), datetime.min.time()) + timedelta(hours=hour)


def _sym(kind: str, day: date = D, severity: int = 5, **fields) -> SymptomEvent:
    return SymptomEvent(at=fields.pop("at", _at(day)), kind=kind, severity=severity, **fields)


def _rules(flags) -> list[tuple[str, date]]:
    return [(f.rule, f.night_of) for f in flags]


# ---------------------------------------------------------------------- one-leg swelling

def test_swelling_in_one_calf_is_urgent_and_says_seek_care_today():
    flags = find_red_flags([_night(D)], [_sym("swelling", locations=("left_calf",))], [])
    assert _rules(flags) == [(ONE_LEG_SWELLING, D)]
    assert flags[0].urgency == URGENT
    assert "seek care today" in flags[0].message
    assert "clot" in flags[0].message


def test_both_legs_swollen_is_not_one_leg_swelling():
    both = [_sym("swelling", locations=("both_legs",))]
    left_and_right = [_sym("swelling", locations=("left_calf",)), _sym("swelling", locations=("right_shin",))]
    in_one_event = [_sym("swelling", locations=("left_foot", "right_foot"))]
    for symptoms in (both, left_and_right, in_one_event):
        assert find_red_flags([_night(D)], symptoms, []) == []


def test_swelling_without_a_side_or_of_severity_zero_is_not_one_leg_swelling():
    assert find_red_flags([], [_sym("swelling"), _sym("swelling", locations=("arms",))], []) == []
    assert find_red_flags([], [_sym("swelling", severity=0, locations=("left_calf",))], []) == []


def test_swelling_on_three_nights_running_is_one_episode_and_a_week_later_another():
    days = [D, D + timedelta(days=1), D + timedelta(days=2), D + timedelta(days=9)]
    symptoms = [_sym("swelling", d, locations=("right_calf",)) for d in days]
    assert _rules(find_red_flags([_night(d) for d in days], symptoms, [])) == [
        (ONE_LEG_SWELLING, D), (ONE_LEG_SWELLING, D + timedelta(days=9))]


def test_urgent_flags_come_first():
    symptoms = [_sym("cramp", D, duration_min=15), _sym("swelling", D + timedelta(days=5), locations=("left_knee",))]
    assert [f.rule for f in find_red_flags([], symptoms, [])] == [ONE_LEG_SWELLING, CRAMP_OVER_10_MIN]


# ---------------------------------------------------------------------- long cramps

@pytest.mark.parametrize("duration, relief, flagged", [
    (10, None, False),  # exactly 10 minutes is not "more than 10"
    (11, None, True),
    (None, 12, True),  # it took 12 minutes to ease: it lasted at least that long
    (3, 10, False),
    (3, 15, False),  # its logged length wins over the minutes to ease
    (None, None, False),
])
def test_a_cramp_over_10_minutes(duration, relief, flagged):
    flags = find_red_flags([_night(D)], [_sym("cramp", duration_min=duration, relief_min=relief)], [])
    assert _rules(flags) == ([(CRAMP_OVER_10_MIN, D)] if flagged else [])
    if flagged:
        assert flags[0].urgency == SOON and "doctor" in flags[0].message


def test_a_long_spasm_is_not_a_long_cramp():
    assert find_red_flags([], [_sym("spasm", duration_min=30)], []) == []


# ---------------------------------------------------------------------- weakness or numbness

@pytest.mark.parametrize("nerve", ["weakness", "numbness_tingling"])
@pytest.mark.parametrize("muscle", ["spasm", "cramp"])
def test_weakness_or_numbness_with_spasms_or_cramps_the_same_night(nerve, muscle):
    flags = find_red_flags([_night(D)], [_sym(nerve), _sym(muscle, at=_at(D, 3))], [])
    assert _rules(flags) == [(WEAKNESS_OR_NUMBNESS, D)]
    assert "worth telling your doctor soon" in flags[0].message


def test_numbness_alone_or_on_another_night_than_the_spasms_is_no_flag():
    nights = [_night(D), _night(D + timedelta(days=1))]
    assert find_red_flags(nights, [_sym("numbness_tingling")], []) == []
    assert find_red_flags(nights, [_sym("weakness", D), _sym("spasm", D + timedelta(days=1))], []) == []
    assert find_red_flags(nights, [_sym("rls_urge"), _sym("cramp")], []) == []


# ---------------------------------------------------------------------- needling soreness

def _needling(at: datetime) -> Intervention:
    return Intervention(at=at, kind="dry_needling")


@pytest.mark.parametrize("hours, flagged", [(71, False), (72, False), (73, True), (24 * 15, False)])
def test_soreness_more_than_72_hours_after_dry_needling(hours, flagged):
    session = datetime(2026, 11, 2, 16, 0)
    sore = SymptomEvent(at=session + timedelta(hours=hours), kind="soreness", severity=4)
    flags = find_red_flags([], [sore], [_needling(session)])
    assert [f.rule for f in flags] == ([NEEDLING_SORENESS_OVER_72H] if flagged else [])


def test_soreness_logged_every_day_after_a_session_is_one_flag_dated_by_the_first_late_night():
    session = datetime(2026, 11, 2, 16, 0)
    sore = [SymptomEvent(at=session + timedelta(hours=h), kind="soreness", severity=3) for h in (20, 44, 68, 92, 116)]
    flags = find_red_flags([], sore, [_needling(session)])
    assert _rules(flags) == [(NEEDLING_SORENESS_OVER_72H, (session + timedelta(hours=92)).date())]


def test_soreness_after_a_newer_session_belongs_to_that_one():
    first, second = datetime(2026, 11, 2, 16), datetime(2026, 11, 5, 10)
    sore = SymptomEvent(at=first + timedelta(hours=80), kind="soreness", severity=3)  # 6 h after the second
    assert find_red_flags([], [sore], [_needling(first), _needling(second)]) == []


def test_soreness_without_any_needling_is_no_flag():
    assert find_red_flags([], [_sym("soreness", severity=6)], []) == []


# ---------------------------------------------------------------------- worsening despite care

def _fortnight(scores: list[int], remedy_nights: int, kind: str = "magnesium"):
    days = [D + timedelta(days=k) for k in range(len(scores))]
    nights = [_night(d, s) for d, s in zip(days, scores)]
    used = [Intervention(at=datetime.combine(d, datetime.min.time()) + timedelta(hours=21), kind=kind)
            for d in days[:remedy_nights]]
    return nights, used


RISING = [3, 3, 4, 3, 3, 4, 3, 5, 6, 5, 6, 6, 7, 6]  # week 1 mean 3.3, week 2 mean 5.9


def test_discomfort_rising_over_two_weeks_with_remedies_most_nights_is_flagged_once():
    nights, used = _fortnight(RISING + [7, 7, 8], remedy_nights=17)
    flags = find_red_flags(nights, [], used)
    assert _rules(flags) == [(WORSENING_DESPITE_CARE, D + timedelta(days=13))]
    assert flags[0].urgency == SOON


def test_rising_without_remedies_most_nights_or_only_a_little_is_no_flag():
    nights, used = _fortnight(RISING, remedy_nights=7)  # 7 of 14 is not most
    assert find_red_flags(nights, [], used) == []
    nights, used = _fortnight(RISING, remedy_nights=14, kind="caffeine")  # a trigger is not a remedy
    assert find_red_flags(nights, [], used) == []
    nights, used = _fortnight([4] * 7 + [5] * 7, remedy_nights=14)  # one point up: not "rising"
    assert find_red_flags(nights, [], used) == []
    nights, used = _fortnight([0] * 7 + [3] * 7, remedy_nights=14)  # from none to mild: no alarm
    assert find_red_flags(nights, [], used) == []


def test_rising_over_fewer_than_two_weeks_is_no_flag():
    nights, used = _fortnight(RISING[:13], remedy_nights=13)
    assert find_red_flags(nights, [], used) == []


def test_a_users_own_medication_counts_as_a_remedy():
    nights, used = _fortnight(RISING, remedy_nights=10, kind="ropinirole")
    assert [f.rule for f in find_red_flags(nights, [], used, categories={"ropinirole": "medication"})] == [
        WORSENING_DESPITE_CARE]


# ---------------------------------------------------------------------- the period

def test_only_episodes_that_begin_in_the_period_are_listed():
    days = [D, D + timedelta(days=1)]
    symptoms = [_sym("swelling", d, locations=("left_calf",)) for d in days]
    nights = [_night(d) for d in days]
    assert find_red_flags(nights, symptoms, [], first=D + timedelta(days=1)) == []
    assert len(find_red_flags(nights, symptoms, [], first=D, last=D)) == 1


def test_a_symptom_after_midnight_belongs_to_the_evening_before():
    # 01:30 on the 3rd is the night of the 2nd (the night rule), so the flag is dated the 2nd.
    sym = SymptomEvent(at=datetime(2026, 11, 3, 1, 30), kind="cramp", severity=7, duration_min=20)
    assert _rules(find_red_flags([_night(D)], [sym], [])) == [(CRAMP_OVER_10_MIN, D)]


def test_a_flag_prints_rule_night_and_message():
    flag = find_red_flags([], [_sym("cramp", duration_min=20)], [])[0]
    assert flag.as_json() == {"rule": CRAMP_OVER_10_MIN, "night_of": D.isoformat(), "message": flag.message}
    assert flag.episode == f"{CRAMP_OVER_10_MIN}:{D.isoformat()}"
