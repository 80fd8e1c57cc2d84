"""From an app's sleep records to diary nights: the night rule decides the night; the parts of
one night become one night; naps are left out; nothing implausible is kept.

A *sleep* is one record of the source (a tracking segment, a sleep log). Sleeps are placed by
their start with the night rule (a sleep that starts at 03:34 belongs to the night before).
Within a night, sleeps that overlap or lie less than :data:`JOIN_GAP` apart (only
:data:`DAY_JOIN_GAP` for a part that begins in the day, 06:00–18:00) are parts of one sleep: the earliest start, the latest end, the gaps between them as awakenings and minutes
awake. The night's sleep is the longest of them; the others are naps. A sleep the source marks
as a nap (``nap=True``) is always one; so is a night's longest sleep when it is short and in the
day (:func:`is_day_sleep`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain.night_rule import night_of_for_bedtime
from quietlegs.domain.readers import IMPLAUSIBLE, NAP, OVERLAP, Skipped, derived_id
from quietlegs.domain.records import Night
from quietlegs.domain.validation import validate_night

JOIN_GAP = timedelta(minutes=90)  # parts of a night lie closer than this; further apart is another sleep
DAY_JOIN_GAP = timedelta(minutes=30)  # ... and a part begun in the day closer than this (a morning nap is apart)
SHORT_SLEEP = timedelta(hours=3)
DAY_STARTS, DAY_ENDS = time(6, 0), time(18, 0)


@dataclass(frozen=True)
class Sleep:
    """One record of the source, in local wall-clock time, with what it says of the night."""

    source_id: str
    in_bed: datetime
    out_of_bed: datetime
    lights_out: datetime | None = None  # None: the start (the source does not say apart)
    final_wake: datetime | None = None  # None: the end
    latency_min: int = 0
    awakenings: int = 0  # within this record
    awake_min: int = 0  # within this record, after falling asleep and before the final wake
    quality: int | None = None
    notes: str = ""
    nap: bool | None = None  # the source's own word, when it has one

    @property
    def length(self) -> timedelta:
        return self.out_of_bed - self.in_bed


def describe(start: datetime, end: datetime) -> str:
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}" if end.date() == start.date() else \
        f"{start:%Y-%m-%d %H:%M}–{end:%Y-%m-%d %H:%M}"


def is_day_sleep(start: datetime, length: timedelta) -> bool:
    """A short sleep begun in the day: a nap, even when it is the only sleep of its night."""
    return length < SHORT_SLEEP and DAY_STARTS <= start.time() < DAY_ENDS


def _clusters(sleeps: list[Sleep]) -> list[list[Sleep]]:
    out: list[list[Sleep]] = []
    end: datetime | None = None
    for s in sorted(sleeps, key=lambda s: (s.in_bed, s.out_of_bed, s.source_id)):
        gap = DAY_JOIN_GAP if DAY_STARTS <= s.in_bed.time() < DAY_ENDS else JOIN_GAP
        if out and end is not None and s.in_bed <= end + gap:
            out[-1].append(s)
            end = max(end, s.out_of_bed)
        else:
            out.append([s])
            end = s.out_of_bed
    return out


def _span(parts: list[Sleep]) -> timedelta:
    return max(p.out_of_bed for p in parts) - min(p.in_bed for p in parts)


def join_parts(source: str, night_of: date, parts: list[Sleep]) -> Night:
    """One night from the parts of one sleep (sorted by start): gaps become awakenings."""
    first = parts[0]
    last = max(parts, key=lambda p: (p.out_of_bed, p.in_bed))
    awakenings = sum(p.awakenings for p in parts)
    awake = sum(p.awake_min for p in parts)
    covered = first.out_of_bed
    for p in parts[1:]:
        if p.in_bed > covered:
            awakenings += 1
            awake += int((p.in_bed - covered).total_seconds() // 60)
        covered = max(covered, p.out_of_bed)
    lights_out = first.lights_out or first.in_bed
    final_wake = last.final_wake or last.out_of_bed
    latency = first.latency_min
    # What the parts say of themselves must fit in the time between lights out and final wake.
    room = max(0, int((final_wake - lights_out).total_seconds() // 60))
    latency = min(latency, room)
    awake = min(awake, room - latency)
    qualities = {p.quality for p in parts if p.quality is not None}
    notes = []
    for p in parts:
        if p.notes and p.notes not in notes:
            notes.append(p.notes)
    return Night(
        night_of=night_of, in_bed=first.in_bed, lights_out=lights_out, sleep_latency_min=latency,
        awakenings=awakenings, wake_after_sleep_onset_min=awake,
        final_wake=final_wake, out_of_bed=last.out_of_bed,
        quality=qualities.pop() if len(qualities) == 1 else None,
        notes="\n".join(notes), id=derived_id(source, first.source_id),
    )


def nights_from_sleeps(source: str, sleeps: Iterable[Sleep]) -> tuple[list[Night], list[Skipped], int]:
    """The nights, what was left out, and how many parts were joined into a night."""
    skipped: list[Skipped] = []
    by_night: dict[date, list[Sleep]] = {}
    for s in sleeps:
        if s.nap:
            skipped.append(Skipped(describe(s.in_bed, s.out_of_bed), NAP))
            continue
        by_night.setdefault(night_of_for_bedtime(s.in_bed), []).append(s)

    nights: list[tuple[Night, int]] = []
    for night_of in sorted(by_night):
        clusters = _clusters(by_night[night_of])
        main = max(clusters, key=lambda c: (_span(c), -c[0].in_bed.timestamp()))
        for c in clusters:
            if c is not main:
                skipped.append(Skipped(describe(c[0].in_bed, max(p.out_of_bed for p in c)), NAP, parts=len(c)))
        start = main[0].in_bed
        if is_day_sleep(start, _span(main)):
            skipped.append(Skipped(describe(start, max(p.out_of_bed for p in main)), NAP, parts=len(main)))
            continue
        night = join_parts(source, night_of, main)
        errors = validate_night(night)
        if errors:
            skipped.append(Skipped(describe(night.in_bed, night.out_of_bed), IMPLAUSIBLE, str(errors[0]),
                                   parts=len(main)))
            continue
        nights.append((night, len(main)))

    kept: list[Night] = []
    joined = 0
    for n, parts in nights:  # by night_of: a night may not begin before the one before it ended
        if kept and n.in_bed < kept[-1].out_of_bed:
            skipped.append(Skipped(describe(n.in_bed, n.out_of_bed), OVERLAP, f"the night of {kept[-1].night_of}",
                                   parts=parts))
            continue
        kept.append(n)
        joined += parts - 1
    return kept, skipped, joined
