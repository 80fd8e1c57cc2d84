"""Whether a reminder's entry is logged yet: the one read a due reminder needs."""

from __future__ import annotations

from quietlegs.domain.night_rule import NightPlacer, Phase
from quietlegs.domain.reminders import EVENING_REMINDER, Reminder


def is_logged(journal, reminder: Reminder) -> bool:
    """Evening: something logged for that night before its bedtime (or any of its interventions,
    while the night has no diary entry yet). Morning: the night's diary entry."""
    if reminder.kind != EVENING_REMINDER:
        return journal.night(reminder.night_of) is not None
    data = journal.snapshot(reminder.night_of, reminder.night_of)
    place = NightPlacer(data.nights)
    return any(place.place(i.at).phase is not Phase.DURING_NIGHT for i in data.interventions)
