"""Milestones: dated events that matter ("stopped kratom", "started iron", "dry needling course
began"), the day count since each, and what the background articles say to expect at that stage.

A milestone has an optional ``kind`` that says which timeline applies:
- ``stopped``: stopping a substance or medicine. Withdrawal symptoms usually begin within 24–48
  hours, peak at 48–72 hours and ease over days to weeks (rls-during-kratom-withdrawal.txt).
- ``started``: starting a remedy or medicine; some act over weeks, not nights.
- ``therapy``: a session or course of therapy. After dry needling, soreness usually peaks within
  24–48 hours and settles by 72 (dry-needling-soreness.txt).
- ``other`` (or none): just the day count.
Dry-needling interventions count as milestones without extra typing (:func:`from_interventions`).
Nothing here reads the clock: ``today`` is passed in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from quietlegs.domain.records import Intervention
from quietlegs.domain.validation import FieldError, date_problem, text_problem

MILESTONE_KINDS: tuple[str, ...] = ("stopped", "started", "therapy", "other")
MILESTONE_KIND_LABELS: dict[str, str] = {
    "stopped": "Stopped something (withdrawal)",
    "started": "Started a remedy or medicine",
    "therapy": "Therapy session or course",
    "other": "Other",
}
MAX_MILESTONE_NAME = 80
NEEDLING_KIND = "dry_needling"
DERIVED_PREFIX = "intervention:"  # the id of a milestone that is a logged intervention


def _new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Milestone:
    date: date
    name: str
    kind: str | None = None
    notes: str = ""
    id: str = field(default_factory=_new_id)

    @property
    def derived(self) -> bool:
        """True for a milestone that is a logged intervention (edited as that intervention)."""
        return self.id.startswith(DERIVED_PREFIX)


def validate_milestone(item: Milestone) -> list[FieldError]:
    """Every problem with ``item``, each naming its field; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if not isinstance(item.date, date):
        errors.append(FieldError("date", "is required"))
    elif date_problem(item.date):
        errors.append(FieldError("date", date_problem(item.date)))
    name = item.name.strip() if isinstance(item.name, str) else ""
    if not name:
        errors.append(FieldError("name", "is required (for example \u201cstopped kratom\u201d)"))
    elif text_problem(name):
        errors.append(FieldError("name", text_problem(name)))
    elif len(name) > MAX_MILESTONE_NAME:
        errors.append(FieldError("name", f"is longer than {MAX_MILESTONE_NAME} characters"))
    if item.kind is not None and item.kind not in MILESTONE_KINDS:
        errors.append(FieldError("kind", f"must be one of {', '.join(MILESTONE_KINDS)}"))
    if not isinstance(item.notes, str):
        errors.append(FieldError("notes", "must be text"))
    elif text_problem(item.notes):
        errors.append(FieldError("notes", text_problem(item.notes)))
    return errors


def from_interventions(interventions: Iterable[Intervention], name: str = "dry needling") -> list[Milestone]:
    """Each dry-needling session as a milestone of kind ``therapy``, dated the day it happened."""
    return [Milestone(date=i.at.date(), name=name, kind="therapy", id=DERIVED_PREFIX + i.id)
            for i in interventions if i.kind == NEEDLING_KIND]


# ---------------------------------------------------------------------- day counts

@dataclass(frozen=True)
class DayCount:
    milestone: Milestone
    days: int  # whole days since the milestone's date: 0 on the day itself
    expectation: str  # what usually happens at this stage ("" when nothing is known to say)


def expectation(kind: str | None, days: int, name: str = "") -> str:
    """What the background articles say to expect ``days`` after a milestone of ``kind``."""
    if kind == "stopped":
        if days <= 1:
            return "Withdrawal symptoms, restless legs among them, usually begin within 24–48 hours."
        if days <= 3:
            return "Withdrawal symptoms usually peak at 48–72 hours: this is often the hardest stretch."
        if days <= 28:
            return "Withdrawal symptoms usually ease over days to weeks."
        return "Symptoms that linger this long are worth telling your doctor about."
    if kind == "therapy" and "needling" in name.lower():
        if days <= 2:
            return "Soreness after dry needling usually peaks within 24–48 hours and settles by 72."
        if days == 3:
            return "Needling soreness usually settles by now, about 72 hours after the session."
        return ""
    if kind == "started":
        if days < 28:
            return "Some remedies, iron among them, act over weeks: judge them over weeks, not nights."
        return ""
    return ""


def day_counts(milestones: Iterable[Milestone], today: date, within_days: int = 90, limit: int = 3) -> list[DayCount]:
    """The latest milestones up to ``today`` (at most ``limit``, none older than ``within_days``),
    the most recent first, each with its day count and what to expect. For the same name (a
    needling course) only the latest counts."""
    seen: set[str] = set()
    counts: list[DayCount] = []
    for m in sorted(milestones, key=lambda m: (m.date, m.name), reverse=True):
        days = (today - m.date).days
        key = m.name.strip().lower()
        if days < 0 or days > within_days or key in seen:
            continue
        seen.add(key)
        counts.append(DayCount(m, days, expectation(m.kind, days, m.name)))
        if len(counts) == limit:
            break
    return counts
