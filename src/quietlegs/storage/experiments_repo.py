"""Planned self-experiments in the journal: the part of :class:`~quietlegs.storage.repository.Journal`
that keeps them (a mixin, like the appointments). Only the design is stored; the schedule follows
from it (:func:`quietlegs.domain.experiments.schedule`).

Every public method is one transaction, like the rest of the journal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from quietlegs.domain.experiments import Experiment, end_of, validate_experiment
from quietlegs.domain.validation import FieldError, InvalidRecord
from quietlegs.storage.errors import NotFound
from quietlegs.storage.orm import ExperimentRow, KindRow

_FIELDS = ("kind", "outcome", "start", "period_nights", "pairs", "washout_nights", "seed", "stopped_on")


def experiment_from_row(r: ExperimentRow) -> Experiment:
    return Experiment(id=r.id, **{f: getattr(r, f) for f in _FIELDS})


def experiment_onto_row(e: Experiment, r: ExperimentRow) -> None:
    for f in _FIELDS:
        setattr(r, f, getattr(e, f))


class ExperimentStore:
    """Mixed into ``Journal``, which provides ``_session()``."""

    def _session(self) -> Session:  # pragma: no cover - provided by Journal
        raise NotImplementedError

    def experiments(self) -> list[Experiment]:
        """Every experiment, the earliest start first."""
        with self._session() as s:
            q = select(ExperimentRow).order_by(ExperimentRow.start, ExperimentRow.id)
            return [experiment_from_row(r) for r in s.scalars(q)]

    def experiment(self, experiment_id: str) -> Experiment | None:
        with self._session() as s:
            row = s.get(ExperimentRow, experiment_id)
            return experiment_from_row(row) if row else None

    def save_experiment(self, item: Experiment, outcomes: Iterable[str]) -> None:
        """Add an experiment (or replace one by id). A bad design raises ``InvalidRecord``, naming
        each field, and changes nothing. ``outcomes`` are the outcome names a night can be
        judged by (the analysis knows them)."""
        with self._session() as s, s.begin():
            kinds = set(s.scalars(select(KindRow.slug)))
            errors = validate_experiment(item, kinds, outcomes)
            if errors:
                raise InvalidRecord(errors)
            row = s.get(ExperimentRow, item.id) or ExperimentRow(id=item.id)
            experiment_onto_row(item, row)
            s.add(row)

    @staticmethod
    def _upsert_experiments(s: Session, items) -> None:
        """An import's experiments (already checked by the format's rules): new ones added, known
        ids replaced (the file's version, e.g. stopped since, wins)."""
        for item in items:
            row = s.get(ExperimentRow, item.id)
            if row is None:
                row = ExperimentRow(id=item.id)
                s.add(row)
            experiment_onto_row(item, row)

    @staticmethod
    def _delete_all_experiments(s: Session) -> None:
        s.execute(delete(ExperimentRow))

    def stop_experiment(self, experiment_id: str, last_night: date) -> Experiment:
        """Stop an experiment early: ``last_night`` is the last night that counts (the night
        before the start calls it off). Recorded, never hidden: the result says it was stopped."""
        with self._session() as s, s.begin():
            row = s.get(ExperimentRow, experiment_id)
            if row is None:
                raise NotFound("That experiment is no longer in the journal.")
            item = experiment_from_row(row)
            if item.stopped_on is not None:
                raise InvalidRecord([FieldError("stopped_on", f"it was already stopped after the night of "
                                                              f"{item.stopped_on.isoformat()}")])
            if last_night >= end_of(item):
                raise InvalidRecord([FieldError("stopped_on", f"it ends on {end_of(item).isoformat()} anyway; "
                                                              f"stopping is for ending it earlier")])
            if last_night < item.start - timedelta(days=1):  # the night before it began: called off
                raise InvalidRecord([FieldError("stopped_on", "cannot be before the experiment began")])
            row.stopped_on = last_night
            return replace(item, stopped_on=last_night)
