"""The effect estimates, worked out in the worker process (:mod:`quietlegs.services.worker`).

Every face asks here: Insights, the report (window and command line) and the effects chart.
The nights travel as small tuples (day number, the outcome's value, the kinds used before bed,
the worst symptom before bed, yesterday's kinds, recent use of slow-acting kinds, doses):
quick to send, and all the estimate reads of a night. The answer is the very same
``EffectsResult`` as :func:`quietlegs.analysis.effects.estimate_effects` gives in-process, and
it is worked out in-process whenever the worker cannot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from quietlegs.services import worker

# What a request needs loaded: sent ahead by start(), so the first estimate finds it there.
STATISTICS_MODULES = ("statsmodels.regression.linear_model", "statsmodels.stats.multitest", "patsy",
                      "quietlegs.analysis.effects")


@dataclass(frozen=True, slots=True)
class Night:
    """What the estimate reads of a night (see ``analysis.outcomes.NightRow``)."""

    night_of: date
    values: dict
    before_bed: frozenset
    before_bed_symptoms: float = 0.0
    yesterday: frozenset = frozenset()
    recent_use: dict = field(default_factory=dict)
    doses: dict = field(default_factory=dict)


def pack(rows: Sequence, outcome: str) -> list[tuple]:
    """The rows (``NightRow``) as small tuples, all the estimate reads of a night."""
    return [(r.night_of.toordinal(), r.values.get(outcome), tuple(sorted(r.before_bed)),
             r.before_bed_symptoms, tuple(sorted(r.yesterday)), r.recent_use or None, r.doses or None)
            for r in rows]


def unpack(packed: list[tuple], outcome: str) -> list[Night]:
    return [Night(date.fromordinal(day), {outcome: value}, frozenset(kinds), state, frozenset(yesterday),
                  recent or {}, doses or {})
            for day, value, kinds, state, yesterday, recent, doses in packed]


def estimate_packed(packed: list[tuple], outcome: str):
    """In the worker: the estimate over the nights ``packed``."""
    from quietlegs.analysis.effects import estimate_effects

    return estimate_effects(unpack(packed, outcome), outcome)


def _estimate_here(rows, outcome: str):
    from quietlegs.analysis.effects import estimate_effects

    return estimate_effects(rows, outcome)


def start(on: worker.Worker | None = None) -> None:
    """Start the worker and have it load the statistics now, ahead of the first request."""
    (on or worker.shared()).start(*STATISTICS_MODULES)


def submit(rows: Sequence, outcome: str, on: worker.Worker | None = None) -> worker.Pending:
    """Send the estimate of ``outcome`` over ``rows`` to the worker; ``.result()`` is the
    ``EffectsResult`` (or the estimate's own exception)."""
    return (on or worker.shared()).submit(estimate_packed, pack(rows, outcome), outcome,
                                          fallback=lambda: _estimate_here(rows, outcome))


def estimate(rows: Sequence, outcome: str, on: worker.Worker | None = None):
    """The estimate of ``outcome`` over ``rows``, worked out in the worker."""
    return submit(rows, outcome, on).result()
