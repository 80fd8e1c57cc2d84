"""Planned self-experiments as every face uses them: plan (check + store), follow (what
tonight asks), stop, and read the result (read the journal + analyse).

The command line, the plan dialog, Today's banner and the report all come here. Nothing here
reads the clock: ``today`` (and a time zone) are passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import secrets
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import (
    MAX_SEED, Experiment, Tonight, end_of, last_followed, schedule, suggested_design, tonight,
    validate_experiment, what_it_can_tell,
)
from quietlegs.domain.records import InterventionKind
from quietlegs.domain.validation import FieldError, InvalidRecord
from quietlegs.storage.errors import NotFound

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load after Today is usable
    from quietlegs.storage.repository import Journal


def new_seed() -> int:
    """A fresh seed for a new plan: the schedule is random, yet the stored seed replays it."""
    return secrets.randbelow(MAX_SEED)


def kind_of(journal: Journal, slug: str) -> InterventionKind | None:
    return next((k for k in journal.kinds() if k.slug == slug), None)


def draft(journal: Journal, *, kind: str, outcome: str, start: date, pairs: int = 4,
          period_nights: int | None = None, washout_nights: int | None = None,
          seed: int | None = None) -> Experiment:
    """A plan not yet saved. Period and washout not given are the ones suggested for the kind
    (longer, with a washout, for a slow-acting remedy)."""
    known = kind_of(journal, kind)
    period, washout = suggested_design(kind, known.category if known else None,
                                       known.slow_acting if known else None)
    return Experiment(kind=kind, outcome=outcome, start=start, pairs=pairs,
                      period_nights=period if period_nights is None else period_nights,
                      washout_nights=washout if washout_nights is None else washout_nights,
                      seed=new_seed() if seed is None else seed)


def problems(journal: Journal, exp: Experiment) -> list[FieldError]:
    """Every problem with a plan, each naming its field (what a form shows beside each field)."""
    return validate_experiment(exp, journal.kind_slugs(), OUTCOMES)


def save_plan(journal: Journal, exp: Experiment) -> Experiment:
    """Store a plan; a bad one raises ``InvalidRecord`` and changes nothing."""
    journal.save_experiment(exp, OUTCOMES)
    return exp


def plan(journal: Journal, **design) -> Experiment:
    """Check and store a plan in one go (the command line): see :func:`draft`."""
    return save_plan(journal, draft(journal, **design))


def stop(journal: Journal, experiment_id: str, today: date) -> Experiment:
    """Stop an experiment early: last night is the last that counts."""
    return journal.stop_experiment(experiment_id, today - timedelta(days=1))


def plan_as_json(exp: Experiment) -> dict:
    return {"id": exp.id, "kind": exp.kind, "outcome": exp.outcome, "start": exp.start.isoformat(),
            "end": end_of(exp).isoformat(), "periods": [p.as_json() for p in schedule(exp)],
            "period_nights": exp.period_nights, "pairs": exp.pairs, "washout_nights": exp.washout_nights,
            "seed": exp.seed, "stopped_on": exp.stopped_on.isoformat() if exp.stopped_on else None}


def plan_sentence(journal: Journal, exp: Experiment) -> str:
    """What the result will and will not be able to tell, in the kind's and outcome's names."""
    known = kind_of(journal, exp.kind)
    return what_it_can_tell(exp, known.name if known else exp.kind, OUTCOMES[exp.outcome].label)


def result(journal: Journal, experiment_id: str, today: date, tz: tzinfo | None = None):
    """The result so far, or at the end, of an experiment (``analysis.experiment_result``).
    An unknown id raises ``NotFound``."""
    from quietlegs.analysis.experiment_result import experiment_result
    from quietlegs.analysis.outcomes import build_night_table

    exp = journal.experiment(experiment_id)
    if exp is None:
        raise NotFound(f"There is no experiment {experiment_id!r} in this journal.")
    data = journal.snapshot(exp.start, max(exp.start, last_followed(exp)))  # (called off: none)
    known = kind_of(journal, exp.kind)
    return experiment_result(exp, build_night_table(data, tz), today, known.name if known else exp.kind)


@dataclass(frozen=True)
class FollowUp:
    """What an experiment asks of the night of ``night_of`` (Today's banner)."""

    experiment: Experiment
    kind_name: str
    night_of: date
    tonight: Tonight


def following(journal: Journal, night_of: date) -> FollowUp | None:
    """The experiment that has a say over the night of ``night_of`` (the earliest started,
    when two overlap), or ``None``."""
    for exp in journal.experiments():
        now = tonight(exp, night_of)
        if now is not None:
            known = kind_of(journal, exp.kind)
            return FollowUp(exp, known.name if known else exp.kind, night_of, now)
    return None


FINISHED_SHOWN_DAYS = 14  # Today shows a finished experiment's result this long after its last night


@dataclass(frozen=True)
class Finished:
    """An experiment over by the night of ``night_of`` (lived through, or stopped early)."""

    experiment: Experiment
    kind_name: str
    last_night: date  # the last night that counts


def finished_recently(journal: Journal, night_of: date) -> Finished | None:
    """The experiment whose last night came most recently before ``night_of``, within
    :data:`FINISHED_SHOWN_DAYS`, so that its result is one click away when it ends; ``None``."""
    done = [(last_followed(exp), exp) for exp in journal.experiments()
            if tonight(exp, night_of) is None and exp.start <= night_of]
    recent = [(last, exp) for last, exp in done
              if last >= exp.start and 0 < (night_of - last).days <= FINISHED_SHOWN_DAYS]  # (called off: none)
    if not recent:
        return None
    last, exp = max(recent, key=lambda pair: pair[0])
    known = kind_of(journal, exp.kind)
    return Finished(exp, known.name if known else exp.kind, last)


__all__ = ["draft", "problems", "save_plan", "plan", "stop", "plan_as_json", "plan_sentence", "result",
           "following", "FollowUp", "finished_recently", "Finished", "new_seed", "InvalidRecord"]
