"""How much each before-bed intervention kind lines up with a better or worse night.

For the chosen outcome and every kind used before bed in the period:

* the **plain difference**: mean on nights with the kind − mean on nights without it;
* the **adjusted difference**: the kind's coefficient in *one* regression of the outcome on
  all before-bed kinds together plus what the nights carry of a flexible time trend, weekend,
  season, the state before bed, yesterday's use, weeks of use of slow-acting kinds and dose
  bands (``analysis.design``), so a habit started while nights were improving anyway, or a
  remedy taken because the evening was bad, gets no credit or blame it did not earn; kinds
  that travel together are told apart. A kind has a row per lag (``same_night``; ``next_night``
  for yesterday's use; ``sustained`` for slow-acting kinds) and per dose band;
* a 95% interval for the adjusted difference that stays honest when a bad week is a bad
  week: the regression is fitted with AR(1) errors (feasible GLS, statsmodels' ``GLSAR``)
  and heteroskedasticity-and-autocorrelation-consistent (Newey–West) standard errors;
* a Benjamini–Hochberg q-value across all rows, because looking at many kinds at once
  finds "something" by chance.

Fewer than :data:`MIN_NIGHTS` nights with a kind, or without it, gives no estimate. Kinds used
only during the night (heat on a cramp) never appear: they are reactions to a bad night and
are judged by how fast the symptom eased (see ``charts.relief``), never by the night.

numpy and statsmodels are imported inside the functions: importing this module is free.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from statistics import fmean

from quietlegs.analysis.design import MIN_NIGHTS, NEXT, SAME, SUSTAINED, Term, build_design
from quietlegs.analysis.missing import Unlogged, unlogged_nights
from quietlegs.analysis.outcomes import OUTCOMES, NightRow

CONFIDENCE = 0.95
SIGNIFICANCE = 0.05  # a q-value below this makes a finding "clear"
NO_VARIATION = "no_variation"  # Effect.note: the outcome (or the contrast) never varied

# The JSON keys of `quietlegs analyze --json`, in DESIGN.md's order.
EFFECT_KEYS = ("kind", "lag", "dose", "nights_with", "nights_without", "mean_with", "mean_without", "difference",
               "adjusted_difference", "ci_low", "ci_high", "q_value", "enough_data")
__all__ = ["MIN_NIGHTS", "SAME", "NEXT", "SUSTAINED", "Effect", "EffectsResult", "estimate_effects"]


@dataclass(frozen=True)
class Effect:
    """One kind's line of the analysis (at one lag, one dose band), in the outcome's own units."""

    kind: str
    nights_with: int
    nights_without: int
    mean_with: float | None
    mean_without: float | None
    difference: float | None  # plain: mean_with − mean_without
    adjusted_difference: float | None  # from the regression with all kinds and the adjustments
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    q_value: float | None
    enough_data: bool
    more_nights_needed: int = 0  # how many more nights (with, or without) would allow an estimate
    short_of: str = ""  # "with" or "without": which nights are missing when enough_data is false
    entangled_with: str = ""  # a kind always used together with this one (cannot be told apart)
    lag: str = SAME  # same_night, next_night (yesterday's use) or sustained (weeks of use)
    dose: str | None = None  # the amount band ("400 mg"), or None for every amount
    note: str = ""  # NO_VARIATION when the outcome or the contrast never varied: no verdict

    @property
    def clear(self) -> bool:
        """An estimate that survives the correction for looking at many kinds."""
        return self.q_value is not None and self.q_value < SIGNIFICANCE

    def as_json(self) -> dict:
        d = asdict(self)
        return {k: _rounded(d[k]) for k in EFFECT_KEYS}


@dataclass(frozen=True)
class EffectsResult:
    outcome: str
    nights: int  # nights with a value for the outcome
    effects: tuple[Effect, ...]
    adjusted_for: tuple[str, ...] = ()
    not_adjusted_for: tuple[tuple[str, str], ...] = ()  # (name, why not)
    unlogged: Unlogged = Unlogged()
    outcome_varies: bool = True

    @property
    def unlogged_nights(self) -> int:
        return self.unlogged.count

    def as_json(self) -> dict:
        return {"outcome": self.outcome, "nights": self.nights, "unlogged_nights": self.unlogged.count,
                "adjusted_for": list(self.adjusted_for),
                "not_adjusted_for": [{"name": k, "reason": why} for k, why in self.not_adjusted_for],
                "unlogged_warning": self.unlogged.warning or None,
                "effects": [e.as_json() for e in self.effects]}

    def effect(self, kind: str, lag: str = SAME, dose: str | None = None) -> Effect | None:
        """The row of ``kind`` at ``lag`` and ``dose`` (any dose band if none has dose None)."""
        rows = [e for e in self.effects if e.kind == kind and e.lag == lag]
        return next((e for e in rows if e.dose == dose), rows[0] if rows and dose is None else None)


def _rounded(v):
    return round(v, 4) if isinstance(v, float) else v


def hac_lags(n: int) -> int:
    """Newey–West's rule-of-thumb bandwidth, 4·(n/100)^(2/9). (Wider windows, as in Lazarus
    et al. 2018, under-covered in our simulations without fixed-b critical values.)"""
    return max(1, int(4 * (n / 100) ** (2 / 9)))


def _varies(y: list[float]) -> bool:
    if len(y) < 2:
        return False
    scale = max(1.0, max(abs(v) for v in y))
    return max(y) - min(y) > 1e-9 * scale


def estimate_effects(rows: Sequence[NightRow], outcome: str) -> EffectsResult:
    """The effects of every before-bed kind in ``rows`` on ``outcome`` (see the module doc)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    missing = unlogged_nights(rows, outcome)
    rows = [r for r in rows if r.values.get(outcome) is not None]
    y = [float(r.values[outcome]) for r in rows]
    n = len(rows)
    kinds = sorted({k for r in rows for k in r.before_bed})
    if not n:
        return EffectsResult(outcome=outcome, nights=0, effects=(), unlogged=missing)
    design = build_design(rows, kinds)
    varies = _varies(y)
    estimable = [t for t in design.terms
                 if int(t.with_.sum()) >= t.minimum and int(t.without.sum()) >= t.minimum]
    fitted, entangled = _regress(design, y, estimable) if estimable and varies else ({}, {})
    q_values = _bh(fitted)

    effects = []
    for t in design.terms:
        with_ = [v for v, w in zip(y, t.with_) if w]
        without = [v for v, w in zip(y, t.without) if w]
        mean_with = fmean(with_) if with_ else None
        mean_without = fmean(without) if without else None
        enough = t in estimable
        if t.lag != SAME and not enough:
            continue  # too little for a next-night or sustained row: the same-night row says so
        short_with = max(0, t.minimum - len(with_))
        short_without = max(0, t.minimum - len(without))
        est = fitted.get(t.key)
        no_variation = enough and (not varies or t.key in entangled and entangled[t.key] == NO_VARIATION)
        effects.append(Effect(
            kind=t.kind, lag=t.lag, dose=t.dose, nights_with=len(with_), nights_without=len(without),
            mean_with=mean_with, mean_without=mean_without,
            difference=None if mean_with is None or mean_without is None else mean_with - mean_without,
            adjusted_difference=est[0] if est else None,
            ci_low=est[1] if est else None, ci_high=est[2] if est else None,
            p_value=est[3] if est else None, q_value=q_values.get(t.key),
            enough_data=enough and not no_variation,
            more_nights_needed=0 if enough else max(short_with, short_without),
            short_of="" if enough else ("with" if short_with >= short_without else "without"),
            entangled_with="" if no_variation else entangled.get(t.key, ""),
            note=NO_VARIATION if no_variation else "",
        ))
    return EffectsResult(outcome=outcome, nights=n, effects=tuple(effects),
                         adjusted_for=tuple(design.adjusted_for),
                         not_adjusted_for=tuple(design.not_adjusted_for.items()),
                         unlogged=missing, outcome_varies=varies)


def _regress(design, y: list[float], terms: list[Term]):
    """One fit of the outcome on the adjustments + every estimable row's column, with intervals
    that allow for autocorrelation.

    Returns ({key: (estimate, ci_low, ci_high, p_value)}, {key: entangled_with}).
    """
    import numpy as np
    from statsmodels.regression.linear_model import GLSAR, OLS

    n = len(y)
    blocks = [m for _, m in design.adjust] + [c[:, None] for _, c in design.extra]
    first_cols = np.column_stack(blocks)
    candidates = np.column_stack([first_cols] + [t.column[:, None] for t in terms])
    # Columns that cannot be told apart from the adjustments or from rows already in the model
    # (always taken together, say) are left out rather than let the fit break on a singular
    # matrix. The ranks come from one Gram matrix: thousands of nights, tens of columns.
    scale = np.sqrt((candidates ** 2).sum(axis=0))
    scale[scale == 0] = 1.0
    gram = (candidates / scale).T @ (candidates / scale)

    def rank_of(idx) -> int:
        return int(np.linalg.matrix_rank(gram[np.ix_(idx, idx)], hermitian=True, tol=1e-9))

    base = first_cols.shape[1]
    keep = [i for i in range(base)]
    rank = rank_of(keep)
    if rank < len(keep):  # an adjustment that adds nothing (a rare dose always on weekends...)
        kept_base = []
        for i in range(base):
            if rank_of(kept_base + [i]) > len(kept_base):
                kept_base.append(i)
        keep, rank = kept_base, len(kept_base)
    kept: list[Term] = []
    entangled: dict[tuple, str] = {}
    for j, t in enumerate(terms):
        if rank_of(keep + [base + j]) > rank:
            keep.append(base + j)
            kept.append(t)
            rank += 1
        else:
            twin = next((k for k in kept if np.array_equal(k.column, t.column)), None)
            entangled[t.key] = twin.kind if twin else "the trend"
    X = candidates[:, keep]
    if n - X.shape[1] < 2 or not kept:
        return {}, entangled
    y_ = np.asarray(y)
    fit = _fgls_ar1(y_, X, np.asarray(design.days, dtype=float))
    first = len(keep) - len(kept)
    ci = fit.conf_int(alpha=1 - CONFIDENCE)
    params, pvalues = np.asarray(fit.params), np.asarray(fit.pvalues)
    spread = float(np.ptp(y_)) or 1.0
    out = {}
    for i, t in enumerate(kept):
        c = first + i
        if not (np.isfinite(params[c]) and np.isfinite(ci[c]).all()):
            continue
        if ci[c][1] - ci[c][0] <= 1e-9 * spread:  # a zero-width interval: nothing varied
            entangled[t.key] = NO_VARIATION
            continue
        out[t.key] = (float(params[c]), float(ci[c][0]), float(ci[c][1]), float(pvalues[c]))
    return out, entangled


def _fgls_ar1(y, X, days):
    """Feasible GLS with AR(1) errors that knows the unlogged nights, then Newey–West errors on
    top for whatever correlation the AR(1) does not catch.

    Like statsmodels' ``GLSAR`` (OLS, the residuals' AR(1) coefficient ρ, OLS on the
    prewhitened nights, a few rounds), except that the nights are whitened as a Prais–Winsten
    AR(1) sampled at their dates: a night ``g`` days after the last logged one is whitened
    with ρ^g, so a gap is not taken for yesterday. (GLSAR treats consecutive rows as
    consecutive nights: with bad nights' successors unlogged, intervals covered 87%.)
    Plain OLS+HAC under-covers a habit started halfway (a slow-moving regressor) when bad
    weeks cluster: ~89% instead of 95% in tests/analysis; prewhitened, ~94%.
    """
    import numpy as np
    from statsmodels.regression.linear_model import OLS

    hac = {"cov_type": "HAC", "cov_kwds": {"maxlags": hac_lags(len(y)), "use_correction": True}, "use_t": True}
    gaps = np.diff(days)
    step = gaps == 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        beta = np.linalg.lstsq(X, y, rcond=None)[0]
        rho = 0.0
        for _ in range(4):
            e = y - X @ beta
            a, b = e[:-1][step], e[1:][step]
            denom = float(a @ a)
            rho = float(a @ b) / denom if denom > 0 and step.sum() > 2 else 0.0
            if not (np.isfinite(rho) and abs(rho) < 0.95):
                return OLS(y, X).fit(**hac)  # degenerate (nights that strictly alternate): OLS
            r = rho ** gaps
            f = np.sqrt((1 - rho ** 2) / (1 - r ** 2))
            yw = np.concatenate([[y[0] * np.sqrt(1 - rho ** 2)], (y[1:] - r * y[:-1]) * f])
            Xw = np.vstack([X[:1] * np.sqrt(1 - rho ** 2), (X[1:] - r[:, None] * X[:-1]) * f[:, None]])
            beta = np.linalg.lstsq(Xw, yw, rcond=None)[0]
        if np.linalg.matrix_rank(Xw) < X.shape[1]:
            return OLS(y, X).fit(**hac)
        return OLS(yw, Xw).fit(**hac)


def _bh(fitted: dict[tuple, tuple]) -> dict[tuple, float]:
    if not fitted:
        return {}
    from statsmodels.stats.multitest import multipletests

    keys = list(fitted)
    _, q, _, _ = multipletests([fitted[k][3] for k in keys], alpha=SIGNIFICANCE, method="fdr_bh")
    return {k: float(v) for k, v in zip(keys, q)}
