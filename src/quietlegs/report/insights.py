"""The Insights work in the report: its top findings and its charts (as SVG, painted as vectors).

This is the one place where the report meets ``quietlegs.analysis.effects`` / ``findings`` and
``quietlegs.charts``; it asks them, and computes nothing itself. Charts are drawn for sleep
efficiency (the Insights page's default outcome); findings cover the outcomes below.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, tzinfo

from quietlegs.analysis.outcomes import NightRow
from quietlegs.domain.records import JournalData
from quietlegs.report.svg_hatch import vector_hatches

# The outcomes whose clear findings the summary page lists: how well the nights went (sleep
# efficiency, also the charts' outcome, so its estimates serve both) and how the legs were.
# Each outcome is one regression; two keep a year's report well inside its time budget.
FINDING_OUTCOMES = ("sleep_efficiency", "legs_severity")
MAX_FINDINGS = 5
MAX_PER_KIND = 2  # room for more than one habit on a short page
# The charts, in the order, with their size on the page (inches; about 7 wide fit).
CHART_OUTCOME = "sleep_efficiency"  # the Insights page's default outcome
REPORT_CHARTS = (
    ("timeline", (7.2, 3.6)),
    ("effects", (8.0, 4.0)),  # its long axis label needs the width; it is scaled to the page
    ("calendar", (7.2, 3.0)),
    ("time_of_night", (7.2, 3.2)),
    ("locations", (7.2, 3.2)),
)


@dataclass(frozen=True)
class Chart:
    title: str
    svg: bytes  # a matplotlib Figure saved as SVG
    aspect: float  # height / width, to keep its proportions on the page
    # The effects chart only: what its estimate adjusted for, and what not with why (names as
    # in ``EffectsResult.adjusted_for``), for the sentence above the charts.
    adjusted_for: tuple[str, ...] = ()
    not_adjusted_for: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Finding:
    text: str  # in the user's words (``report.finding_words``), already worded as an association


def chart_from_figure(title: str, figure) -> Chart:
    """A matplotlib ``Figure`` as SVG: painted later as vectors, crisp on any printer.

    Its words stay words (``svg.fonttype`` "none"): Qt sets them in the report's fonts, so
    they print sharply and can be searched and copied like the rest of the report. Hatched
    bars become vector lines too (see :mod:`quietlegs.report.svg_hatch`).

    The SVG canvas is asked directly rather than through ``Figure.savefig``: ``savefig`` draws
    a figure with a layout engine twice (a dry run to lay it out, then the real drawing, which
    lays it out again), and the constrained layout is most of a chart's drawing time. One draw
    lays the figure out and writes it; the SVG is the same, byte for byte.
    """
    import io

    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "quietlegs"}):
        # No date in the metadata: the same journal gives the same SVG.
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None})
    width, height = figure.get_size_inches()
    return Chart(title=title, svg=vector_hatches(buffer.getvalue()), aspect=float(height / width))


def top_findings(results, names, categories, builtin) -> list[Finding]:
    """The clearest findings (helps or hurts after the many-kinds correction) across ``results``,
    after the first result's warning about unlogged nights and before what it adjusted for."""
    from quietlegs.analysis.findings import HELPS, HURTS, NOTE, WARNING, findings
    from quietlegs.report.finding_words import sentence

    clear = []
    notes: dict[str, str] = {}
    for result in results:
        for f in findings(result, names, categories, builtin):
            if f.verdict in (WARNING, NOTE):
                notes.setdefault(f.verdict, sentence(f))
            if f.verdict in (HELPS, HURTS):
                q = f.effect.q_value if f.effect.q_value is not None else 1.0
                clear.append((q, FINDING_OUTCOMES.index(result.outcome), f))
    clear.sort(key=lambda t: (t[0], t[1]))
    per_kind: dict[str, int] = {}
    out = []
    for _, _, f in clear:
        if per_kind.get(f.kind, 0) >= MAX_PER_KIND:
            continue
        per_kind[f.kind] = per_kind.get(f.kind, 0) + 1
        out.append(Finding(sentence(f)))
        if len(out) == MAX_FINDINGS:
            break
    if out and NOTE in notes:
        out.append(Finding(notes[NOTE]))
    if WARNING in notes:
        out.insert(0, Finding(notes[WARNING]))
    return out


def load_chart_modules() -> None:
    """Import matplotlib and the report's chart modules (while the effects are worked out)."""
    from matplotlib.backends import backend_svg  # noqa: F401

    from quietlegs.charts import builder

    for name, _ in REPORT_CHARTS:
        builder(name)


def draw_chart(name: str, size: tuple[float, float], source, start: date, end: date, effects=None,
               words=None) -> Chart:
    """One of the report's charts, built by ``quietlegs.charts`` in ``words`` and kept as vectors."""
    from quietlegs.charts import CHART_TITLES, build_chart

    figure = build_chart(name, source, CHART_OUTCOME, start, end, size=size,
                         effects=effects if name == "effects" else None, words=words)
    return chart_from_figure(CHART_TITLES[name], figure)


def charts_and_findings(data: JournalData, rows: list[NightRow], start: date, end: date, tz: tzinfo | None,
                        with_charts: bool, submit_estimate=None) -> tuple[list[Chart], list[Finding]]:
    """The charts (when asked for) and the top findings for the nights ``rows`` of ``data``.

    The effects are sent away first (``submit_estimate(rows, outcome)``, see
    :func:`~quietlegs.report.content.compose_content`); the charts that need no statistics are
    drawn while they are worked out, the effects chart once they are in.
    """
    from quietlegs.analysis.findings import catalog
    from quietlegs.charts import ChartData
    from quietlegs.report.chart_words import chart_words

    words = chart_words()  # in the translation installed where the report is composed
    names, categories, builtin = catalog(data.kinds)
    source = ChartData(rows=rows, kind_names=names, categories=categories, builtin=builtin)
    submit = submit_estimate or _estimate_here
    pending = {o: submit(rows, o) for o in FINDING_OUTCOMES}
    drawn = {}
    if with_charts:
        load_chart_modules()
        drawn = {name: draw_chart(name, size, source, start, end, words=words)
                 for name, size in REPORT_CHARTS if name != "effects"}
    results = {o: p.result() for o, p in pending.items()}
    found = top_findings(results.values(), names, categories, builtin)
    if with_charts:
        result = results[CHART_OUTCOME]
        drawn.update({name: replace(draw_chart(name, size, source, start, end, result, words),
                                    adjusted_for=tuple(result.adjusted_for),
                                    not_adjusted_for=tuple(result.not_adjusted_for))
                      for name, size in REPORT_CHARTS if name == "effects"})
    return [drawn[name] for name, _ in REPORT_CHARTS if name in drawn], found


class _Estimated:
    """An estimate worked out here, at once (no worker)."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def _estimate_here(rows, outcome: str) -> _Estimated:
    from quietlegs.analysis.effects import estimate_effects

    return _Estimated(estimate_effects(rows, outcome))
