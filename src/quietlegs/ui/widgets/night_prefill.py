"""What a new diary entry starts with: the user's usual clock times, or calm defaults.

Each clock time is taken as minutes after noon of its night, so a bedtime of 23:50 and one of
00:10 average to midnight, not to noon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from statistics import median_low

from quietlegs.domain.night_rule import window_start
from quietlegs.domain.records import Night


@dataclass(frozen=True)
class NightDefaults:
    in_bed: time
    lights_out: time
    final_wake: time
    out_of_bed: time
    sleep_latency_min: int
    awakenings: int
    wake_after_sleep_onset_min: int


EMPTY_JOURNAL = NightDefaults(time(22, 30), time(22, 45), time(6, 30), time(6, 45), 15, 0, 0)


def _clock(minutes_after_noon: int, step: int = 5) -> time:
    rounded = int(round(minutes_after_noon / step) * step)
    return (datetime(2000, 1, 1, 12) + timedelta(minutes=rounded)).time()


def usual_night(recent: Sequence[Night]) -> NightDefaults:
    """The median of each item over ``recent`` nights (clock times rounded to 5 minutes)."""
    if not recent:
        return EMPTY_JOURNAL

    def offset(n: Night, dt: datetime) -> int:
        return int((dt - window_start(n.night_of)).total_seconds() // 60)

    def usual(attr: str) -> time:
        return _clock(median_low([offset(n, getattr(n, attr)) for n in recent]))

    return NightDefaults(
        in_bed=usual("in_bed"),
        lights_out=usual("lights_out"),
        final_wake=usual("final_wake"),
        out_of_bed=usual("out_of_bed"),
        sleep_latency_min=median_low([n.sleep_latency_min for n in recent]),
        awakenings=median_low([n.awakenings for n in recent]),
        wake_after_sleep_onset_min=median_low([n.wake_after_sleep_onset_min for n in recent]),
    )
