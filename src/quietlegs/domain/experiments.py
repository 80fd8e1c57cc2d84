"""Planned self-experiments (N-of-1 trials): the design, its schedule, and what it can tell.

An experiment alternates periods *on* and *off* one before-bed remedy (a kind), in pairs. The
order within each pair is drawn at random (AB or BA, the block-pair design of the AHRQ user's
guide, ch. 4), so bad evenings, weekends, seasons and flares cannot line up with the remedy.
A washout (nights that count for neither arm) may sit before each switch, for remedies whose
effect lingers. The schedule is a pure function of the design: the same seed gives the same
schedule. Nothing here reads the clock; "today" is always passed in.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from quietlegs.domain.records import new_id
from quietlegs.domain.validation import FieldError, date_problem
from quietlegs.domain.vocab import is_slow_acting_by_default

ON, OFF, WASHOUT = "on", "off", "washout"
DEFAULT_PERIOD_NIGHTS = 7
DEFAULT_PAIRS = 4
DEFAULT_WASHOUT_NIGHTS = 0
MIN_PAIRS = 3
MAX_PAIRS = 16  # 2^16 allocations: the exact randomisation test stays quick
MAX_PERIOD_NIGHTS = 90
MAX_WASHOUT_NIGHTS = 60
MAX_SEED = 2**53  # any whole number a JSON reader keeps exactly
SLOW_PERIOD_NIGHTS = 14
SLOW_WASHOUT_NIGHTS = 7
USUAL_LEVEL = 0.05
# The outcomes an experiment can be judged by (analysis.outcomes.OUTCOMES names them too, with
# their labels; a test keeps the two the same). Here so a journal file can be checked below analysis.
OUTCOME_NAMES = (
    "total_sleep_min", "sleep_efficiency", "sleep_latency_min", "waso_min", "awakenings", "quality", "rested",
    "legs_severity", "symptom_count", "max_symptom_severity",
)


@dataclass(frozen=True)
class Experiment:
    kind: str
    outcome: str
    start: date  # the first night (night_of) of the first period
    seed: int
    period_nights: int = DEFAULT_PERIOD_NIGHTS
    pairs: int = DEFAULT_PAIRS
    washout_nights: int = DEFAULT_WASHOUT_NIGHTS
    stopped_on: date | None = None  # the last night followed, when stopped early
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Period:
    first: date  # night_of, inclusive
    last: date  # night_of, inclusive
    condition: str  # ON, OFF or WASHOUT
    pair: int | None = None  # 0-based pair number; None for a washout

    @property
    def nights(self) -> int:
        return (self.last - self.first).days + 1

    def as_json(self) -> dict:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "condition": self.condition}


def pair_orders(pairs: int, seed: int) -> list[tuple[str, str]]:
    """Each pair's order, ``(ON, OFF)`` or ``(OFF, ON)``, drawn from ``random.Random(seed)``."""
    rng = random.Random(seed)
    return [(ON, OFF) if rng.random() < 0.5 else (OFF, ON) for _ in range(pairs)]


def schedule(exp: Experiment) -> list[Period]:
    """The experiment's periods in order, washouts included (before each switch of arm)."""
    periods: list[Period] = []
    day = exp.start
    for pair, order in enumerate(pair_orders(exp.pairs, exp.seed)):
        for condition in order:
            if exp.washout_nights and periods and periods[-1].condition != condition:
                periods.append(Period(day, day + timedelta(days=exp.washout_nights - 1), WASHOUT))
                day += timedelta(days=exp.washout_nights)
            periods.append(Period(day, day + timedelta(days=exp.period_nights - 1), condition, pair))
            day += timedelta(days=exp.period_nights)
    return periods


def end_of(exp: Experiment) -> date:
    """The last night of the schedule."""
    return schedule(exp)[-1].last


def last_followed(exp: Experiment) -> date:
    """The last night that counts: the end of the schedule, or the night it was stopped."""
    end = end_of(exp)
    return min(end, exp.stopped_on) if exp.stopped_on else end


@dataclass(frozen=True)
class Tonight:
    """Where ``night_of`` falls in an experiment: the period, its condition, night k of n."""

    period: Period
    night: int  # 1-based within the period
    period_number: int  # 1-based among all periods, washouts included
    periods: int

    @property
    def condition(self) -> str:
        return self.period.condition


def tonight(exp: Experiment, night_of: date) -> Tonight | None:
    """The experiment's instruction for the night of ``night_of``; ``None`` outside it (before
    the start, after the end, or after it was stopped)."""
    if exp.stopped_on is not None and night_of > exp.stopped_on:
        return None
    periods = schedule(exp)
    for n, p in enumerate(periods, 1):
        if p.first <= night_of <= p.last:
            return Tonight(p, (night_of - p.first).days + 1, n, len(periods))
    return None


def smallest_p_value(pairs: int) -> Fraction:
    """The smallest two-sided p-value an exact randomisation test over the design's own
    allocations can give: the observed order and its mirror image tie, so 2 / 2^pairs."""
    return Fraction(2, 2**pairs)


def pairs_needed(level: float = USUAL_LEVEL) -> int:
    """The fewest pairs whose smallest p-value is at most ``level``."""
    p = MIN_PAIRS
    while smallest_p_value(p) > level:
        p += 1
    return p


def is_slow_acting(kind: str, category: str | None = None, flag: bool | None = None) -> bool:
    """The person's own mark in the catalog (``flag``) when there is one, else the default rule."""
    if flag is not None:
        return flag
    return is_slow_acting_by_default(kind, category)


def suggested_design(kind: str, category: str | None = None, flag: bool | None = None) -> tuple[int, int]:
    """Period nights and washout nights to suggest for ``kind``: longer, with a washout, for a
    remedy that acts over weeks (and lingers after it is stopped)."""
    if is_slow_acting(kind, category, flag):
        return SLOW_PERIOD_NIGHTS, SLOW_WASHOUT_NIGHTS
    return DEFAULT_PERIOD_NIGHTS, DEFAULT_WASHOUT_NIGHTS


def what_it_can_tell(exp: Experiment, kind_name: str, outcome_label: str) -> str:
    """A few plain sentences on what the result will and will not be able to tell."""
    smallest = smallest_p_value(exp.pairs)
    kind, outcome = kind_name.lower(), outcome_label[0].lower() + outcome_label[1:]
    can = (f"It tells whether {outcome} differs on {kind} nights, for you: the order is random, so a "
           f"clear difference can be put down to {kind}.")
    floor = (f" With {exp.pairs} pairs no p-value can fall below {smallest.numerator}/{smallest.denominator} "
             f"({float(smallest):.3g})")
    if smallest > USUAL_LEVEL:
        floor += f", so it can never show a difference at the usual 5% level: plan at least {pairs_needed()} pairs for that."
    else:
        floor += "."
    cannot = (" It cannot tell whether it would help someone else, nor effects slower than a period; "
              "nights that do not follow the plan weaken it.")
    return can + floor + cannot


def validate_experiment(exp: Experiment, kind_slugs: Iterable[str], outcomes: Iterable[str]) -> list[FieldError]:
    """Every problem with the design, each naming its field; empty means it may be saved.

    ``kind_slugs`` are the journal's kinds and ``outcomes`` the outcome names (analysis knows them;
    the domain does not import it)."""
    errors: list[FieldError] = []
    kinds, names = set(kind_slugs), list(outcomes)
    if exp.kind not in kinds:
        errors.append(FieldError("kind", f"unknown kind {exp.kind!r}; use a kind from the catalog"))
    if exp.outcome not in names:
        errors.append(FieldError("outcome", f"unknown outcome {exp.outcome!r}; choose one of {', '.join(names)}"))
    numbers_ok = True
    for name, value, low, high in (
        ("period_nights", exp.period_nights, 1, MAX_PERIOD_NIGHTS),
        ("pairs", exp.pairs, MIN_PAIRS, MAX_PAIRS),
        ("washout_nights", exp.washout_nights, 0, MAX_WASHOUT_NIGHTS),
        ("seed", exp.seed, 0, MAX_SEED),
    ):
        if not isinstance(value, int) or isinstance(value, bool):
            errors.append(FieldError(name, "must be a whole number"))
            numbers_ok = False
        elif not low <= value <= high:
            errors.append(FieldError(name, _range_message(name, low, high)))
            numbers_ok = False
    if not isinstance(exp.start, date):
        errors.append(FieldError("start", "is required: the first night of the experiment"))
    elif date_problem(exp.start):
        errors.append(FieldError("start", date_problem(exp.start)))
    elif numbers_ok:
        end = end_of(exp)
        if date_problem(end):
            errors.append(FieldError("start", f"the experiment would end after the last date a journal can "
                                              f"hold ({date_problem(end)})"))
    if exp.stopped_on is not None and isinstance(exp.start, date):
        if not isinstance(exp.stopped_on, date) or exp.stopped_on < exp.start - timedelta(days=1):
            errors.append(FieldError("stopped_on", "cannot be before the experiment began"))
    return errors


def _range_message(name: str, low: int, high: int) -> str:
    if name == "pairs":
        return (f"must be at least {MIN_PAIRS} (fewer on/off pairs cannot tell a remedy from chance) "
                f"and at most {high}")
    if name == "period_nights":
        return f"must be at least 1 night and at most {high}"
    return f"must be between {low} and {high}"


__all__ = [
    "ON", "OFF", "WASHOUT", "OUTCOME_NAMES", "Experiment", "Period", "Tonight", "schedule", "end_of", "last_followed",
    "pair_orders", "tonight", "smallest_p_value", "pairs_needed", "suggested_design", "is_slow_acting",
    "what_it_can_tell", "validate_experiment",
]
