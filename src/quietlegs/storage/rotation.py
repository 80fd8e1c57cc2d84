"""Which backups to keep, like Anki: all of today, one a day for two weeks, one a week for three
months, one a month after that; and, whatever the dates say, the newest sound backup and the
fullest recent one. A pure rule: it is given facts and ``now`` and never touches a file
(``backup.thin_backups`` gathers the facts and deletes)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

DAILY_DAYS = 14
WEEKLY_DAYS = 91
# The fullest backup of the last four weeks is kept whatever its date. When a sync tool or a
# bad copy empties the journal, the backups made after it hold nothing; four weeks is long
# enough for a person who logs most mornings (and prints a report every few weeks) to notice
# before the copy that still holds the nights could be thinned away.
RECENT = timedelta(weeks=4)


@dataclass(frozen=True)
class BackupFacts:
    """What the rule knows of one backup.

    ``sound``: passed its integrity check (True), failed it (False), not checked (None; the
    gatherer checks newest first until one passes, so an unchecked backup is never newer than
    the newest sound one). ``nights``: how many nights it holds, None when it cannot be read.
    """

    key: Hashable
    made_at: datetime
    sound: bool | None = None
    nights: int | None = None


def bucket_of(made: datetime, now: datetime) -> Hashable | None:
    """The bucket a backup falls in; ``None`` for backups that are always kept."""
    age_days = (now.date() - made.date()).days
    if age_days <= 0:  # today (or a clock that was set ahead): keep every one
        return None
    if age_days <= DAILY_DAYS:
        return ("day", made.date())
    if age_days <= WEEKLY_DAYS:
        year, week, _ = made.isocalendar()
        return ("week", year, week)
    return ("month", made.year, made.month)


def _preference(f: BackupFacts) -> tuple:
    """Within a bucket: a sound backup before an unchecked one before a damaged one, then the newest."""
    return ({True: 2, None: 1, False: 0}[f.sound], f.made_at)


def newest_sound(facts: Iterable[BackupFacts]) -> BackupFacts | None:
    return max((f for f in facts if f.sound), key=lambda f: f.made_at, default=None)


def fullest_recent(facts: Iterable[BackupFacts], now: datetime) -> BackupFacts | None:
    """The sound backup holding the most nights among those of the last :data:`RECENT` (by the
    clock, or before the newest backup when the clock went back); the newest on a tie."""
    facts = list(facts)
    if not facts:
        return None
    newest = max(f.made_at for f in facts)
    recent = [f for f in facts if f.sound and f.nights is not None
              and (f.made_at >= now - RECENT or f.made_at >= newest - RECENT)]
    return max(recent, key=lambda f: (f.nights, f.made_at), default=None)


def backups_to_keep(backups: Iterable[BackupFacts], now: datetime) -> set[Hashable]:
    """The keys of the backups to keep; never empty if any exist.

    The best backup of each day, week or month is kept (a sound one before a damaged one, then
    the newest), and always: the newest of all, the newest sound one and the fullest recent one.
    """
    facts = list(backups)
    best: dict[Hashable, BackupFacts] = {}
    keep: set[Hashable] = set()
    for f in facts:
        bucket = bucket_of(f.made_at, now)
        if bucket is None:
            keep.add(f.key)
        elif bucket not in best or _preference(f) > _preference(best[bucket]):
            best[bucket] = f
    keep.update(f.key for f in best.values())
    if facts:
        keep.add(max(facts, key=lambda f: f.made_at).key)  # never delete the only (or the newest) copy
    for sacred in (newest_sound(facts), fullest_recent(facts, now)):
        if sacred is not None:
            keep.add(sacred.key)
    return keep
