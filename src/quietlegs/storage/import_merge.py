"""Importing into the journal: the part of :class:`~quietlegs.storage.repository.Journal` that
merges a parsed file in (all or nothing, records with known ids replaced, kinds as the file says
them) or loads it in place of everything (restore). A mixin, like the appointments; which file
record is which journal record is :mod:`quietlegs.storage.import_matching`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quietlegs.domain.records import InterventionKind, JournalData
from quietlegs.storage import convert
from quietlegs.storage.import_matching import check_against_journal, matched
from quietlegs.storage.orm import InterventionRow, KindRow, NightRow, ReliefRow, SymptomRow


@dataclass(frozen=True)
class ImportCounts:
    kinds: int
    nights: int
    symptoms: int
    interventions: int
    appointments: int = 0

    def __str__(self) -> str:
        text = (f"{self.nights} nights, {self.symptoms} symptoms, {self.interventions} interventions, "
                f"{self.kinds} kinds")
        return text + (f", {self.appointments} appointments" if self.appointments else "")


class ImportMerge:
    """Mixed into ``Journal``, which provides ``_session()`` and the appointment, milestone and
    experiment stores' ``_upsert_*`` and ``_delete_all_*``."""

    def _session(self) -> Session:  # pragma: no cover - provided by Journal
        raise NotImplementedError

    def check_import(self, data: JournalData) -> None:
        """Raise :class:`InvalidRecord` if ``data`` cannot be merged into this journal (a night
        logged with another id, an overlap); writes nothing. Call it before the backup."""
        with self._session() as s:
            check_against_journal(s, matched(s, data))

    def import_data(self, data: JournalData) -> ImportCounts:
        """Merge a parsed file into the journal, all or nothing; records with known ids are replaced.

        Ids are matched whatever their case; records the file gave no id are matched by their
        content (:func:`~quietlegs.storage.import_matching.matched`), so importing the same file
        twice changes nothing.
        """
        with self._session() as s, s.begin():
            data = matched(s, data)
            check_against_journal(s, data)
            for k in data.kinds:
                row = s.get(KindRow, k.slug)
                if row is None:
                    row = KindRow(slug=k.slug, builtin=False, hidden=k.hidden)
                    s.add(row)
                _kind_from_file(k, row, data.hidden_stated)
            s.flush()
            _upsert(s, NightRow, data.nights, convert.night_onto_row)
            _upsert(s, SymptomRow, data.symptoms, convert.symptom_onto_row)
            _upsert(s, InterventionRow, data.interventions, convert.intervention_onto_row)
            self._upsert_appointments(s, data.appointments)
            self._upsert_milestones(s, data.milestones)
            self._upsert_experiments(s, data.experiments)
            self._upsert_regimens(s, data.regimens)
        return ImportCounts(len(data.kinds), len(data.nights), len(data.symptoms), len(data.interventions),
                            len(data.appointments))

    def replace_all(self, data: JournalData) -> None:
        """Empty the journal's records and load ``data`` (used by restore-from-file and tests)."""
        with self._session() as s, s.begin():
            for table in (ReliefRow, SymptomRow, InterventionRow, NightRow):
                s.execute(delete(table))
            self._delete_all_appointments(s)
            self._delete_all_milestones(s)
            self._delete_all_experiments(s)
            self._delete_all_regimens(s)
            s.execute(delete(KindRow).where(KindRow.builtin.is_(False)))
        self.import_data(data)


def _kind_from_file(k: InterventionKind, row: KindRow, hidden_stated: bool) -> None:
    """A kind listed in a file: its name and category as the file says (a built-in kind's
    category cannot differ: validation refuses that with words), and whether it is hidden when
    the file says (a CSV file does not). Its usual dose as the file says when the file gives
    one; a file that leaves the dose out keeps the journal's (a dose is a convenience for the
    forms, and a file renaming a built-in kind must not remove it). Likewise whether it acts
    slowly: a file that does not say (an older one) keeps the journal's choice."""
    amount, unit, hidden, slow = row.default_amount, row.default_unit, row.hidden, row.slow_acting
    convert.kind_onto_row(k, row)
    if k.default_amount is None and not k.default_unit:
        row.default_amount, row.default_unit = amount, unit
    if k.slow_acting is None:
        row.slow_acting = slow
    if not hidden_stated and hidden is not None:
        row.hidden = hidden


def _upsert(s: Session, row_type, records, onto) -> None:
    """Insert new records, replace those whose id is known; one look-up for all the ids."""
    ids = [r.id for r in records]
    known: set[str] = set()
    for chunk in range(0, len(ids), 500):
        known.update(s.scalars(select(row_type.id).where(row_type.id.in_(ids[chunk:chunk + 500]))))
    for record in records:
        row = s.get(row_type, record.id) if record.id in known else None
        if row is None:
            row = row_type(id=record.id)
            s.add(row)
        onto(record, row)
