"""Importing into a journal that already holds records: which file record is which journal
record (ids whatever their case; records without ids by content), and the rules between the
file's nights and the journal's. Used by :meth:`Journal.import_data` and :meth:`Journal.check_import`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from quietlegs.domain.records import JournalData, Night, replace
from quietlegs.domain.validation import FieldError, InvalidRecord
from quietlegs.storage import convert
from quietlegs.storage.orm import InterventionRow, NightRow, SymptomRow


def check_against_journal(s: Session, data: JournalData) -> None:
    """The rules between the file's nights and the journal's: one night per date, no overlap."""
    incoming_ids = {n.id for n in data.nights}
    incoming_dates = {n.night_of: n for n in data.nights}
    dates = list(incoming_dates)
    for chunk in range(0, len(dates), 500):
        for row in s.scalars(select(NightRow).where(NightRow.night_of.in_(dates[chunk:chunk + 500]))):
            if row.id not in incoming_ids:
                n = incoming_dates[row.night_of]
                raise InvalidRecord([_import_error(
                    data, n, "night_of", f"the night of {n.night_of} is already logged with another id")])
    if not data.nights:
        return
    existing = {n.id: n for n in (convert.night_from_row(r) for r in s.scalars(select(NightRow)))}
    merged = {**existing, **{n.id: n for n in data.nights}}
    ordered = sorted(merged.values(), key=lambda n: n.night_of)
    for a, b in zip(ordered, ordered[1:]):
        if b.in_bed < a.out_of_bed:
            culprit = b if b.id in incoming_ids else a
            other = a if culprit is b else b
            raise InvalidRecord([_import_error(
                data, culprit, "in_bed" if culprit is b else "out_of_bed",
                f"overlaps the night of {other.night_of} already in the journal")])


def _stored_ids(s: Session, row_type) -> dict[str, str]:
    """The table's ids by their lower-case spelling (an older import may have kept capitals)."""
    return {i.lower(): i for i in s.scalars(select(row_type.id))}


def matched(s: Session, data: JournalData) -> JournalData:
    """``data`` with each record given the id it has in the journal, where it is already there.

    A record's id names the same record whatever its case (the readers write ids in lower case;
    the journal may hold older ones in capitals). A record the file gave no id is matched by
    content: a night by its ``night_of`` (one night per date: the file's version replaces the
    journal's, keeping its id); a symptom, intervention, appointment, milestone, experiment or regimen by being the same in every
    field as the journal keeps it, each journal record matched at most once (two identical records
    in a file stay two).
    """
    from quietlegs.storage.appointments_repo import appointment_from_row, appointment_onto_row
    from quietlegs.storage.experiments_repo import experiment_from_row, experiment_onto_row
    from quietlegs.storage.milestones_repo import milestone_from_row, milestone_onto_row
    from quietlegs.storage.orm import AppointmentRow, ExperimentRow, MilestoneRow, RegimenRow
    from quietlegs.storage.regimens_repo import regimen_from_row, regimen_onto_row

    made_up = data.generated_ids

    def resolve(records, row_type, by_content):
        stored = _stored_ids(s, row_type)
        named = {stored.get(r.id.lower()) for r in records if r.id not in made_up}
        out = []
        for r in records:
            found = by_content(r, named) if r.id in made_up else stored.get(r.id.lower())
            out.append(r if found is None or found == r.id else replace(r, id=found))
        return tuple(out)

    wanted_dates = [n.night_of for n in data.nights if n.id in made_up]
    night_ids: dict[date, str] = {}
    for chunk in range(0, len(wanted_dates), 500):
        rows = s.execute(select(NightRow.night_of, NightRow.id)
                         .where(NightRow.night_of.in_(wanted_dates[chunk:chunk + 500])))
        night_ids.update((night_of, row_id) for night_of, row_id in rows)

    def night_by_date(night: Night, named: set) -> str | None:
        row_id = night_ids.get(night.night_of)
        return row_id if row_id not in named else None

    def by_fields(records, row_type, when, from_row, onto_row):
        """Finds a journal record equal to a file's record in every field but the id."""
        def as_kept(record):  # the record as the journal would give it back (empty text → none…)
            row = row_type(id="")
            onto_row(record, row)
            return replace(from_row(row), id="")

        wanted = sorted({getattr(r, when) for r in records if r.id in made_up})
        pool: dict = {}
        column = getattr(row_type, when)
        for chunk in range(0, len(wanted), 500):
            for row in s.scalars(select(row_type).where(column.in_(wanted[chunk:chunk + 500]))):
                known = from_row(row)
                pool.setdefault(replace(known, id=""), []).append(known.id)

        def find(record, named: set) -> str | None:
            ids = pool.get(as_kept(record), [])
            for i, known_id in enumerate(ids):
                if known_id not in named:
                    del ids[i]  # each journal record is matched once
                    return known_id
            return None
        return find

    return replace(
        data,
        nights=resolve(data.nights, NightRow, night_by_date),
        symptoms=resolve(data.symptoms, SymptomRow, by_fields(
            data.symptoms, SymptomRow, "at", convert.symptom_from_row, convert.symptom_onto_row)),
        interventions=resolve(data.interventions, InterventionRow, by_fields(
            data.interventions, InterventionRow, "at", convert.intervention_from_row, convert.intervention_onto_row)),
        appointments=resolve(data.appointments, AppointmentRow, by_fields(
            data.appointments, AppointmentRow, "date", appointment_from_row, appointment_onto_row)),
        milestones=resolve(data.milestones, MilestoneRow, by_fields(
            data.milestones, MilestoneRow, "date", milestone_from_row, milestone_onto_row)),
        experiments=resolve(data.experiments, ExperimentRow, by_fields(
            data.experiments, ExperimentRow, "start", experiment_from_row, experiment_onto_row)),
        regimens=resolve(data.regimens, RegimenRow, by_fields(  # by all but their skipped nights
            data.regimens, RegimenRow, "started_on", regimen_from_row, regimen_onto_row)),
    )


def _import_error(data: JournalData, night: Night, field: str, message: str) -> FieldError:
    index = data.nights.index(night) if night in data.nights else 0
    return FieldError(f"nights[{index}] (night_of {night.night_of}): {field}", message)
