"""How much each before-bed intervention kind lines up with a better or worse night.

For the chosen outcome and every kind used before bed in the period:

* the **plain difference**: mean on nights with the kind − mean on nights without it;
* the **adjusted difference**: the kind's coefficient in *one* ordinary least-squares
  regression of the outcome on all before-bed kinds together plus a smooth time trend, so a
  habit started while nights were improving anyway gets no credit for the improvement, and
  kinds that travel together are told apart;
* a 95% interval for the adjusted difference that stays honest when a bad week is a bad
  week: the regression is fitted with AR(1) errors (feasible GLS, statsmodels' ``GLSAR``)
  and heteroskedasticity-and-autocorrelation-consistent (Newey–West) standard errors;
* a Benjamini–Hochberg q-value across the kinds, because looking at many kinds at once
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

from quietlegs.analysis.outcomes import OUTCOMES, NightRow

MIN_NIGHTS = 5  # nights with and nights without a kind before anything is estimated
CONFIDENCE = 0.95
SIGNIFICANCE = 0.05  # a q-value below this makes a finding "clear"

# The JSON keys of `quietlegs analyze --json`, in DESIGN.md's order.
EFFECT_KEYS = ("kind", "nights_with", "nights_without", "mean_with", "mean_without", "difference",
               "adjusted_difference", "ci_low", "ci_high", "q_value", "enough_data")


@dataclass(frozen=True)
class Effect:
    """One kind's line of the analysis, in the outcome's own units."""

    kind: str
    nights_with: int
    nights_without: int
    mean_with: float | None
    mean_without: float | None
    difference: float | None  # plain: mean_with − mean_without
    adjusted_difference: float | None  # from the regression with all kinds and the trend
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    q_value: float | None
    enough_data: bool
    more_nights_needed: int = 0  # how many more nights (with, or without) would allow an estimate
    short_of: str = ""  # "with" or "without": which nights are missing when enough_data is false
    entangled_with: str = ""  # a kind always used together with this one (cannot be told apart)

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

    def as_json(self) -> dict:
        return {"outcome": self.outcome, "nights": self.nights, "effects": [e.as_json() for e in self.effects]}

    def effect(self, kind: str) -> Effect | None:
        return next((e for e in self.effects if e.kind == kind), None)


def _rounded(v):
    return round(v, 4) if isinstance(v, float) else v


def hac_lags(n: int) -> int:
    """Newey–West's rule-of-thumb bandwidth, 4·(n/100)^(2/9). (Wider windows, as in Lazarus
    et al. 2018, under-covered in our simulations without fixed-b critical values.)"""
    return max(1, int(4 * (n / 100) ** (2 / 9)))


def trend_degree(span_days: int) -> int:
    """A straight line for up to about a year and a half, a gentle curve for longer journals."""
    return max(1, min(5, round(span_days / 365)))


def estimate_effects(rows: Sequence[NightRow], outcome: str) -> EffectsResult:
    """The effects of every before-bed kind in ``rows`` on ``outcome`` (see the module doc)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    rows = [r for r in rows if r.values.get(outcome) is not None]
    y = [float(r.values[outcome]) for r in rows]
    n = len(rows)
    kinds = sorted({k for r in rows for k in r.before_bed})
    plain: dict[str, dict] = {}
    for kind in kinds:
        with_ = [v for r, v in zip(rows, y) if kind in r.before_bed]
        without = [v for r, v in zip(rows, y) if kind not in r.before_bed]
        mean_with = fmean(with_) if with_ else None
        mean_without = fmean(without) if without else None
        plain[kind] = dict(
            nights_with=len(with_), nights_without=len(without), mean_with=mean_with, mean_without=mean_without,
            difference=None if mean_with is None or mean_without is None else mean_with - mean_without,
        )
    estimable = [k for k in kinds if plain[k]["nights_with"] >= MIN_NIGHTS
                 and plain[k]["nights_without"] >= MIN_NIGHTS]
    fitted, entangled = _regress(rows, y, estimable) if estimable else ({}, {})
    q_values = _bh(fitted)

    effects = []
    for kind in kinds:
        p = plain[kind]
        enough = kind in estimable
        short_with = max(0, MIN_NIGHTS - p["nights_with"])
        short_without = max(0, MIN_NIGHTS - p["nights_without"])
        est = fitted.get(kind)
        effects.append(Effect(
            kind=kind, **p,
            adjusted_difference=est[0] if est else None,
            ci_low=est[1] if est else None, ci_high=est[2] if est else None,
            p_value=est[3] if est else None, q_value=q_values.get(kind),
            enough_data=enough,
            more_nights_needed=0 if enough else max(short_with, short_without),
            short_of="" if enough else ("with" if short_with >= short_without else "without"),
            entangled_with=entangled.get(kind, ""),
        ))
    return EffectsResult(outcome=outcome, nights=n, effects=tuple(effects))


def _regress(rows: Sequence[NightRow], y: list[float], kinds: list[str]):
    """One OLS of the outcome on all ``kinds`` + a polynomial time trend, HAC intervals.

    Returns ({kind: (estimate, ci_low, ci_high, p_value)}, {kind: entangled_with}).
    """
    import numpy as np
    from statsmodels.regression.linear_model import GLSAR, OLS

    n = len(rows)
    days = np.array([(r.night_of - rows[0].night_of).days for r in rows], dtype=float)
    span = days[-1] if n else 0.0
    scaled = 2 * days / span - 1 if span > 0 else np.zeros(n)
    trend = np.polynomial.legendre.legvander(scaled, trend_degree(int(span)))  # column 0 = intercept
    if span <= 0:
        trend = trend[:, :1]
    used = np.array([[1.0 if k in r.before_bed else 0.0 for k in kinds] for r in rows]).reshape(n, len(kinds))

    # Kinds that cannot be told apart from the trend or from kinds already in the model (always
    # taken together, say) are left out rather than let the fit break on a singular matrix.
    columns = [trend]
    kept: list[str] = []
    entangled: dict[str, str] = {}
    def rank_of(m) -> int:  # via the small Gram matrix: thousands of nights, a handful of columns
        return int(np.linalg.matrix_rank(m.T @ m, hermitian=True))

    rank = rank_of(trend)
    for j, kind in enumerate(kinds):
        trial = np.column_stack(columns + [used[:, j]])
        new_rank = rank_of(trial)
        if new_rank > rank:
            columns.append(used[:, j:j + 1])
            kept.append(kind)
            rank = new_rank
        else:
            twin = next((k for i, k in enumerate(kept) if np.array_equal(used[:, kinds.index(k)], used[:, j])), "")
            entangled[kind] = twin or "the trend"
    X = np.column_stack(columns)
    if n - X.shape[1] < 2 or not kept:
        return {}, entangled
    # Feasible GLS with AR(1) errors (statsmodels' GLSAR: OLS, then the residuals' AR(1)
    # coefficient, then OLS on the prewhitened nights), with Newey–West errors on top for
    # whatever correlation the AR(1) does not catch. Plain OLS+HAC under-covers a habit started
    # halfway through (a slow-moving regressor) when bad weeks cluster: ~89% instead of 95%
    # in the simulations of tests/analysis; prewhitened, ~94%.
    hac = {"cov_type": "HAC", "cov_kwds": {"maxlags": hac_lags(n), "use_correction": True}, "use_t": True}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = GLSAR(np.asarray(y), X, rho=1)
        fit = model.iterative_fit(maxiter=4, **hac)
        rho = float(np.ravel(model.rho)[0])
        # A degenerate AR(1) estimate (an outcome that never varies, or nights that strictly
        # alternate) would whiten the nights into a singular design: plain OLS with HAC then.
        if not (np.isfinite(rho) and abs(rho) < 0.95) or np.linalg.matrix_rank(model.wexog) < X.shape[1]:
            fit = OLS(np.asarray(y), X).fit(**hac)
    first = trend.shape[1]
    ci = fit.conf_int(alpha=1 - CONFIDENCE)
    params, pvalues = np.asarray(fit.params), np.asarray(fit.pvalues)
    out = {}
    for i, kind in enumerate(kept):
        c = first + i
        if not (np.isfinite(params[c]) and np.isfinite(ci[c]).all()):
            continue
        out[kind] = (float(params[c]), float(ci[c][0]), float(ci[c][1]), float(pvalues[c]))
    return out, entangled


def _bh(fitted: dict[str, tuple]) -> dict[str, float]:
    if not fitted:
        return {}
    from statsmodels.stats.multitest import multipletests

    kinds = list(fitted)
    _, q, _, _ = multipletests([fitted[k][3] for k in kinds], alpha=SIGNIFICANCE, method="fdr_bh")
    return {k: float(v) for k, v in zip(kinds, q)}
