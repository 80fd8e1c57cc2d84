"""Regimens in the journal: the part of :class:`~quietlegs.storage.repository.Journal` that keeps
them and their skipped nights (a mixin, like the milestones). Every public method is one
transaction; logging an evening's regimen (its doses as ordinary interventions, and the nights
skipped) is one too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quietlegs.domain.records import Intervention
from quietlegs.domain.regimens import Regimen, days_code, parse_days, validate_regimen
from quietlegs.domain.validation import InvalidRecord, validate_intervention
from quietlegs.storage import convert
from quietlegs.storage.errors import NotFound
from quietlegs.storage.orm import InterventionRow, KindRow, RegimenRow, RegimenSkipRow


def regimen_from_row(r: RegimenRow, skipped: Iterable[date] = ()) -> Regimen:
    return Regimen(id=r.id, kind=r.kind, days=parse_days(r.days),
                   clock=time.fromisoformat(r.clock) if r.clock else None, before_bed_min=r.before_bed_min,
                   amount=r.amount, unit=r.unit or None, started_on=r.started_on, ended_on=r.ended_on,
                   notes=r.notes or "", skipped=frozenset(skipped))


def regimen_onto_row(m: Regimen, r: RegimenRow) -> None:
    r.kind, r.days = m.kind, days_code(m.days)
    r.clock = m.clock.strftime("%H:%M") if m.clock is not None else None
    r.before_bed_min, r.amount, r.unit = m.before_bed_min, m.amount, (m.unit or "").strip() or None
    r.started_on, r.ended_on, r.notes = m.started_on, m.ended_on, m.notes or ""


def _skips_of(s: Session, ids: list[str] | None = None) -> dict[str, set[date]]:
    q = select(RegimenSkipRow.regimen_id, RegimenSkipRow.night_of)
    if ids is not None:
        q = q.where(RegimenSkipRow.regimen_id.in_(ids))
    out: dict[str, set[date]] = {}
    for regimen_id, night_of in s.execute(q):
        out.setdefault(regimen_id, set()).add(night_of)
    return out


def _get(s: Session, regimen_id: str) -> Regimen | None:
    row = s.get(RegimenRow, regimen_id)
    return regimen_from_row(row, _skips_of(s, [regimen_id]).get(regimen_id, ())) if row is not None else None


def _put(s: Session, item: Regimen) -> None:
    """Store ``item`` whole: the row and exactly its skipped nights."""
    row = s.get(RegimenRow, item.id)
    if row is None:
        row = RegimenRow(id=item.id)
        s.add(row)
    regimen_onto_row(item, row)
    s.flush()
    s.execute(delete(RegimenSkipRow).where(RegimenSkipRow.regimen_id == item.id))
    for night_of in sorted(item.skipped):
        s.add(RegimenSkipRow(regimen_id=item.id, night_of=night_of))


class RegimenStore:
    """Mixed into ``Journal``, which provides ``_session()``."""

    def _session(self) -> Session:  # pragma: no cover - provided by Journal
        raise NotImplementedError

    def regimens(self) -> list[Regimen]:
        """Every regimen, ended ones too (past nights are judged by them), oldest first."""
        with self._session() as s:
            skips = _skips_of(s)
            rows = s.scalars(select(RegimenRow).order_by(RegimenRow.started_on, RegimenRow.kind, RegimenRow.id))
            return [regimen_from_row(r, skips.get(r.id, ())) for r in rows]

    def save_regimens(self, items: Iterable[Regimen]) -> list[Regimen | None]:
        """Add or replace (by id) regimens, all or none, returning what each replaced; a bad one
        raises ``InvalidRecord`` naming the field, and changes nothing."""
        items = list(items)
        with self._session() as s, s.begin():
            kinds = set(s.scalars(select(KindRow.slug)))
            for item in items:
                errors = validate_regimen(item, kinds)
                if errors:
                    raise InvalidRecord(errors)
            previous = [_get(s, item.id) for item in items]
            for item in items:
                _put(s, item)
            return previous

    def delete_regimen(self, regimen_id: str) -> Regimen:
        """Delete a regimen and its skipped nights (the doses logged stay: they are interventions)."""
        with self._session() as s, s.begin():
            item = _get(s, regimen_id)
            if item is None:
                raise NotFound("That regimen is no longer in the journal.")
            s.execute(delete(RegimenSkipRow).where(RegimenSkipRow.regimen_id == regimen_id))
            s.delete(s.get(RegimenRow, regimen_id))
            return item

    def log_regimen(self, add: Iterable[Intervention], remove: Iterable[str] = (),
                    skip: Iterable[tuple[str, date]] = (), unskip: Iterable[tuple[str, date]] = ()) -> None:
        """One evening's regimen in one transaction: the doses ``add``-ed as interventions, those
        with ids ``remove`` taken out again (an undo), and the ``(regimen id, night)`` pairs
        ``skip``-ped or ``unskip``-ped. Any bad record raises ``InvalidRecord`` (a regimen no
        longer there: ``NotFound``) and nothing changes."""
        add, skip, unskip = list(add), list(skip), list(unskip)
        with self._session() as s, s.begin():
            kinds = set(s.scalars(select(KindRow.slug)))
            for item in add:
                errors = validate_intervention(item, kinds)
                if errors:
                    raise InvalidRecord(errors)
            for item_id in remove:
                row = s.get(InterventionRow, item_id)
                if row is not None:
                    s.delete(row)
            for item in add:
                row = s.get(InterventionRow, item.id) or InterventionRow(id=item.id)
                convert.intervention_onto_row(item, row)
                s.add(row)
            for regimen_id, night_of in unskip:
                s.execute(delete(RegimenSkipRow).where(RegimenSkipRow.regimen_id == regimen_id,
                                                       RegimenSkipRow.night_of == night_of))
            for regimen_id, night_of in skip:
                if s.get(RegimenRow, regimen_id) is None:
                    raise NotFound("That regimen is no longer in the journal.")
                if s.get(RegimenSkipRow, (regimen_id, night_of)) is None:
                    s.add(RegimenSkipRow(regimen_id=regimen_id, night_of=night_of))

    @staticmethod
    def _upsert_regimens(s: Session, items) -> None:
        for item in items:
            _put(s, item)

    @staticmethod
    def _delete_all_regimens(s: Session) -> None:
        s.execute(delete(RegimenSkipRow))
        s.execute(delete(RegimenRow))
