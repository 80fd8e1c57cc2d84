"""Averages over a period: what ``quietlegs summary`` prints and the report's first page shows."""

from __future__ import annotations

from collections import Counter
from datetime import date, tzinfo
from statistics import fmean

from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.records import JournalData
from quietlegs.domain.red_flags import find_red_flags


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return fmean(values) if values else None


JSON_DECIMALS = 2


def rounded(figures: dict, decimals: int = JSON_DECIMALS) -> dict:
    """The figures as ``summary --json`` prints them. Rounding happens once, here, at the edge:
    the report rounds the exact means itself (84.3512 reads 84.4 %, not 84.35 → "84.3 %")."""
    return {k: round(v, decimals) if isinstance(v, float) else v for k, v in figures.items()}


def summarize(data: JournalData, start: date | None, end: date | None, tz: tzinfo | None = None) -> dict:
    """Figures for the nights in ``data`` (already limited to the period ``start``..``end``)."""
    rows = build_night_table(data, tz)
    first = start or (rows[0].night_of if rows else None)
    last = end or (rows[-1].night_of if rows else None)
    period_nights = (last - first).days + 1 if first and last and last >= first else 0
    symptom_kinds = Counter(s.kind for s in data.symptoms)
    woke = Counter(s.kind for s in data.symptoms if s.woke_me)
    used = Counter(i.kind for i in data.interventions)

    def mean_of(name: str) -> float | None:
        return _mean(r.values[name] for r in rows)

    return {
        "from": first.isoformat() if first else None,
        "to": last.isoformat() if last else None,
        "nights_in_period": period_nights,
        "nights_logged": len(rows),
        "mean_time_in_bed_min": mean_of("time_in_bed_min"),
        "mean_total_sleep_min": mean_of("total_sleep_min"),
        "mean_sleep_efficiency": mean_of("sleep_efficiency"),
        "mean_sleep_latency_min": mean_of("sleep_latency_min"),
        "mean_waso_min": mean_of("waso_min"),
        "mean_awakenings": mean_of("awakenings"),
        "mean_quality": mean_of("quality"),
        "mean_rested": mean_of("rested"),
        "mean_legs_severity": mean_of("legs_severity"),
        "symptom_events": len(data.symptoms),
        "symptoms_by_kind": dict(sorted(symptom_kinds.items())),
        "symptoms_that_woke": dict(sorted(woke.items())),
        "interventions": len(data.interventions),
        "interventions_by_kind": dict(sorted(used.items())),
        "red_flags": [f.as_json() for f in red_flags_of(data, start, end)],
    }


def red_flags_of(data: JournalData, start: date | None, end: date | None):
    """The warning signs whose episodes begin in the period (domain/red_flags.py)."""
    return find_red_flags(data.nights, data.symptoms, data.interventions, start, end,
                          {k.slug: k.category for k in data.kinds})
