"""The result of a planned self-experiment (an N-of-1 trial), read from the journal.

* **Nights per arm**: the logged nights of the on and off periods that carry the outcome
  (washout nights count for neither). Nights are sorted into nights by the night rule
  (``analysis.outcomes.build_night_table``), and each night is counted in the arm the schedule
  gave it, whatever was taken (intention to treat): a remedy skipped on an "on" night dilutes
  the difference and widens the interval, so poor adherence lowers the stated certainty rather
  than hiding it.
* **Adherence**: the share of those nights whose before-bed log matches the arm (the remedy
  logged before bed on an on night, not logged on an off night), read from the journal.
* **Difference** (mean on − mean off) and its **95% interval**: nights within a period are not
  independent (a bad week is a bad week), so the unit is the pair: each pair's difference of
  period means, and a t-interval over the pairs with both periods logged (each pair weighted
  equally). A paired t over cycles keeps its error rate in N-of-1 designs (Chen & Chen 2014,
  PLoS One 9:e87752).
* **p-value**: an exact randomisation test over the allocations the design allowed (each pair
  AB or BA: 2^pairs of them), two-sided, on the mean pair difference. It needs no model of the
  noise; its smallest value is 2 / 2^pairs.

numpy and scipy are imported inside the functions: importing this module is free.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from quietlegs.analysis.outcomes import OUTCOMES, NightRow
from quietlegs.domain.experiments import (
    OFF, ON, Experiment, Period, end_of, last_followed, schedule, smallest_p_value,
)

CONFIDENCE = 0.95
SIGNIFICANCE = 0.05
GOOD_ADHERENCE = 0.8  # below this the words say the difference is probably diluted
RESULT_KEYS = ("id", "kind", "outcome", "complete", "nights_on", "nights_off", "adherence", "difference",
               "ci_low", "ci_high", "p_value")


@dataclass(frozen=True)
class NightOutcome:
    """What the result reads of one logged night."""

    value: float | None  # the outcome; None when the night does not carry it
    took: bool  # the remedy was logged before bed


@dataclass(frozen=True)
class PeriodSummary:
    period: Period
    nights: int  # logged nights with the outcome
    mean: float | None
    followed: int  # logged nights whose before-bed log matched the arm
    logged: int  # logged nights at all


@dataclass(frozen=True)
class ExperimentResult:
    experiment: Experiment
    complete: bool  # the whole schedule has been lived through, not stopped early
    nights_on: int
    nights_off: int
    adherence: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    pairs_complete: int  # pairs with both periods logged: what the estimate stands on
    periods: tuple[PeriodSummary, ...]
    words: str
    nights: tuple[tuple[date, float, bool], ...] = ()  # (night_of, outcome, remedy taken) for a chart

    def as_json(self) -> dict:
        exp = self.experiment
        out = {"id": exp.id, "kind": exp.kind, "outcome": exp.outcome, "complete": self.complete,
               "nights_on": self.nights_on, "nights_off": self.nights_off,
               "adherence": _round(self.adherence, 4), "difference": _round(self.difference, 4),
               "ci_low": _round(self.ci_low, 4), "ci_high": _round(self.ci_high, 4),
               "p_value": _round(self.p_value, 6)}
        out |= {"stopped_on": exp.stopped_on.isoformat() if exp.stopped_on else None,
                "end": end_of(exp).isoformat(), "pairs": exp.pairs, "pairs_complete": self.pairs_complete,
                "words": self.words}
        return out


def _round(x: float | None, digits: int) -> float | None:
    return None if x is None else round(float(x), digits)


def nights_from_rows(exp: Experiment, rows: Sequence[NightRow]) -> dict[date, NightOutcome]:
    """The experiment's logged nights, from the analysis table (built by the night rule)."""
    first, last = exp.start, last_followed(exp)
    return {r.night_of: NightOutcome(r.values.get(exp.outcome), exp.kind in r.before_bed)
            for r in rows if first <= r.night_of <= last}


def experiment_result(exp: Experiment, rows: Sequence[NightRow], today: date,
                      kind_name: str | None = None) -> ExperimentResult:
    """The result so far (or at the end) of ``exp``, from the night table of the journal."""
    return analyse(exp, nights_from_rows(exp, rows), today, kind_name)


def summarise_periods(exp: Experiment, nights: Mapping[date, NightOutcome]) -> list[PeriodSummary]:
    last = last_followed(exp)
    out = []
    for p in schedule(exp):
        values, followed, logged = [], 0, 0
        day = p.first
        while day <= min(p.last, last):
            n = nights.get(day)
            day += timedelta(days=1)
            if n is None:
                continue
            logged += 1
            followed += n.took == (p.condition == ON)
            if n.value is not None:
                values.append(float(n.value))
        mean = sum(values) / len(values) if values else None
        out.append(PeriodSummary(p, len(values), mean, followed, logged))
    return out


def pair_differences(exp: Experiment, periods: Sequence[PeriodSummary]) -> list[float]:
    """Each pair's mean on − mean off, for the pairs with both periods logged, in pair order."""
    on = {s.period.pair: s.mean for s in periods if s.period.condition == ON}
    off = {s.period.pair: s.mean for s in periods if s.period.condition == OFF}
    return [on[i] - off[i] for i in range(exp.pairs) if on.get(i) is not None and off.get(i) is not None]


def randomisation_p(differences: Sequence[float]) -> float:
    """Exact two-sided randomisation p-value: under "no effect", swapping a pair's order only
    flips the sign of its difference, so the 2^n sign patterns are equally likely; the p-value
    is the share whose |mean| reaches the observed one."""
    import numpy as np

    d = np.asarray(differences, dtype=float)
    n = len(d)
    patterns = 1 - 2 * ((np.arange(2**n)[:, None] >> np.arange(n)) & 1)
    sums = np.abs(patterns @ d)
    observed = abs(d.sum())
    tolerance = 1e-9 * max(1.0, float(np.abs(d).sum()))  # ties in exact arithmetic stay ties
    return float(np.count_nonzero(sums >= observed - tolerance)) / 2**n


def t_interval(differences: Sequence[float], confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """The mean of the pair differences and its t-interval (pairs as the independent units)."""
    import numpy as np
    from scipy.stats import t

    d = np.asarray(differences, dtype=float)
    mean = float(d.mean())
    half = float(t.ppf(0.5 + confidence / 2, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d)))
    return mean, mean - half, mean + half


def analyse(exp: Experiment, nights: Mapping[date, NightOutcome], today: date,
            kind_name: str | None = None) -> ExperimentResult:
    periods = summarise_periods(exp, nights)
    arms = [s for s in periods if s.period.condition in (ON, OFF)]
    nights_on = sum(s.nights for s in arms if s.period.condition == ON)
    nights_off = sum(s.nights for s in arms if s.period.condition == OFF)
    logged = sum(s.logged for s in arms)
    adherence = sum(s.followed for s in arms) / logged if logged else None
    diffs = pair_differences(exp, periods)
    difference = ci_low = ci_high = p_value = None
    if len(diffs) >= 2:
        difference, ci_low, ci_high = t_interval(diffs)
        p_value = randomisation_p(diffs)
    complete = exp.stopped_on is None and today > end_of(exp)
    last = last_followed(exp)
    shown = tuple((d, float(n.value), n.took) for d, n in sorted(nights.items())
                  if n.value is not None and exp.start <= d <= last)
    result = ExperimentResult(exp, complete, nights_on, nights_off, adherence, difference, ci_low, ci_high,
                              p_value, len(diffs), tuple(periods), "", shown)
    return replace(result, words=in_words(result, kind_name or exp.kind, today))


def _amount(x: float, outcome: str) -> str:
    o = OUTCOMES[outcome]
    text = f"{abs(x):.{o.decimals}f}"
    return f"{text} {o.unit}".rstrip() if o.unit and o.unit != "%" else text + (o.unit or "")


def in_words(r: ExperimentResult, kind_name: str, today: date) -> str:
    """Plain words a person can act on. "Helps" is allowed here, and only here, because the
    nights were randomised."""
    exp = r.experiment
    o = OUTCOMES[exp.outcome]
    label = o.label[0].lower() + o.label[1:]
    if exp.stopped_on is not None:
        state = f"Stopped early after the night of {exp.stopped_on.isoformat()}. "
    elif r.complete:
        state = ""
    elif today < exp.start:
        return f"Starts on the night of {exp.start.isoformat()}; nothing to show yet."
    else:
        state = f"So far ({r.pairs_complete} of {exp.pairs} pairs logged): "
    if r.difference is None:
        return state + (f"too little to tell yet: a result needs at least two pairs with nights logged both "
                        f"on and off {kind_name}.")
    more = "higher" if r.difference > 0 else "lower"
    numbers = (f"{label} was {_amount(r.difference, exp.outcome)} {more} on {kind_name} nights "
               f"(95% CI {r.ci_low:.{o.decimals}f} to {r.ci_high:.{o.decimals}f}; p = {r.p_value:.3g}; "
               f"{r.nights_on} nights on, {r.nights_off} off)")
    better = (r.difference > 0) == o.higher_is_better
    if r.p_value <= SIGNIFICANCE and better:
        text = (f"{kind_name} helps: {numbers}. The on and off periods were in random order, so this "
                f"difference can be put down to {kind_name}.")
    elif r.p_value <= SIGNIFICANCE:
        text = (f"{kind_name} made nights worse: {numbers}. The periods were in random order, so this can be "
                f"put down to {kind_name}.")
    else:
        text = f"No clear difference: {numbers}."
        floor = smallest_p_value(r.pairs_complete)
        if floor > SIGNIFICANCE:
            text += (f" With {r.pairs_complete} pairs no result can be clearer than p = {float(floor):.3g}, "
                     f"so this says little either way.")
    if r.adherence is not None and r.adherence < GOOD_ADHERENCE:
        text += (f" Only {r.adherence:.0%} of nights followed the plan, so the real effect may be larger "
                 f"than this and is less certain.")
    return state + text[0].upper() + text[1:]


__all__ = ["RESULT_KEYS", "NightOutcome", "ExperimentResult", "experiment_result", "analyse", "randomisation_p",
           "t_interval", "pair_differences", "nights_from_rows"]
