"""Which backups to keep, like Anki: all of today, one a day for two weeks, one a week for three
months, one a month after that. A pure rule: it is given ``now`` and never touches a file."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import datetime

DAILY_DAYS = 14
WEEKLY_DAYS = 91


def _bucket(made: datetime, now: datetime) -> Hashable | None:
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


def backups_to_keep(backups: Iterable[tuple[Hashable, datetime]], now: datetime) -> set[Hashable]:
    """The keys of the backups to keep, given ``(key, made_at)`` pairs; never empty if any exist.

    The newest backup of each day, week or month is kept, and the newest of all always.
    """
    items = sorted(backups, key=lambda kv: kv[1], reverse=True)
    keep: set[Hashable] = set()
    seen: set[Hashable] = set()
    for key, made in items:
        bucket = _bucket(made, now)
        if bucket is None or bucket not in seen:
            keep.add(key)
        if bucket is not None:
            seen.add(bucket)
    if items:
        keep.add(items[0][0])  # never delete the only (or the newest) copy
    return keep
