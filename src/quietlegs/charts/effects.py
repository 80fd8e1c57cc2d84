"""``effects``: a forest plot of the adjusted differences (``analysis.effects``) with their 95%
intervals, sorted from most helpful to most harmful. "Better" is always to the right (the axis
is flipped for outcomes where lower is better), helpful kinds are blue circles, harmful ones
vermillion squares, unclear ones hollow grey diamonds, and the no-difference line runs down
the middle. Kinds with too little data are listed underneath.

``build(data, outcome, start, end, *, size=None, effects=None, words=ENGLISH) -> Figure``; ``effects`` is an
``EffectsResult`` for that outcome and period (computed here when not given).
"""

from __future__ import annotations

from datetime import date

from matplotlib.layout_engine import ConstrainedLayoutEngine

from quietlegs.analysis.findings import HELPS, HURTS, verdict_of
from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.charts.data import ChartData
from quietlegs.charts.style import HARMFUL, HELPFUL, UNCLEAR, new_figure, period_words, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords

_LOOK = {  # verdict → (colour, marker, filled, which legend words)
    HELPS: (HELPFUL, "o", True, "seems_to_help"),
    HURTS: (HARMFUL, "s", True, "seems_to_hurt"),
    "unclear": (UNCLEAR, "D", False, "not_clear_yet"),
}


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None, effects=None,
          words: ChartWords = ENGLISH):
    spec = OUTCOMES[outcome]
    if effects is None:
        from quietlegs.analysis.effects import estimate_effects

        effects = estimate_effects(data.between(start, end), outcome)
    shown = [e for e in effects.effects if e.adjusted_difference is not None
             and (getattr(e, "lag", "same_night") != "next_night" or e.clear)]  # as the findings do
    too_few = [e for e in effects.effects if e.adjusted_difference is None
               and getattr(e, "lag", "same_night") == "same_night"]
    height = None
    if size is None:
        height = max(3.2, 1.6 + 0.42 * len(shown) + (0.4 if too_few else 0))
    fig = new_figure(size or (9.0, height))
    period = period_words(start, end, words)
    title = words.effects_title.format(outcome=words.outcome(outcome))
    if not shown and effects.nights and not getattr(effects, "outcome_varies", True):
        return say_empty(fig, title, words.never_varied.format(outcome=words.outcome(outcome), period=period))
    if not shown:
        said = words.no_nights.format(period=period) if not effects.nights else words.not_enough_nights
        if too_few:
            kinds = ", ".join(words.few_so_far_kind.format(kind=_label(data, e, words), with_=e.nights_with)
                              for e in too_few[:8])
            said += "\n\n" + words.too_few_so_far.format(kinds=kinds)
        return say_empty(fig, title, said)

    sign = 1 if spec.higher_is_better else -1
    shown.sort(key=lambda e: sign * e.adjusted_difference, reverse=True)  # most helpful on top
    ax = fig.add_subplot()
    ax.axvline(0, color="#333333", lw=1.2, zorder=1)
    used_labels = set()
    for y, e in enumerate(shown):
        v = verdict_of(e, spec)
        colour, marker, filled, which = _LOOK.get(v, _LOOK["unclear"])
        legend = getattr(words, which)
        ax.plot([e.ci_low, e.ci_high], [y, y], color=colour, lw=2.4, solid_capstyle="butt", zorder=2)
        ax.plot([e.adjusted_difference], [y], marker=marker, ms=9, color=colour, zorder=3,
                markerfacecolor=colour if filled else "white", markeredgewidth=1.8,
                label=None if legend in used_labels else legend, linestyle="none")
        used_labels.add(legend)
    ax.set_yticks(range(len(shown)),
                  [words.effect_row.format(kind=_label(data, e, words), with_=e.nights_with, without=e.nights_without)
                   for e in shown],
                  fontsize=_label_size(fig, len(shown)))
    fig.set_layout_engine(_NamesFitLayout(ax, len(shown), **fig.get_layout_engine().get()))
    ax.set_ylim(len(shown) - 0.4, -0.6)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    lows = [e.ci_low for e in shown] + [0]
    highs = [e.ci_high for e in shown] + [0]
    span = max(highs) - min(lows) or 1
    ax.set_xlim(min(lows) - 0.08 * span, max(highs) + 0.32 * span)
    if not spec.higher_is_better:
        ax.set_xlim(max(highs) + 0.08 * span, min(lows) - 0.32 * span)  # better stays on the right
    for y, e in enumerate(shown):
        far = e.ci_high if spec.higher_is_better else e.ci_low
        ax.annotate(f"{'+' if e.adjusted_difference > 0 else ''}{words.number(e.adjusted_difference, spec.decimals)}"
                    f"{' ' + words.unit(spec.unit) if spec.unit and spec.unit != '%' else ''}",
                    (far, y), xytext=(8, 0), textcoords="offset points", va="center", fontsize=9.5)
    unit = {"%": words.percentage_points, "": words.points}.get(spec.unit) or words.unit(spec.unit)
    ax.set_xlabel(words.difference_axis.format(outcome=words.outcome_in_sentence(outcome), unit=unit), fontsize=9.5)
    ax.text(1.0, 1.01, words.better, transform=ax.transAxes, ha="right", va="bottom", color=HELPFUL,
            fontweight="bold")
    ax.text(0.0, 1.01, words.worse, transform=ax.transAxes, ha="left", va="bottom", color=HARMFUL,
            fontweight="bold")
    ax.set_title(f"{title}\n{period}", pad=18)
    ax.legend(loc="best", frameon=True, framealpha=0.9, edgecolor="#DDDDDD", numpoints=1)  # clear of the lines
    ax.grid(axis="x")
    if too_few:
        names = ", ".join(_why_not(data, e, words) for e in too_few[:8])
        fig.text(0.01, 0.005, words.cannot_tell_yet.format(kinds=names), fontsize=9, color="#555555", ha="left",
                 va="bottom", wrap=True)
    return fig


class _NamesFitLayout(ConstrainedLayoutEngine):
    """Constrained layout that first sizes the habits' names for the figure's height as it is
    drawn: a chart built for one window and shown after the window was made smaller or larger
    keeps each name in its own row, at full size again once there is room."""

    def __init__(self, ax, rows: int, **kwargs):
        super().__init__(**kwargs)
        self._ax, self._rows = ax, rows

    def execute(self, fig):
        size = _label_size(fig, self._rows)
        if any(t.get_fontsize() != size for t in self._ax.get_yticklabels()):
            self._ax.yaxis.set_tick_params(labelsize=size)
        return super().execute(fig)


def _label_size(fig, rows: int) -> float:
    """9.5 pt, or less in a short figure, so that each habit's two lines stay in its own row
    (about 1.6 inches go to the title, the words above the axes and the axis label)."""
    per_row = (fig.get_size_inches()[1] - 1.6) / max(1, rows)
    needed = 2 * 9.5 * 1.3 / 72
    return max(8.0, min(9.5, 9.5 * per_row / needed))


def _label(data: ChartData, e, words: ChartWords = ENGLISH) -> str:
    """The kind's name, and which of its rows: "Exercise, night after", "Iron, 4 weeks", "Magnesium 400 mg"."""
    lag, dose = getattr(e, "lag", "same_night"), getattr(e, "dose", None)
    name = words.kind(data, e.kind)
    if dose:
        name = words.row_dose.format(kind=name, dose=dose)
    if lag == "next_night":
        return words.row_night_after.format(kind=name)
    if lag == "sustained":
        return words.row_four_weeks.format(kind=name)
    return name


def _why_not(data: ChartData, e, words: ChartWords = ENGLISH) -> str:
    label = _label(data, e, words)
    if getattr(e, "note", ""):
        return words.did_not_vary.format(kind=label)
    if e.enough_data:  # enough nights, but always used together with another kind
        other = words.kind(data, e.entangled_with) if e.entangled_with not in ("", "the trend") else words.the_trend
        return words.always_with.format(kind=label, other=other)
    if e.short_of == "without":
        return words.only_without.format(kind=label, without=e.nights_without)
    return words.nights_with.format(kind=label, with_=e.nights_with)
