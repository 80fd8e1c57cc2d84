from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quietlegs.domain.nights import night_end, window_end, window_start
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


@st.composite
def journals_and_moments(draw):
    """A run of nights, some logged (bedtime in the night's window, up to 20 h in bed, never
    overlapping the next), and a moment somewhere among them."""
    first = date(2026, 3, 1)
    nights, free_from = [], datetime(2026, 2, 28, 12, 0)
    for day in range(draw(st.integers(3, 12))):
        night_of = first + timedelta(days=day)
        if draw(st.booleans()):
            earliest = max(window_start(night_of), free_from)
            bed = earliest + timedelta(minutes=draw(st.integers(0, int((window_end(night_of) - earliest).total_seconds() // 60) - 1)))
            up = bed + timedelta(minutes=draw(st.integers(1, 20 * 60)))
            nights.append(logged(night_of, bed, up))
            free_from = up
        else:
            free_from = max(free_from, window_end(night_of))
    at = datetime(2026, 3, 1, 12, 0) + timedelta(minutes=draw(st.integers(0, (len(nights) + 2) * 24 * 60)))
    return nights_by_date(nights), at


@given(journals_and_moments())
def test_an_event_belongs_to_the_one_night_whose_span_holds_it(case):
    by_date, at = case
    owners = [d for d in (date(2026, 2, 20) + timedelta(days=i) for i in range(40))
              if night_end(d - timedelta(days=1), by_date) <= at < night_end(d, by_date)]
    assert place_event(at, by_date).night_of == owners[0] and len(owners) == 1
