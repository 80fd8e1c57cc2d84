"""What Today's daily-care widgets show, read in one transaction: the red flags not yet seen and
the day counters. One read per change, and none for a change far from today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from quietlegs.domain.milestones import DayCount
from quietlegs.domain.red_flags import RedFlag
from quietlegs.services.changes import Change
from quietlegs.domain.milestones import day_counts
from quietlegs.services.milestones import NEEDLING_LOOK_BACK_DAYS, milestones_in
from quietlegs.services.red_flags import LOOK_BACK_DAYS, RECENT_DAYS, recent_red_flags_in

REACH_DAYS = max(NEEDLING_LOOK_BACK_DAYS, RECENT_DAYS + LOOK_BACK_DAYS)


@dataclass(frozen=True)
class DailyCare:
    red_flags: list[RedFlag]
    day_counts: list[DayCount]


def read_daily_care(journal, today: date) -> DailyCare:
    """One read of the last weeks, for both."""
    data = journal.snapshot(today - timedelta(days=REACH_DAYS), today)
    counted = [m for m in milestones_in(data) if (today - m.date).days <= NEEDLING_LOOK_BACK_DAYS]
    return DailyCare(recent_red_flags_in(data, today), day_counts(counted, today))


def touches_daily_care(change: Change, today: date) -> bool:
    """Whether ``change`` may alter what :func:`read_daily_care` says on ``today``: the milestones,
    the kinds (a user's kind may be a remedy), or a night of the last weeks."""
    if change.touches_milestones() or change.touches_kinds():
        return True
    first = today - timedelta(days=REACH_DAYS)
    return any(first <= night <= today + timedelta(days=1) for night in change.nights)
