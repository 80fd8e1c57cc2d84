"""Rules of a night: when night D begins and ends, and where a clock time lands.

*Night of D* is the night that began on the evening of date D. It ends at its ``out_of_bed``
time; an unlogged night D ends at D+1 12:00. ``in_bed`` lies between D 12:00 and D+1 12:00.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from quietlegs.domain.records import Night

NOON = time(12, 0)
MAX_TIME_IN_BED = timedelta(hours=20)


def window_start(night_of: date) -> datetime:
    """The earliest ``in_bed`` a night of ``night_of`` may have: noon of that date."""
    return datetime.combine(night_of, NOON)


def window_end(night_of: date) -> datetime:
    """The latest ``in_bed`` (exclusive), and the end of the night when it is not logged."""
    return datetime.combine(night_of + timedelta(days=1), NOON)


def night_end(night_of: date, nights: Mapping[date, Night]) -> datetime:
    """When night ``night_of`` ended: its ``out_of_bed``, or D+1 12:00 when not logged."""
    night = nights.get(night_of)
    return night.out_of_bed if night is not None else window_end(night_of)


def night_of_for_bedtime(in_bed: datetime) -> date:
    """The night a bedtime starts: before noon it belongs to the previous evening's night."""
    return in_bed.date() if in_bed.time() >= NOON else in_bed.date() - timedelta(days=1)


def night_to_log(now: datetime) -> date:
    """Which night a check-in at ``now`` is about.

    Until 18:00 it is last night, the one that began yesterday evening (also at 4 a.m.).
    From 18:00 on it is tonight, the night that begins today.
    """
    if now.time() >= time(18, 0):
        return now.date()
    return now.date() - timedelta(days=1)


def clock_on_or_after(clock: time, not_before: datetime) -> datetime:
    """The first moment at or after ``not_before`` whose wall clock reads ``clock``."""
    candidate = datetime.combine(not_before.date(), clock)
    if candidate < not_before:
        candidate += timedelta(days=1)
    return candidate


def resolve_night_clocks(
    night_of: date, in_bed: time, lights_out: time, final_wake: time, out_of_bed: time
) -> tuple[datetime, datetime, datetime, datetime]:
    """Turn the four clock readings of a diary entry into dated times.

    The bedtime lands in the night's window (from D 12:00 to D+1 12:00), so 23:10 is the
    evening of D and 00:40 the early morning of D+1; each later reading is the first such
    clock time at or after the one before. A person typing times never thinks about dates.
    """
    bed = datetime.combine(night_of, in_bed)
    if in_bed < NOON:
        bed += timedelta(days=1)
    lights = clock_on_or_after(lights_out, bed)
    wake = clock_on_or_after(final_wake, lights)
    up = clock_on_or_after(out_of_bed, wake)
    return bed, lights, wake, up
