"""Milestones in the journal: the part of :class:`~quietlegs.storage.repository.Journal` that keeps
them (a mixin, like the appointments). Every public method is one transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quietlegs.domain.milestones import Milestone, validate_milestone
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import NotFound
from quietlegs.storage.orm import MilestoneRow


def milestone_from_row(r: MilestoneRow) -> Milestone:
    return Milestone(id=r.id, date=r.date, name=r.name, kind=r.kind, notes=r.notes or "")


def milestone_onto_row(m: Milestone, r: MilestoneRow) -> None:
    r.date, r.name, r.kind, r.notes = m.date, m.name.strip(), m.kind, m.notes or ""


class MilestoneStore:
    """Mixed into ``Journal``, which provides ``_session()``."""

    def _session(self) -> Session:  # pragma: no cover - provided by Journal
        raise NotImplementedError

    def milestones(self, start: date | None = None, end: date | None = None) -> list[Milestone]:
        """Milestones dated ``start``..``end`` (inclusive, ``None`` = open), oldest first."""
        with self._session() as s:
            q = select(MilestoneRow).order_by(MilestoneRow.date, MilestoneRow.name, MilestoneRow.id)
            if start:
                q = q.where(MilestoneRow.date >= start)
            if end:
                q = q.where(MilestoneRow.date <= end)
            return [milestone_from_row(r) for r in s.scalars(q)]

    def save_milestone(self, item: Milestone) -> Milestone | None:
        """Add or replace (by id) a milestone, returning the one it replaced; a bad one raises
        ``InvalidRecord`` naming the field, and changes nothing."""
        errors = validate_milestone(item)
        if errors:
            raise InvalidRecord(errors)
        with self._session() as s, s.begin():
            row = s.get(MilestoneRow, item.id)
            previous = milestone_from_row(row) if row is not None else None
            row = row or MilestoneRow(id=item.id)
            milestone_onto_row(item, row)
            s.add(row)
            return previous

    def delete_milestone(self, milestone_id: str) -> Milestone:
        with self._session() as s, s.begin():
            row = s.get(MilestoneRow, milestone_id)
            if row is None:
                raise NotFound("That milestone is no longer in the journal.")
            item = milestone_from_row(row)
            s.delete(row)
            return item

    @staticmethod
    def _upsert_milestones(s: Session, items) -> None:
        for item in items:
            row = s.get(MilestoneRow, item.id)
            if row is None:
                row = MilestoneRow(id=item.id)
                s.add(row)
            milestone_onto_row(item, row)

    @staticmethod
    def _delete_all_milestones(s: Session) -> None:
        s.execute(delete(MilestoneRow))
