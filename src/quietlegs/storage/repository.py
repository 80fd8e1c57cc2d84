"""The journal as the layers above see it: domain records in, domain records out.

Every public method is one transaction: a user action either happens whole or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.domain.validation import (
    InvalidRecord,
    validate_intervention,
    validate_kind,
    validate_night,
    validate_symptom,
)
from quietlegs.storage import bulk_read, convert
from quietlegs.storage.appointments_repo import AppointmentStore
from quietlegs.storage.experiments_repo import ExperimentStore
from quietlegs.storage.milestones_repo import MilestoneStore
from quietlegs.storage.regimens_repo import RegimenStore
from quietlegs.storage.errors import KindInUse, NotFound, StorageError
from quietlegs.storage.import_merge import ImportMerge
from quietlegs.storage.orm import ExperimentRow, InterventionRow, KindRow, NightRow, RegimenRow, ReliefRow, SymptomRow


class Journal(AppointmentStore, ExperimentStore, MilestoneStore, RegimenStore, ImportMerge):
    """A journal file, opened and migrated (see :func:`quietlegs.storage.open_journal`)."""

    def __init__(self, engine: Engine, path: Path):
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._held: list = []
        self._shared = threading.local()  # the session of a :meth:`reading` block, per thread

    def hold(self, resource) -> None:
        """Keep ``resource`` (e.g. the journal lock) until :meth:`close`, then ``release()`` it."""
        self._held.append(resource)

    def close(self) -> None:
        self.engine.dispose()
        while self._held:
            self._held.pop().release()

    def _session(self):
        shared = getattr(self._shared, "session", None)
        return self._sessions() if shared is None else _Lent(shared)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Every read inside the block (on this thread) shares one transaction: a read model that
        asks several questions sees one consistent journal and costs one ``BEGIN``. Only reads:
        a save inside the block raises."""
        if getattr(self._shared, "session", None) is not None:  # already inside one
            yield
            return
        with self._sessions() as s:
            self._shared.session = s
            try:
                yield
            finally:
                self._shared.session = None

    # ------------------------------------------------------------------ kinds

    def kinds(self, include_hidden: bool = True) -> list[InterventionKind]:
        with self._session() as s:
            q = select(KindRow).order_by(KindRow.category, KindRow.name)
            if not include_hidden:
                q = q.where(KindRow.hidden.is_(False))
            return [convert.kind_from_row(r) for r in s.scalars(q)]

    def kind_slugs(self) -> set[str]:
        with self._session() as s:
            return set(s.scalars(select(KindRow.slug)))

    def save_kind(self, kind: InterventionKind) -> InterventionKind | None:
        """Add or replace (by slug) a kind; returns the one it replaced."""
        errors = validate_kind(kind)
        if errors:
            raise InvalidRecord(errors)
        with self._session() as s, s.begin():
            row = s.get(KindRow, kind.slug)
            previous = convert.kind_from_row(row) if row is not None else None
            if row is None:
                row = KindRow(slug=kind.slug, builtin=False)
                s.add(row)
            convert.kind_onto_row(kind, row)
            return previous

    def kind_uses(self, slug: str) -> int:
        with self._session() as s:
            return self._kind_uses(s, slug)

    @staticmethod
    def _kind_uses(s: Session, slug: str) -> int:
        a = s.scalar(select(func.count()).select_from(InterventionRow).where(InterventionRow.kind == slug))
        b = s.scalar(select(func.count()).select_from(ReliefRow).where(ReliefRow.kind == slug))
        # A planned experiment names its kind too: deleting it would leave an experiment the
        # journal file could not be read back with (experiments[i]: kind unknown).
        c = s.scalar(select(func.count()).select_from(ExperimentRow).where(ExperimentRow.kind == slug))
        # So does a regimen (regimens[i]: kind unknown, likewise).
        d = s.scalar(select(func.count()).select_from(RegimenRow).where(RegimenRow.kind == slug))
        return int(a or 0) + int(b or 0) + int(c or 0) + int(d or 0)

    def delete_kind(self, slug: str) -> InterventionKind:
        with self._session() as s, s.begin():
            row = s.get(KindRow, slug)
            if row is None:
                raise NotFound(f"There is no kind {slug!r}.")
            uses = self._kind_uses(s, slug)
            if uses:
                raise KindInUse(slug, uses)
            if row.builtin:
                raise StorageError(f"{row.name} is built in, so it cannot be deleted. Hide it instead.")
            kind = convert.kind_from_row(row)
            s.delete(row)
            return kind

    # ------------------------------------------------------------------ nights

    def nights(self, start: date | None = None, end: date | None = None) -> list[Night]:
        with self._session() as s:
            q = select(NightRow).order_by(NightRow.night_of)
            if start:
                q = q.where(NightRow.night_of >= start)
            if end:
                q = q.where(NightRow.night_of <= end)
            return [convert.night_from_row(r) for r in s.scalars(q)]

    def night(self, night_of: date) -> Night | None:
        with self._session() as s:
            row = s.scalar(select(NightRow).where(NightRow.night_of == night_of))
            return convert.night_from_row(row) if row else None

    def night_by_id(self, night_id: str) -> Night | None:
        with self._session() as s:
            row = s.get(NightRow, night_id)
            return convert.night_from_row(row) if row else None

    def recent_nights(self, count: int, before: date | None = None) -> list[Night]:
        """The ``count`` latest nights (before ``before`` if given), newest first."""
        with self._session() as s:
            q = select(NightRow).order_by(NightRow.night_of.desc()).limit(count)
            if before:
                q = q.where(NightRow.night_of < before)
            return [convert.night_from_row(r) for r in s.scalars(q)]

    def night_dates(self) -> list[date]:
        with self._session() as s:
            return list(s.scalars(select(NightRow.night_of).order_by(NightRow.night_of)))

    def _neighbours(self, s: Session, night: Night) -> list[Night]:
        lo, hi = night.night_of - timedelta(days=2), night.night_of + timedelta(days=2)
        rows = s.scalars(select(NightRow).where(NightRow.night_of.between(lo, hi)))
        return [convert.night_from_row(r) for r in rows]

    def save_night(self, night: Night) -> Night | None:
        """Add or replace (by id) a diary entry, after checking it against its neighbours;
        returns the entry it replaced."""
        with self._session() as s, s.begin():
            errors = validate_night(night, self._neighbours(s, night))
            if errors:
                raise InvalidRecord(errors)
            row = s.get(NightRow, night.id)
            previous = convert.night_from_row(row) if row is not None else None
            row = row or NightRow(id=night.id)
            convert.night_onto_row(night, row)
            s.add(row)
            return previous

    def delete_night(self, night_id: str) -> Night:
        with self._session() as s, s.begin():
            row = s.get(NightRow, night_id)
            if row is None:
                raise NotFound("That night is no longer in the journal.")
            night = convert.night_from_row(row)
            s.delete(row)
            return night

    # ------------------------------------------------------------------ symptoms

    def symptoms(self, start_at: datetime | None = None, end_at: datetime | None = None) -> list[SymptomEvent]:
        with self._session() as s:
            q = select(SymptomRow).order_by(SymptomRow.at)
            if start_at:
                q = q.where(SymptomRow.at >= start_at)
            if end_at:
                q = q.where(SymptomRow.at < end_at)
            return [convert.symptom_from_row(r) for r in s.scalars(q)]

    def save_symptom(self, event: SymptomEvent) -> SymptomEvent | None:  # returns the one it replaced
        with self._session() as s, s.begin():
            errors = validate_symptom(event, s.scalars(select(KindRow.slug)).all())
            if errors:
                raise InvalidRecord(errors)
            row = s.get(SymptomRow, event.id)
            previous = convert.symptom_from_row(row) if row is not None else None
            row = row or SymptomRow(id=event.id)
            convert.symptom_onto_row(event, row)
            s.add(row)
            return previous

    def delete_symptom(self, event_id: str) -> SymptomEvent:
        with self._session() as s, s.begin():
            row = s.get(SymptomRow, event_id)
            if row is None:
                raise NotFound("That symptom is no longer in the journal.")
            event = convert.symptom_from_row(row)
            s.delete(row)
            return event

    # ------------------------------------------------------------------ interventions

    def interventions(self, start_at: datetime | None = None, end_at: datetime | None = None) -> list[Intervention]:
        with self._session() as s:
            q = select(InterventionRow).order_by(InterventionRow.at)
            if start_at:
                q = q.where(InterventionRow.at >= start_at)
            if end_at:
                q = q.where(InterventionRow.at < end_at)
            return [convert.intervention_from_row(r) for r in s.scalars(q)]

    def save_intervention(self, item: Intervention) -> Intervention | None:  # returns the one it replaced
        with self._session() as s, s.begin():
            errors = validate_intervention(item, s.scalars(select(KindRow.slug)).all())
            if errors:
                raise InvalidRecord(errors)
            row = s.get(InterventionRow, item.id)
            previous = convert.intervention_from_row(row) if row is not None else None
            row = row or InterventionRow(id=item.id)
            convert.intervention_onto_row(item, row)
            s.add(row)
            return previous

    def delete_intervention(self, item_id: str) -> Intervention:
        with self._session() as s, s.begin():
            row = s.get(InterventionRow, item_id)
            if row is None:
                raise NotFound("That intervention is no longer in the journal.")
            item = convert.intervention_from_row(row)
            s.delete(row)
            return item

    def last_intervention(self, kind: str) -> Intervention | None:
        """The latest use of ``kind``: its dose is the one the user is likely to take again.

        The kinds asked about were mostly used lately (the evening's buttons): the newest uses
        are searched first through the time index (``kind || ''`` keeps SQLite off the kind
        index, which would sort all of a kind's uses, thousands in a 10-year journal: ~2 ms
        each); a kind not used in the last 90 days is then found through the kind index."""
        latest = InterventionRow.at.desc()
        with self._session() as s:
            lately = select(func.datetime(func.max(InterventionRow.at), "-90 days")).scalar_subquery()
            row = s.scalar(select(InterventionRow).where((InterventionRow.kind + "") == kind,
                                                         InterventionRow.at >= lately).order_by(latest).limit(1))
            if row is None:
                row = s.scalar(select(InterventionRow).where(InterventionRow.kind == kind).order_by(latest).limit(1))
            return convert.intervention_from_row(row) if row else None

    def last_doses(self, kinds: list[str]) -> dict[str, tuple[float | None, str | None]]:
        """The dose (amount, unit) of each kind's latest use, for those of ``kinds`` ever used: as
        :meth:`last_intervention` gives it, in one read for the kinds used in the last 90 days
        (the evening's buttons, after every save on Today) and one more per older kind."""
        if not kinds:
            return {}
        with self._session() as s:
            lately = select(func.datetime(func.max(InterventionRow.at), "-90 days")).scalar_subquery()
            # SQLite takes a max() row's other columns from that row: the latest use's dose.
            # Grouped by ``kind || ''`` too: by the column itself, SQLite walks the whole kind index
            # in its order (15,000 rows on 10 years, 3.6 ms) instead of the last 90 days (0.3 ms).
            kind = (InterventionRow.kind + "").label("kind")
            rows = s.execute(select(kind, InterventionRow.amount, InterventionRow.unit, func.max(InterventionRow.at))
                             .where(kind.in_(kinds), InterventionRow.at >= lately)
                             .group_by(kind)).all()
        doses = {kind: (amount, unit) for kind, amount, unit, _latest in rows}
        for kind in kinds:
            if kind not in doses:
                older = self.last_intervention(kind)
                if older is not None:
                    doses[kind] = (older.amount, older.unit)
        return doses

    # ------------------------------------------------------------------ whole journal

    def snapshot(self, start: date | None = None, end: date | None = None) -> JournalData:
        """Nights ``start``..``end`` (inclusive, ``None`` = open) and the events belonging to them.

        Read in one transaction with plain SQL (see :mod:`quietlegs.storage.bulk_read`): a
        10-year journal loads in about a tenth of a second.
        """
        with self.reading():  # the appointments too: one transaction
            return self._snapshot(start, end)

    def _snapshot(self, start: date | None, end: date | None) -> JournalData:
        with self._session() as s:
            cursor = s.connection().connection.driver_connection.cursor()
            try:
                kinds, nights, symptoms, interventions = bulk_read.read_period(cursor, start, end)
            finally:
                cursor.close()
        return JournalData(
            appointments=tuple(self.appointments(start, end)),
            milestones=tuple(self.milestones(start, end)),
            regimens=tuple(self.regimens()),  # a few rows: every period is judged by them
            experiments=tuple(self.experiments()) if start is None and end is None else (),
            kinds=tuple(kinds),
            nights=tuple(nights),
            symptoms=tuple(symptoms),
            interventions=tuple(interventions),
        )

    def export(self) -> JournalData:
        return self.snapshot()

    def counts(self) -> dict[str, int]:
        with self._session() as s:
            return {
                "nights": s.scalar(select(func.count()).select_from(NightRow)) or 0,
                "symptoms": s.scalar(select(func.count()).select_from(SymptomRow)) or 0,
                "interventions": s.scalar(select(func.count()).select_from(InterventionRow)) or 0,
                "kinds": s.scalar(select(func.count()).select_from(KindRow)) or 0,
                "appointments": self.appointment_count(),
            }

class _Lent:
    """The session of a :meth:`Journal.reading` block, lent to one read: leaving keeps it open."""

    def __init__(self, session: Session):
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *_exc) -> None:
        return None
