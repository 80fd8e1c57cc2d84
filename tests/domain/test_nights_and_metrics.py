"""Sleep metrics of a night, honest across daylight-saving changes (the night rule itself: test_night_rule.py)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from quietlegs.domain.metrics import sleep_efficiency, time_in_bed_min, total_sleep_min
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
