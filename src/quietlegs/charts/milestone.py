"""``milestone``: the chosen outcome night by night with the milestones marked ("stopped kratom",
"started iron", each dry-needling session), so a change can be seen against what happened.

With one milestone chosen (``focus``), the nights are placed by days since it instead: day 0 is
the milestone, the weeks before it on the left, so a withdrawal or a needling course reads as a
stage-by-stage curve ("day 3 was the worst").

``build(data, outcome, start, end, *, size=None, milestones=(), focus=None, words=ENGLISH) -> Figure``;
``milestones``: :class:`quietlegs.domain.milestones.Milestone` objects; ``focus``: one of them.
"""

from __future__ import annotations

from datetime import date

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.charts.data import ChartData
from quietlegs.charts.style import BLUE, GREY, INK, ORANGE, date_axis, new_figure, period_words, say_empty
from quietlegs.charts.timeline import rolling_mean
from quietlegs.charts.words import ENGLISH, ChartWords

NIGHT_DOT = "#A0A0A0"
MAX_LABELLED = 8  # more milestones than this are marked but only the latest are named
DAYS_BEFORE = 28  # with a focus: this many nights before the milestone are shown


def _series(rows, outcome):
    days = [r.night_of for r in rows if r.values.get(outcome) is not None]
    values = [float(r.values[outcome]) for r in rows if r.values.get(outcome) is not None]
    return days, values


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          milestones=(), focus=None, words: ChartWords = ENGLISH):
    spec = OUTCOMES[outcome]
    if focus is not None:
        return _by_days_since(data, spec, outcome, start, end, focus, size, words)
    rows = data.between(start, end)
    period = period_words(start, end, words)
    title = words.milestone_title.format(outcome=words.outcome(outcome))
    days, values = _series(rows, outcome)
    if not days:
        return say_empty(new_figure(size), title, words.no_nights.format(period=period))
    fig = new_figure(size)
    ax = fig.add_subplot()
    ax.plot(days, values, linestyle="none", marker="o", ms=4, color=NIGHT_DOT, label=words.each_night)
    smooth = rolling_mean(days, values)
    ax.plot(days, [float("nan") if v is None else v for v in smooth], color=BLUE, lw=2.2,
            label=words.seven_night_mean)
    first, last = start or days[0], end or days[-1]
    shown = sorted((m for m in milestones if first <= m.date <= last), key=lambda m: m.date)
    named = shown[-MAX_LABELLED:]
    top = max(values)
    for m in shown:
        ax.axvline(m.date, color=ORANGE, lw=1.4, ls="--", zorder=0)
    for k, m in enumerate(named):
        ax.annotate(m.name, (m.date, top), xytext=(3, -2 - 12 * (k % 3)), textcoords="offset points",
                    rotation=0, fontsize=8.5, color=INK, va="top", annotation_clip=False,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    if shown:
        ax.plot([], [], color=ORANGE, ls="--", lw=1.4, label=words.milestone)
    ax.set_xlim(first, last)
    date_axis(ax, first, last, words)
    ax.set_ylabel(words.labelled(outcome))
    ax.set_title(words.titled_period.format(title=title, period=period))
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.08), frameon=False, ncols=3)
    ax.grid(axis="y")
    if not shown:
        ax.text(0.99, 0.02, words.no_milestones, transform=ax.transAxes, ha="right", va="bottom",
                color=GREY, fontsize=9)
    return fig


def _by_days_since(data: ChartData, spec, outcome, start, end, focus, size, words: ChartWords = ENGLISH):
    title = words.days_since_title.format(outcome=words.outcome(outcome), milestone=focus.name,
                                          date=words.day(focus.date))
    rows = [r for r in data.between(start, end) if (r.night_of - focus.date).days >= -DAYS_BEFORE]
    days, values = _series(rows, outcome)
    if not days:
        return say_empty(new_figure(size), title, words.nothing_around)
    offsets = [(d - focus.date).days for d in days]
    fig = new_figure(size)
    ax = fig.add_subplot()
    ax.plot(offsets, values, linestyle="none", marker="o", ms=4, color=NIGHT_DOT, label=words.each_night)
    smooth = rolling_mean(days, values)
    ax.plot(offsets, [float("nan") if v is None else v for v in smooth], color=BLUE, lw=2.2,
            label=words.seven_night_mean)
    ax.axvline(0, color=ORANGE, lw=1.6, ls="--", zorder=0, label=focus.name)
    ax.set_xlabel(words.days_since_axis)
    ax.set_ylabel(words.labelled(outcome))
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.12), frameon=False, ncols=3)
    ax.grid(axis="y")
    return fig
