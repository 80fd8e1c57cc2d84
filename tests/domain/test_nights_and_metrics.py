from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from quietlegs.domain.metrics import sleep_efficiency, time_in_bed_min, total_sleep_min
from quietlegs.domain.nights import night_of_for_bedtime, night_to_log, resolve_night_clocks
from quietlegs.domain.records import Night


def night(night_of=date(2026, 11, 20), in_bed=datetime(2026, 11, 20, 22, 40), lights=datetime(2026, 11, 20, 23, 5),
          wake=datetime(2026, 11, 21, 6, 30), up=datetime(2026, 11, 21, 6, 50), latency=25, waso=40, **kw):
    return Night(night_of=night_of, in_bed=in_bed, lights_out=lights, sleep_latency_min=latency, awakenings=2,
                 wake_after_sleep_onset_min=waso, final_wake=wake, out_of_bed=up, **kw)


def test_metrics_of_the_format_example():
    n = night()
    assert time_in_bed_min(n) == 490
    assert total_sleep_min(n) == (445 - 25 - 40)
    assert round(sleep_efficiency(n), 2) == round(100 * 380 / 490, 2)


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


def test_a_night_logged_at_four_in_the_morning_is_last_night():
    assert night_to_log(datetime(2026, 11, 21, 4, 0)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 9, 0)) == date(2026, 11, 20)
    assert night_to_log(datetime(2026, 11, 21, 21, 0)) == date(2026, 11, 21)


def test_the_spring_change_makes_the_night_an_hour_shorter():
    berlin = ZoneInfo("Europe/Berlin")  # clocks went forward at 02:00 on 2026-03-29
    n = night(night_of=date(2026, 3, 28), in_bed=datetime(2026, 3, 28, 23, 0), lights=datetime(2026, 3, 28, 23, 0),
              wake=datetime(2026, 3, 29, 7, 0), up=datetime(2026, 3, 29, 7, 0), latency=0, waso=0)
    assert time_in_bed_min(n) == 480  # what the clock says
    assert time_in_bed_min(n, berlin) == 420  # what was really spent in bed
    assert total_sleep_min(n, berlin) == 420
    assert sleep_efficiency(n, berlin) == 100


def test_the_autumn_change_makes_the_night_an_hour_longer():
    berlin = ZoneInfo("Europe/Berlin")  # clocks went back at 03:00 on 2026-10-25
    n = night(night_of=date(2026, 10, 24), in_bed=datetime(2026, 10, 24, 23, 0), lights=datetime(2026, 10, 24, 23, 0),
              wake=datetime(2026, 10, 25, 7, 0), up=datetime(2026, 10, 25, 7, 0), latency=0, waso=0)
    assert time_in_bed_min(n, berlin) == 540


def test_total_sleep_is_never_negative():
    n = night(latency=400, waso=100)
    assert total_sleep_min(n) == 0
