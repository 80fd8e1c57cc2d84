"""The night rule (DESIGN.md "Words and rules"): which night a moment belongs to, before bed or
during it, what a clock typed for a night means, and which night "now" is about. At the edges:
midnight, noon, 4 a.m., an unlogged night, a night that ends after noon, daylight saving."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from quietlegs.domain.localtime import elapsed_min
from quietlegs.domain.night_rule import (
    NightPlacer,
    NightRange,
    candidate_nights,
    Phase,
    evening_moment,
    evening_target,
    night_end,
    night_of_event,
    night_of_for_bedtime,
    night_start,
    night_to_log,
    nights_by_date,
    place_event,
    resolve_night_clocks,
    time_in_night,
    window_end,
    window_start,
)
from quietlegs.domain.records import Night

BERLIN = ZoneInfo("Europe/Berlin")  # 2026: clocks forward 29 Mar 02:00→03:00, back 25 Oct 03:00→02:00


def logged(d: date, bed: datetime, up: datetime) -> Night:
    return Night(night_of=d, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=up, out_of_bed=up)


N19 = logged(date(2026, 11, 19), datetime(2026, 11, 19, 22, 30), datetime(2026, 11, 20, 7, 0))
N20 = logged(date(2026, 11, 20), datetime(2026, 11, 20, 23, 0), datetime(2026, 11, 21, 6, 50))
NIGHTS = nights_by_date([N19, N20])
MON_30 = date(2026, 11, 30)


# ---------------------------------------------------------------------- placing an event

def test_an_evening_intervention_is_before_bed_of_that_night():
    p = place_event(datetime(2026, 11, 20, 21, 30), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.BEFORE_BED


def test_morning_coffee_after_getting_up_counts_for_the_coming_night():
    p = place_event(datetime(2026, 11, 20, 8, 0), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.BEFORE_BED


def test_heat_for_a_cramp_at_3am_is_during_the_night():
    p = place_event(datetime(2026, 11, 21, 3, 0), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.DURING_NIGHT


def test_midnight_is_in_the_night_that_began_the_evening_before():
    p = place_event(datetime(2026, 11, 21, 0, 0), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.DURING_NIGHT
    assert place_event(datetime(2026, 11, 20, 23, 59), NIGHTS).night_of == date(2026, 11, 20)


def test_the_exact_moment_of_getting_up_starts_the_next_night():
    assert place_event(N19.out_of_bed, NIGHTS).night_of == date(2026, 11, 20)
    assert place_event(datetime(2026, 11, 20, 6, 59), NIGHTS).phase is Phase.DURING_NIGHT


def test_the_exact_moment_of_getting_into_bed_is_during_the_night():
    assert place_event(N20.in_bed, NIGHTS).phase is Phase.DURING_NIGHT


def test_an_unlogged_previous_night_ends_at_noon():
    nights = nights_by_date([N20])  # the 19th was not logged
    assert place_event(datetime(2026, 11, 20, 11, 59), nights).night_of == date(2026, 11, 19)
    assert place_event(datetime(2026, 11, 20, 11, 59), nights).phase is Phase.NOT_LOGGED
    assert place_event(datetime(2026, 11, 20, 12, 0), nights).night_of == date(2026, 11, 20)
    assert night_start(date(2026, 11, 20), nights) == datetime(2026, 11, 20, 12, 0)


def test_a_late_sleeper_after_noon_still_belongs_to_the_night():
    late = logged(date(2026, 11, 20), datetime(2026, 11, 21, 4, 0), datetime(2026, 11, 21, 13, 30))
    nights = nights_by_date([late])
    assert place_event(datetime(2026, 11, 21, 13, 0), nights).night_of == date(2026, 11, 20)
    assert place_event(datetime(2026, 11, 21, 13, 0), nights).phase is Phase.DURING_NIGHT
    assert place_event(datetime(2026, 11, 21, 14, 0), nights).night_of == date(2026, 11, 21)


def test_the_spring_change_leaves_the_rule_on_the_wall_clock():
    # An unlogged night across the change still ends at noon on the clock, 23 real hours later.
    d = date(2026, 3, 28)
    assert night_end(d, {}) == datetime(2026, 3, 29, 12, 0)
    assert elapsed_min(night_start(d, {}), night_end(d, {}), BERLIN) == 23 * 60
    night = logged(d, datetime(2026, 3, 28, 23, 0), datetime(2026, 3, 29, 7, 0))
    nights = nights_by_date([night])
    # 02:30 never showed on a clock that night; typed anyway, it is kept and lies in the night.
    at = time_in_night(d, time(2, 30), nights)
    assert at == datetime(2026, 3, 29, 2, 30)
    assert place_event(at, nights).phase is Phase.DURING_NIGHT
    assert place_event(datetime(2026, 3, 29, 3, 0), nights).night_of == d


def test_the_autumn_change_places_both_half_past_twos_in_the_night():
    d = date(2026, 10, 24)
    night = logged(d, datetime(2026, 10, 24, 23, 0), datetime(2026, 10, 25, 7, 0))
    nights = nights_by_date([night])
    first, second = datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 2, 30, fold=1)  # the clock read it twice
    for at in (first, second):
        assert place_event(at, nights) == place_event(first, nights)
        assert place_event(at, nights).night_of == d and place_event(at, nights).phase is Phase.DURING_NIGHT
    assert time_in_night(d, time(2, 30), nights) == first
    assert elapsed_min(night.in_bed, night.out_of_bed, BERLIN) == 9 * 60  # an hour longer than it reads


# ---------------------------------------------------------------------- a clock typed for a night

def test_half_past_two_typed_for_monday_night_is_tuesday_morning():
    assert time_in_night(MON_30, time(2, 30), {}) == datetime(2026, 12, 1, 2, 30)
    mon = logged(MON_30, datetime(2026, 11, 30, 23, 0), datetime(2026, 12, 1, 7, 0))
    assert time_in_night(MON_30, time(2, 30), nights_by_date([mon])) == datetime(2026, 12, 1, 2, 30)


def test_an_evening_clock_is_on_the_nights_own_date():
    assert time_in_night(MON_30, time(21, 0), {}) == datetime(2026, 11, 30, 21, 0)
    assert time_in_night(MON_30, time(23, 59), {}) == datetime(2026, 11, 30, 23, 59)


def test_midnight_typed_for_a_night_is_the_start_of_the_next_day():
    assert time_in_night(MON_30, time(0, 0), {}) == datetime(2026, 12, 1, 0, 0)


def test_noon_is_the_edge_of_an_unlogged_night():
    assert time_in_night(MON_30, time(11, 59), {}) == datetime(2026, 12, 1, 11, 59)  # still that night
    assert time_in_night(MON_30, time(12, 0), {}) == datetime(2026, 11, 30, 12, 0)  # its afternoon


def test_four_in_the_morning_is_in_the_night():
    assert time_in_night(MON_30, time(4, 0), {}) == datetime(2026, 12, 1, 4, 0)


def test_a_night_that_ended_after_noon_keeps_its_late_morning():
    late = logged(MON_30, datetime(2026, 12, 1, 3, 0), datetime(2026, 12, 1, 13, 0))
    nights = nights_by_date([late])
    assert time_in_night(MON_30, time(12, 30), nights) == datetime(2026, 12, 1, 12, 30)
    assert place_event(datetime(2026, 12, 1, 12, 30), nights).phase is Phase.DURING_NIGHT
    assert time_in_night(MON_30, time(13, 0), nights) == datetime(2026, 11, 30, 13, 0)  # the afternoon before


def test_a_morning_after_the_previous_night_ended_is_before_bed():
    # Sunday's night ended at 07:00 on Monday: a stretch at 08:00 for Monday's night is Monday 08:00.
    sun = logged(date(2026, 11, 29), datetime(2026, 11, 29, 23, 0), datetime(2026, 11, 30, 7, 0))
    mon = logged(MON_30, datetime(2026, 11, 30, 23, 0), datetime(2026, 12, 1, 6, 30))
    nights = nights_by_date([sun, mon])
    at = time_in_night(MON_30, time(8, 0), nights)
    assert at == datetime(2026, 11, 30, 8, 0)
    assert place_event(at, nights) == place_event(datetime(2026, 11, 30, 8, 0), nights)
    assert place_event(at, nights).phase is Phase.BEFORE_BED


def test_times_after_midnight_land_on_the_next_morning():
    bed, lights, wake, up = resolve_night_clocks(date(2026, 11, 20), time(23, 50), time(0, 20), time(6, 45), time(7, 0))
    assert bed == datetime(2026, 11, 20, 23, 50)
    assert lights == datetime(2026, 11, 21, 0, 20)
    assert wake == datetime(2026, 11, 21, 6, 45)
    assert up == datetime(2026, 11, 21, 7, 0)


def test_a_bedtime_after_midnight_belongs_to_the_previous_evening():
    bed, lights, *_ = resolve_night_clocks(date(2026, 11, 20), time(1, 10), time(1, 15), time(8, 0), time(8, 30))
    assert bed == datetime(2026, 11, 21, 1, 10)
    assert night_of_for_bedtime(bed) == date(2026, 11, 20)


# ---------------------------------------------------------------------- which night now is about

def test_a_night_logged_at_four_in_the_morning_is_last_night():
    assert night_to_log(datetime(2026, 11, 21, 4, 0)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 0, 0)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 9, 0)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 17, 59)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 18, 0)) == date(2026, 11, 21)


def test_evening_buttons_in_the_morning_are_about_last_evening():
    for clock in (time(0, 30), time(4, 0), time(7, 0), time(11, 59)):
        target = evening_target(datetime.combine(date(2026, 11, 21), clock), NIGHTS)
        assert (target.night_of, target.tonight) == (date(2026, 11, 20), False)
    target = evening_target(datetime(2026, 11, 21, 12, 0), NIGHTS)
    assert (target.night_of, target.tonight) == (date(2026, 11, 21), True)
    assert evening_target(datetime(2026, 11, 21, 7, 0), {}).night_of == date(2026, 11, 20)  # unlogged too


def test_evening_buttons_wait_for_a_night_that_ends_after_noon():
    late = logged(date(2026, 11, 20), datetime(2026, 11, 21, 3, 0), datetime(2026, 11, 21, 13, 0))
    nights = nights_by_date([late])
    assert evening_target(datetime(2026, 11, 21, 12, 30), nights).night_of == date(2026, 11, 20)
    assert evening_target(datetime(2026, 11, 21, 13, 0), nights).tonight


def test_a_past_evening_is_logged_at_nine_or_just_before_an_earlier_bedtime():
    assert evening_moment(date(2026, 11, 20), NIGHTS) == datetime(2026, 11, 20, 21, 0)
    early = logged(date(2026, 11, 20), datetime(2026, 11, 20, 20, 30), datetime(2026, 11, 21, 6, 0))
    at = evening_moment(date(2026, 11, 20), nights_by_date([early]))
    assert at == datetime(2026, 11, 20, 20, 15)
    assert place_event(at, nights_by_date([early])).phase is Phase.BEFORE_BED


# ---------------------------------------------------------------------- properties

@st.composite
def journals_and_moments(draw):
    """A run of nights, some logged (bedtime in the night's window, up to 20 h in bed, never
    overlapping the next), and a moment somewhere among them; some runs cross a DST change."""
    first = draw(st.sampled_from([date(2026, 3, 1), date(2026, 3, 25), date(2026, 10, 21), date(2026, 11, 26)]))
    nights, free_from = [], datetime.combine(first - timedelta(days=1), time(12))
    for day in range(draw(st.integers(3, 12))):
        night_of = first + timedelta(days=day)
        if draw(st.booleans()):
            earliest = max(window_start(night_of), free_from)
            room = int((window_end(night_of) - earliest).total_seconds() // 60)
            bed = earliest + timedelta(minutes=draw(st.integers(0, room - 1)))
            up = bed + timedelta(minutes=draw(st.integers(1, 20 * 60)))
            nights.append(logged(night_of, bed, up))
            free_from = up
        else:
            free_from = max(free_from, window_end(night_of))
    span = (len(nights) + 4) * 24 * 60
    at = datetime.combine(first - timedelta(days=1), time(0)) + timedelta(minutes=draw(st.integers(0, span)))
    return nights_by_date(nights), at, first


def _owners(by_date, at, first):
    return [d for d in (first + timedelta(days=i) for i in range(-8, 25))
            if night_start(d, by_date) <= at < night_end(d, by_date)]


@given(journals_and_moments())
def test_an_event_belongs_to_the_one_night_whose_span_holds_it(case):
    by_date, at, first = case
    owners = _owners(by_date, at, first)
    assert place_event(at, by_date).night_of == owners[0] and len(owners) == 1
    assert owners[0] in candidate_nights(at)  # so a change at ``at`` touches only these


@given(journals_and_moments(), st.lists(st.integers(-3 * 24 * 60, 3 * 24 * 60), max_size=20))
def test_the_bulk_placer_gives_the_simple_rules_answers(case, offsets):
    by_date, at, _ = case
    placer = NightPlacer(by_date.values())
    edges = [t + timedelta(minutes=m) for n in by_date.values() for t in (n.in_bed, n.out_of_bed) for m in (-1, 0, 1)]
    for moment in [at, *(at + timedelta(minutes=m) for m in offsets), *edges]:
        assert placer.place(moment) == place_event(moment, by_date)
        assert placer.night_of(moment) == night_of_event(moment, by_date)


@given(journals_and_moments(), st.integers(0, 24 * 60 - 1))
def test_a_typed_clock_lands_in_the_night_being_edited_whenever_it_can(case, minute):
    by_date, at, _ = case
    night_of = place_event(at, by_date).night_of
    clock = time(minute // 60, minute % 60)
    night = by_date.get(night_of - timedelta(days=1))
    if night is not None and minute % 2:  # half the time, just after the night before ended
        clock = (night.out_of_bed + timedelta(minutes=minute % 180)).time()
    chosen = time_in_night(night_of, clock, by_date)
    assert chosen.time() == clock
    readings = [datetime.combine(night_of + timedelta(days=k), clock) for k in (0, 1)]
    assert chosen in readings
    if any(night_of_event(r, by_date) == night_of for r in readings):
        assert night_of_event(chosen, by_date) == night_of


@given(journals_and_moments(), st.integers(-3, 3), st.integers(0, 3))
def test_a_range_of_nights_finds_its_events_in_its_window(case, shift, length):
    by_date, at, first = case
    period = NightRange(first + timedelta(days=shift), first + timedelta(days=shift + length))
    owner = night_of_event(at, by_date)
    lo, hi = period.events_window()
    if period.holds(owner):
        assert lo <= at < hi
    if period.surely_holds(at):
        assert period.holds(owner)
