"""The columns of the effects regression (``analysis.effects``): what it adjusts for and what it reports.

Adjustments, each kept only where the nights carry it (and said when dropped):

* ``trend``: a natural cubic spline of the date (patsy's ``cr``) with a knot about every
  :data:`KNOT_DAYS` days, so a flare that settles over two months is followed, not a straight line;
* ``weekend``: Friday and Saturday nights (later nights, other habits);
* ``season``: a yearly sine and cosine once the nights span :data:`SEASON_DAYS` days;
* ``state_before_bed``: the worst symptom logged before bed that evening, because remedies are
  taken *because* an evening is bad;
* ``yesterday``: each kind's use the night before (reported too, as a ``next_night`` row);
* ``sustained_use``: for slow-acting kinds, the share of the last four weeks' nights with it
  (reported as a ``sustained`` row);
* ``dose``: a kind used at two or more amounts often enough gets one column per amount.

numpy and patsy are imported inside the functions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MIN_NIGHTS = 5  # nights with and nights without a kind before anything is estimated
KNOT_DAYS = 60  # one spline knot about every two months
SEASON_DAYS = 300  # yearly terms once the nights span this much of a year
SUSTAINED_MIN = 28  # nights on each side (mostly used / mostly not) before a sustained estimate
NEXT_NIGHT_MIN_NIGHTS = 40  # fewer logged nights: no next-night rows (too many columns for the nights)
NIGHTS_PER_COLUMN = 8  # at least this many nights per column of the model

SAME, NEXT, SUSTAINED = "same_night", "next_night", "sustained"


@dataclass(eq=False)
class Term:
    """One reported row: a kind at a lag (and a dose band), its column and its with/without nights."""

    kind: str
    lag: str
    dose: str | None
    column: object  # numpy array, one value per night
    with_: object  # boolean array: nights counted "with"
    without: object  # boolean array: nights counted "without"
    minimum: int = MIN_NIGHTS

    @property
    def key(self) -> tuple:
        return (self.kind, self.lag, self.dose)


@dataclass
class Design:
    adjust: list  # [(name, 2-d array)] always-in columns, first the intercept + trend
    terms: list[Term]  # reported rows, estimable or not
    extra: list  # [(name, 1-d array)] adjustment columns not reported (rare doses)
    adjusted_for: list[str]
    not_adjusted_for: dict[str, str]  # name -> why not
    days: object = None  # numpy array: each night's day number (gaps are unlogged nights)


def dose_value(label: str) -> float:
    try:
        return float(label.split()[0])
    except (ValueError, IndexError):
        return float("inf")


def dose_bands(rows, kind: str) -> list[str]:
    """The amounts ``kind`` was used at on at least MIN_NIGHTS nights each, when two or more."""
    counts = Counter(r.doses.get(kind) for r in rows if kind in r.before_bed)
    bands = sorted((d for d, c in counts.items() if d is not None and c >= MIN_NIGHTS), key=dose_value)
    return bands if len(bands) >= 2 else []


def trend_basis(days, span: float, n: int):
    """Intercept + a natural cubic spline of the date (knots about every KNOT_DAYS days)."""
    import numpy as np

    df = int(min(round(span / KNOT_DAYS), n // (4 * NIGHTS_PER_COLUMN)))
    if span <= 0 or df < 1:
        return np.ones((len(days), 1)), 0
    if df < 3:  # too short for a curve: a straight line
        return np.column_stack([np.ones(len(days)), days / span]), df
    from patsy import dmatrix

    # df cubic-spline columns that add up to one: they carry the intercept themselves.
    basis = np.asarray(dmatrix(f"cr(x, df={df}) - 1", {"x": days}, return_type="matrix"))
    return basis, df


def build_design(rows, kinds: list[str]) -> Design:
    import numpy as np

    # Why an adjustment was left out, in the words of ``quietlegs analyze --json``.
    from quietlegs.analysis.findings_english import NOT_ADJUSTED_REASONS as why

    n = len(rows)
    days = np.array([(r.night_of - rows[0].night_of).days for r in rows], dtype=float)
    span = float(days[-1]) if n else 0.0
    adjust, adjusted_for, dropped = [], [], {}
    trend, df = trend_basis(days, span, n)
    adjust.append(("trend", trend))
    if df:
        adjusted_for.append("trend")
    else:
        dropped["trend"] = why["trend"]

    weekend = np.array([r.night_of.weekday() in (4, 5) for r in rows], dtype=float)
    if MIN_NIGHTS <= weekend.sum() <= n - MIN_NIGHTS:
        adjust.append(("weekend", weekend[:, None]))
        adjusted_for.append("weekend")
    else:
        dropped["weekend"] = why["weekend"]

    if span >= SEASON_DAYS:
        angle = 2 * np.pi * np.array([r.night_of.timetuple().tm_yday for r in rows]) / 365.25
        adjust.append(("season", np.column_stack([np.sin(angle), np.cos(angle)])))
        adjusted_for.append("season")
    else:
        dropped["season"] = why["season"]

    state = np.array([float(getattr(r, "before_bed_symptoms", 0.0) or 0.0) for r in rows])
    if (state > 0).sum() >= MIN_NIGHTS and (state == 0).sum() >= MIN_NIGHTS:
        # Whether a symptom came before bed, and how bad the worst was: the rank check of
        # the fit drops the second when every such evening had the same severity.
        adjust.append(("state_before_bed", np.column_stack([state > 0, state]).astype(float)))
        adjusted_for.append("state_before_bed")
    else:
        dropped["state_before_bed"] = why["state_before_bed"]

    terms: list[Term] = []
    extra: list = []
    used_dose = False
    for kind in kinds:
        tonight = np.array([kind in r.before_bed for r in rows])
        bands = dose_bands(rows, kind)
        if bands:
            used_dose = True
            doses = [r.doses.get(kind) for r in rows]
            for band in bands:
                at = tonight & np.array([d == band for d in doses])
                terms.append(Term(kind, SAME, band, at.astype(float), at, ~tonight))
            other = tonight & np.array([d not in bands for d in doses])
            if other.any():
                extra.append((f"{kind} at other amounts", other.astype(float)))
        else:
            terms.append(Term(kind, SAME, None, tonight.astype(float), tonight, ~tonight))

    lagged = n >= NEXT_NIGHT_MIN_NIGHTS
    for kind in kinds:
        before = np.array([kind in getattr(r, "yesterday", ()) for r in rows])
        if lagged and before.sum() >= MIN_NIGHTS and (~before).sum() >= MIN_NIGHTS:
            terms.append(Term(kind, NEXT, None, before.astype(float), before, ~before))
    if lagged and any(t.lag == NEXT for t in terms):
        adjusted_for.append("yesterday")
    elif not lagged:
        dropped["yesterday"] = why["yesterday"]

    for kind in kinds:
        if not any(kind in getattr(r, "recent_use", {}) for r in rows):
            continue
        share = np.array([float(r.recent_use.get(kind, 0.0)) for r in rows])
        mostly = share >= 0.5
        terms.append(Term(kind, SUSTAINED, None, share, mostly, ~mostly, minimum=SUSTAINED_MIN))
    if any(t.lag == SUSTAINED for t in terms):
        adjusted_for.append("sustained_use")
    if used_dose:
        adjusted_for.append("dose")
    return Design(adjust=adjust, terms=terms, extra=extra, adjusted_for=adjusted_for, not_adjusted_for=dropped,
                  days=days)
