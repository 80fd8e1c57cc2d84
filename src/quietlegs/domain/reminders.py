"""Reminders that stay quiet once logged: when the evening and the morning reminders are due.

- The **evening** reminder (log tonight's remedies) is due from its time until midnight, for the
  night that begins that evening, while nothing is logged for it before bed yet.
- The **morning** reminder (log last night) is due from its time until 18:00 (when a check-in
  turns to tonight), for last night, while its diary entry is missing.
Each fires at most once for its night, and not while it is snoozed. A reminder whose window has
passed (the app was closed at the time) stays quiet: a late nag helps no one. Nothing here reads
the clock: ``now`` is passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain.night_rule import EVENING, evening_target

EVENING_REMINDER = "evening"
MORNING_REMINDER = "morning"
SNOOZE = timedelta(minutes=30)


@dataclass(frozen=True)
class Reminder:
    kind: str  # EVENING_REMINDER or MORNING_REMINDER
    night_of: date  # the night it is about


def window(kind: str, at: time, now: datetime) -> Reminder | None:
    """The reminder of ``kind`` set for ``at`` whose window holds ``now``, or None."""
    if kind == EVENING_REMINDER:
        if now.time() >= at:  # until midnight: after it, the evening is over
            return Reminder(kind, now.date())
        return None
    if at <= now.time() < EVENING:
        return Reminder(kind, now.date() - timedelta(days=1))
    return None


def due(kind: str, at: time | None, now: datetime, fired: set[Reminder], snoozed_until: datetime | None,
        is_logged: Callable[[Reminder], bool]) -> Reminder | None:
    """The reminder to show now, or None: set (``at``), in its window, not fired for its night yet,
    not snoozed, and its entry not logged (``is_logged`` is asked only when the rest holds: it
    reads the journal)."""
    if at is None:
        return None
    reminder = window(kind, at, now)
    if reminder is None or reminder in fired:
        return None
    if snoozed_until is not None and now < snoozed_until:
        return None
    return None if is_logged(reminder) else reminder


def asked_for(kind: str, now: datetime) -> Reminder:
    """The entry a person asks to log at ``now`` from the tray's menu: last night (the morning
    reminder's), or this evening's remedies (the evening reminder's; before noon that is the
    evening just slept after, as the "this evening" buttons have it)."""
    if kind == EVENING_REMINDER:
        return Reminder(kind, evening_target(now, {}).night_of)
    return Reminder(kind, now.date() - timedelta(days=1))
