from datetime import date, datetime

from quietlegs.domain.pairing import Phase, nights_by_date, place_event
from quietlegs.domain.records import Night


def logged(d: date, bed: datetime, up: datetime) -> Night:
    return Night(night_of=d, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=up, out_of_bed=up)


N19 = logged(date(2026, 11, 19), datetime(2026, 11, 19, 22, 30), datetime(2026, 11, 20, 7, 0))
N20 = logged(date(2026, 11, 20), datetime(2026, 11, 20, 23, 0), datetime(2026, 11, 21, 6, 50))
NIGHTS = nights_by_date([N19, N20])


def test_an_evening_intervention_is_before_bed_of_that_night():
    p = place_event(datetime(2026, 11, 20, 21, 30), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.BEFORE_BED


def test_morning_coffee_after_getting_up_counts_for_the_coming_night():
    p = place_event(datetime(2026, 11, 20, 8, 0), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.BEFORE_BED


def test_heat_for_a_cramp_at_3am_is_during_the_night():
    p = place_event(datetime(2026, 11, 21, 3, 0), NIGHTS)
    assert p.night_of == date(2026, 11, 20) and p.phase is Phase.DURING_NIGHT


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


def test_a_late_sleeper_after_noon_still_belongs_to_the_night():
    late = logged(date(2026, 11, 20), datetime(2026, 11, 21, 4, 0), datetime(2026, 11, 21, 13, 30))
    nights = nights_by_date([late])
    assert place_event(datetime(2026, 11, 21, 13, 0), nights) .night_of == date(2026, 11, 20)
    assert place_event(datetime(2026, 11, 21, 13, 0), nights).phase is Phase.DURING_NIGHT
    assert place_event(datetime(2026, 11, 21, 14, 0), nights).night_of == date(2026, 11, 21)
