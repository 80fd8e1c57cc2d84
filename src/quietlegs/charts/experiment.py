"""``experiment``: a self-experiment night by night: its periods as bands (on, off, washout),
each logged night as a dot (filled when the remedy was logged before bed, hollow when not), and
each period's mean as a line across it, so a reader sees the design, the adherence and the
difference at a glance.

``build(result, kind_name, outcome_label, *, size=None, words=ENGLISH) -> Figure`` takes an
``analysis.experiment_result.ExperimentResult`` (not a period of the journal, so it is not one
of ``CHART_NAMES``).
"""

from __future__ import annotations

from datetime import timedelta

from quietlegs.charts.style import BLUE, GREY, INK, new_figure, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords

ON_COLOUR, OFF_COLOUR = BLUE, GREY


def build(result, kind_name: str, outcome_label: str, *, size=None, words: ChartWords = ENGLISH,
          outcome_in_sentence: str | None = None):
    """``outcome_label`` labels the axis; ``outcome_in_sentence`` (its lower case by default) reads in the title."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    exp = result.experiment
    fig = new_figure(size or (7.2, 3.0))
    title = words.experiment_title.format(kind=kind_name, outcome=outcome_in_sentence or outcome_label.lower())
    if not result.nights:
        return say_empty(fig, title, words.experiment_empty)
    ax = fig.add_subplot()
    for s in result.periods:
        p = s.period
        left, right = p.first, p.last + timedelta(days=1)
        if p.condition == "washout":
            ax.axvspan(left, right, facecolor="white", edgecolor="#BBBBBB", hatch="..", linewidth=0)
            continue
        colour = ON_COLOUR if p.condition == "on" else OFF_COLOUR
        ax.axvspan(left, right, facecolor=colour, alpha=0.12 if p.condition == "on" else 0.08, linewidth=0)
        if s.mean is not None:
            ax.hlines(s.mean, left, right, colors=colour, linewidth=2.4)
    for d, value, took in result.nights:
        x = d + timedelta(hours=12)
        ax.scatter([x], [value], s=18, marker="o", zorder=3, linewidths=1.2,
                   facecolors=ON_COLOUR if took else "white", edgecolors=ON_COLOUR if took else INK)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos=None: _day_month(mdates.num2date(x), words)))
    ax.set_ylabel(outcome_label)
    ax.set_title(title)
    ax.legend(handles=[Patch(facecolor=ON_COLOUR, alpha=0.25, label=words.on_kind.format(kind=kind_name.lower())),
                       Patch(facecolor=OFF_COLOUR, alpha=0.2, label=words.off),
                       Line2D([], [], color=INK, linewidth=2.4, label=words.period_mean),
                       Line2D([], [], marker="o", linestyle="", color=ON_COLOUR, label=words.taken_before_bed),
                       Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color=INK,
                              label=words.not_taken)],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_xlim(exp.start, result.periods[-1].period.last + timedelta(days=1))
    return fig


def _day_month(d, words: ChartWords) -> str:
    """``05 Sep`` (the day with its leading zero, as the axis always had it)."""
    return words.day_month.format(day=f"{d.day:02d}", month=words.months[d.month - 1])
