"""Sleep metrics of a night (DESIGN.md): time in bed, total sleep, sleep efficiency."""

from __future__ import annotations

from datetime import tzinfo

from quietlegs.domain.localtime import elapsed_min
from quietlegs.domain.records import Night


def time_in_bed_min(night: Night, tz: tzinfo | None = None) -> float:
    """TIB = out_of_bed − in_bed."""
    return elapsed_min(night.in_bed, night.out_of_bed, tz)


def total_sleep_min(night: Night, tz: tzinfo | None = None) -> float:
    """TST = (final_wake − lights_out) − sleep_latency − waso, never below zero."""
    span = elapsed_min(night.lights_out, night.final_wake, tz)
    return max(0.0, span - night.sleep_latency_min - night.wake_after_sleep_onset_min)


def sleep_efficiency(night: Night, tz: tzinfo | None = None) -> float | None:
    """SE = 100 × TST / TIB, in percent; ``None`` for a night with no time in bed."""
    tib = time_in_bed_min(night, tz)
    if tib <= 0:
        return None
    return 100.0 * total_sleep_min(night, tz) / tib
