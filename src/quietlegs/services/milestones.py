"""Saving and deleting milestones, as undoable user actions (like :mod:`quietlegs.services.editing`),
and the day counters Today shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from quietlegs.domain.milestones import DayCount, Milestone, day_counts, from_interventions
from quietlegs.services.changes import MILESTONES
from quietlegs.services.editing import Action, Edited, deleted, saved

if TYPE_CHECKING:
    from quietlegs.storage.repository import Journal

NEEDLING_LOOK_BACK_DAYS = 90


def save_milestone(journal: Journal, item: Milestone) -> Edited:
    """Add a milestone, or replace the one with the same id."""
    previous = journal.save_milestone(item)
    return saved(item, previous, MILESTONES, Action.ADD_MILESTONE, Action.EDIT_MILESTONE, save_milestone,
                 delete_milestone)


def delete_milestone(journal: Journal, item: Milestone) -> Edited:
    return deleted(Action.DELETE_MILESTONE, journal.delete_milestone(item.id), MILESTONES, save_milestone,
                   delete_milestone)


def all_milestones(journal: Journal, start: date | None = None, end: date | None = None) -> list[Milestone]:
    """The typed milestones and the dry-needling sessions (milestones without extra typing),
    dated ``start``..``end``, oldest first."""
    return milestones_in(journal.snapshot(start, end))  # the typed milestones come with it: one transaction


def milestones_in(data) -> list[Milestone]:
    """The typed milestones of ``data`` and its dry-needling sessions, oldest first."""
    return sorted(list(data.milestones) + from_interventions(data.interventions), key=lambda m: (m.date, m.name))


class UnknownMilestone(ValueError):
    """No milestone has the id or name asked for."""


def find_milestone(milestones: list[Milestone], wanted: str) -> Milestone:
    """The milestone whose id is ``wanted``, else the latest whose name is (case aside)."""
    for m in milestones:
        if m.id == wanted:
            return m
    named = [m for m in milestones if m.name.strip().lower() == wanted.strip().lower()]
    if named:
        return max(named, key=lambda m: m.date)
    raise UnknownMilestone(f"no milestone has the id or name {wanted!r}")


def today_day_counts(journal: Journal, today: date) -> list[DayCount]:
    """What Today counts: the latest milestones of the last three months, most recent first."""
    from datetime import timedelta

    start = today - timedelta(days=NEEDLING_LOOK_BACK_DAYS)
    return day_counts(all_milestones(journal, start, today), today)
