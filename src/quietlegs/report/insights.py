"""The Insights work in the report: its top findings and its charts (as SVG, painted as vectors).

This is the one place where the report meets ``quietlegs.analysis.effects`` / ``findings`` and
``quietlegs.charts``; it asks them, and computes nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from quietlegs.analysis.outcomes import NightRow
from quietlegs.domain.records import JournalData

# The outcomes whose clear findings the summary page lists (a clinician's first questions:
# how long, how well, how were the legs), and how many findings at most.
FINDING_OUTCOMES = ("total_sleep_min", "sleep_efficiency", "sleep_latency_min", "legs_severity")
MAX_FINDINGS = 5
MAX_PER_KIND = 2  # room for more than one habit on a short page


@dataclass(frozen=True)
class Chart:
    title: str
    svg: bytes  # a matplotlib Figure saved as SVG
    aspect: float  # height / width, to keep its proportions on the page


@dataclass(frozen=True)
class Finding:
    text: str  # in plain words, already worded as an association


def chart_from_figure(title: str, figure) -> Chart:
    """A matplotlib ``Figure`` as SVG: painted later as vectors, crisp on any printer.

    Its words stay words (``svg.fonttype`` "none"): Qt sets them in the report's fonts, so
    they print sharply and can be searched and copied like the rest of the report.
    """
    import io

    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "quietlegs"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight", pad_inches=0.05)
    width, height = figure.get_size_inches()
    return Chart(title=title, svg=buffer.getvalue(), aspect=float(height / width))


def top_findings(rows: list[NightRow], kinds) -> list[Finding]:
    """The clearest findings (helps or hurts after the many-kinds correction), largest first."""
    from quietlegs.analysis.effects import estimate_effects
    from quietlegs.analysis.findings import HELPS, HURTS, catalog, findings

    names, categories, builtin = catalog(kinds)
    clear = []
    for outcome in FINDING_OUTCOMES:
        result = estimate_effects(rows, outcome)
        for f in findings(result, names, categories, builtin):
            if f.verdict in (HELPS, HURTS):
                clear.append((f.effect.q_value if f.effect.q_value is not None else 1.0, outcome, f))
    clear.sort(key=lambda t: (t[0], FINDING_OUTCOMES.index(t[1])))
    per_kind: dict[str, int] = {}
    out = []
    for _, _, f in clear:
        if per_kind.get(f.kind, 0) >= MAX_PER_KIND:
            continue
        per_kind[f.kind] = per_kind.get(f.kind, 0) + 1
        out.append(Finding(f.text))
        if len(out) == MAX_FINDINGS:
            break
    return out


def insight_charts(data: JournalData, start: date, end: date, tz: tzinfo | None) -> list[Chart]:
    """The Insights charts for the report (none until ``quietlegs.charts`` exists on this branch)."""
    return []


def charts_and_findings(data: JournalData, rows: list[NightRow], start: date, end: date, tz: tzinfo | None,
                        with_charts: bool) -> tuple[list[Chart], list[Finding]]:
    charts = insight_charts(data, start, end, tz) if with_charts else []
    return charts, top_findings(rows, data.kinds)
