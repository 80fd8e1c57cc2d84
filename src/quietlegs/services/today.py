"""What the Today page shows for one night, read in one transaction: its diary entry, or the
prefill for a new one (the user's usual clock times, or calm defaults), its symptoms and
interventions (each with its phase: before bed or during the night), the kinds' names, and
whether the journal is still empty (the first-start welcome).

A new entry's clock times are each taken as minutes after noon of its night, so a bedtime of
23:50 and one of 00:10 average to midnight, not to noon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quietlegs.domain.night_rule import Phase, nights_by_date, place_event, window_start
from quietlegs.domain.records import Intervention, Night, SymptomEvent

if TYPE_CHECKING:
    from quietlegs.storage.repository import Journal

PREFILL_NIGHTS = 14  # a new entry starts from the usual of this many recent nights


def median_low(values: Sequence[int]) -> int:
    """``statistics.median_low`` (the lower middle value), without loading ``statistics``
    (and ``fractions``, ``decimal``) before Today is on screen."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


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


def prefill(journal: Journal, night_of: date) -> NightDefaults:
    """What a new entry for ``night_of`` starts with: the usual of the nights before it (or of
    the latest nights, for a night before the journal began)."""
    with journal.reading():
        recent = journal.recent_nights(PREFILL_NIGHTS, before=night_of) or journal.recent_nights(PREFILL_NIGHTS)
    return usual_night(recent)


@dataclass(frozen=True)
class TodayNight:
    night_of: date
    night: Night | None  # the stored entry, None when not logged yet
    prefill: NightDefaults | None  # for a night not logged yet (when asked for)
    symptoms: tuple[SymptomEvent, ...]
    interventions: tuple[Intervention, ...]
    phases: Mapping[str, Phase] = field(default_factory=dict)  # intervention id → before bed / in the night
    kind_names: Mapping[str, str] = field(default_factory=dict)
    journal_empty: bool = False


def read_today_night(journal: Journal, night_of: date, with_prefill: bool = True) -> TodayNight:
    """Everything Today shows for ``night_of``, in one transaction."""
    with journal.reading():
        data = journal.snapshot(night_of, night_of)
        around = journal.nights(night_of - timedelta(days=2), night_of + timedelta(days=2))
        by_date = nights_by_date(around)
        night = by_date.get(night_of)
        empty = not around and not journal.recent_nights(1)
        defaults = prefill(journal, night_of) if night is None and with_prefill else None
    return TodayNight(
        night_of=night_of, night=night, prefill=defaults,
        symptoms=tuple(data.symptoms), interventions=tuple(data.interventions),
        phases={i.id: place_event(i.at, by_date).phase for i in data.interventions},
        kind_names={k.slug: k.name for k in data.kinds}, journal_empty=empty,
    )


def first_view(journal_path: Path, night_of: date) -> TodayNight | None:
    """Today's view of ``night_of`` read without opening the journal for real (no SQLAlchemy,
    no checks, nothing written; :mod:`quietlegs.storage.quick_read`), so the window can show it
    at once; ``None`` when only the full opening may read this journal. The opening, with every
    check, follows before anything is saved."""
    from quietlegs.storage.quick_read import QuickReadFailed, open_quick

    journal = open_quick(journal_path)
    if journal is None:
        return None
    try:
        return read_today_night(journal, night_of)
    except QuickReadFailed:
        return None
    finally:
        journal.close()
