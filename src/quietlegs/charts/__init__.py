"""The charts of the Insights page, the command line and the appointment report.

Each chart is a module with ``build(data: ChartData, outcome: str, start: date | None,
end: date | None, *, size=None) -> matplotlib.figure.Figure`` (the ``effects`` chart also
takes ``effects=``, an ``analysis.effects.EffectsResult`` already computed for the period).
The one entry point for callers::

    from quietlegs.charts import CHART_NAMES, build_chart, chart_data
    fig = build_chart("timeline", chart_data(journal.snapshot(start, end), tz), "sleep_efficiency",
                      start, end, size=(8, 4))
    fig.savefig("timeline.pdf")

``source`` may also be a ``JournalData`` (it is turned into a ``ChartData``). Figures are built
with the object API (never pyplot) and hold no Qt: they serve a canvas, a file or a report
page alike. The chart modules (and matplotlib) are imported only when a chart is built. Their
words come from ``words=`` (:class:`~quietlegs.charts.words.ChartWords`, English by default).
"""

from __future__ import annotations

import importlib
from datetime import date

from quietlegs.charts.data import ChartData, chart_data
from quietlegs.charts.words import ENGLISH, ChartWords

CHART_NAMES: tuple[str, ...] = ("timeline", "effects", "calendar", "time_of_night", "locations", "relief",
                               "milestone")
CHART_TITLES: dict[str, str] = {
    "timeline": "Timeline", "effects": "Effects", "calendar": "Calendar",
    "time_of_night": "Time of night", "locations": "Where on the legs", "relief": "Relief",
    "milestone": "Milestones",
}
# Charts whose picture changes with the chosen outcome (the others depend only on the period).
OUTCOME_CHARTS = frozenset({"timeline", "effects", "calendar", "milestone"})


def builder(name: str):
    if name not in CHART_NAMES:
        raise ValueError(f"unknown chart {name!r}; choose one of {', '.join(CHART_NAMES)}")
    return importlib.import_module(f"quietlegs.charts.{name}").build


def build_chart(name: str, source, outcome: str, start: date | None = None, end: date | None = None, *,
                size: tuple[float, float] | None = None, effects=None, milestones=(), focus=None,
                words: ChartWords | None = None):
    """The chart ``name`` for ``outcome`` over the nights ``start``..``end`` (inclusive, None = open),
    in ``words`` (English when not given)."""
    build = builder(name)
    data = source if isinstance(source, ChartData) else chart_data(source)
    kwargs = {"size": size, "words": words or ENGLISH}
    if name == "effects":
        kwargs["effects"] = effects
    if name == "milestone":  # the milestones marked, and the one whose days are counted (or None)
        kwargs.update(milestones=milestones, focus=focus)
    from quietlegs.charts.style import wrap_titles

    return wrap_titles(build(data, outcome, start, end, **kwargs))


__all__ = ["CHART_NAMES", "CHART_TITLES", "OUTCOME_CHARTS", "ChartData", "ChartWords", "ENGLISH", "build_chart",
           "builder", "chart_data"]
