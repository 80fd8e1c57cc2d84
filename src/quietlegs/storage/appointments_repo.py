"""Appointments in the journal: the part of :class:`~quietlegs.storage.repository.Journal` that
keeps them (a mixin, so callers simply say ``journal.save_appointment(...)``).

Every public method is one transaction, like the rest of the journal.
"""

from __future__ import annotations

import json
from datetime import date, time

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quietlegs.domain.appointments import validate_appointment
from quietlegs.domain.records import Appointment
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import NotFound
from quietlegs.storage.orm import AppointmentRow

_TEXT = ("with_whom", "purpose", "diagnosis", "new_medicine", "treatment_or_test", "instructions", "notes")


def appointment_from_row(r: AppointmentRow) -> Appointment:
    return Appointment(
        id=r.id, date=r.date, time=time.fromisoformat(r.time) if r.time else None,
        questions=tuple(json.loads(r.questions or "[]")), follow_up_date=r.follow_up_date,
        **{f: getattr(r, f) or "" for f in _TEXT},
    )


def appointment_onto_row(a: Appointment, r: AppointmentRow) -> None:
    r.date, r.follow_up_date = a.date, a.follow_up_date
    r.time = a.time.strftime("%H:%M") if a.time else None
    r.questions = json.dumps(list(a.questions), ensure_ascii=False)
    for f in _TEXT:
        setattr(r, f, (getattr(a, f) or "").strip() if f == "with_whom" else getattr(a, f) or "")


class AppointmentStore:
    """Mixed into ``Journal``, which provides ``_session()``."""

    def _session(self) -> Session:  # pragma: no cover - provided by Journal
        raise NotImplementedError

    def appointments(self, start: date | None = None, end: date | None = None) -> list[Appointment]:
        """Appointments dated ``start``..``end`` (inclusive, ``None`` = open), oldest first."""
        with self._session() as s:
            q = select(AppointmentRow).order_by(AppointmentRow.date, AppointmentRow.time, AppointmentRow.id)
            if start:
                q = q.where(AppointmentRow.date >= start)
            if end:
                q = q.where(AppointmentRow.date <= end)
            return [appointment_from_row(r) for r in s.scalars(q)]

    def appointment(self, appointment_id: str) -> Appointment | None:
        with self._session() as s:
            row = s.get(AppointmentRow, appointment_id)
            return appointment_from_row(row) if row else None

    def save_appointment(self, item: Appointment) -> Appointment | None:
        """Add or replace (by id) an appointment, returning the one it replaced; a bad one raises
        ``InvalidRecord`` and changes nothing."""
        errors = validate_appointment(item)
        if errors:
            raise InvalidRecord(errors)
        with self._session() as s, s.begin():
            row = s.get(AppointmentRow, item.id)
            previous = appointment_from_row(row) if row is not None else None
            row = row or AppointmentRow(id=item.id)
            appointment_onto_row(item, row)
            s.add(row)
            return previous

    def delete_appointment(self, appointment_id: str) -> Appointment:
        with self._session() as s, s.begin():
            row = s.get(AppointmentRow, appointment_id)
            if row is None:
                raise NotFound("That appointment is no longer in the journal.")
            item = appointment_from_row(row)
            s.delete(row)
            return item

    def appointment_count(self) -> int:
        with self._session() as s:
            return int(s.scalar(select(func.count()).select_from(AppointmentRow)) or 0)

    @staticmethod
    def _upsert_appointments(s: Session, items) -> None:
        for item in items:
            row = s.get(AppointmentRow, item.id)
            if row is None:
                row = AppointmentRow(id=item.id)
                s.add(row)
            appointment_onto_row(item, row)

    @staticmethod
    def _delete_all_appointments(s: Session) -> None:
        s.execute(delete(AppointmentRow))
