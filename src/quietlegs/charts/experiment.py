"""``experiment``: a self-experiment night by night: its periods as bands (on, off, washout),
each logged night as a dot (filled when the remedy was logged before bed, hollow when not), and
each period's mean as a line across it, so a reader sees the design, the adherence and the
difference at a glance.

``build(result, kind_name, outcome_label, *, size=None) -> Figure`` takes an
``analysis.experiment_result.ExperimentResult`` (not a period of the journal, so it is not one
of ``CHART_NAMES``).
"""

from __future__ import annotations

from datetime import timedelta

from quietlegs.charts.style import BLUE, GREY, INK, new_figure, say_empty

ON_COLOUR, OFF_COLOUR = BLUE, GREY


def build(result, kind_name: str, outcome_label: str, *, size=None):
    from matplotlib.dates import DateFormatter
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    exp = result.experiment
    fig = new_figure(size or (7.2, 3.0))
    title = f"{kind_name}: {outcome_label.lower()} on and off, night by night"
    if not result.nights:
        return say_empty(fig, title, "No nights of this experiment are logged yet.")
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
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    ax.set_ylabel(outcome_label)
    ax.set_title(title)
    ax.legend(handles=[Patch(facecolor=ON_COLOUR, alpha=0.25, label=f"On {kind_name.lower()}"),
                       Patch(facecolor=OFF_COLOUR, alpha=0.2, label="Off"),
                       Line2D([], [], color=INK, linewidth=2.4, label="Period mean"),
                       Line2D([], [], marker="o", linestyle="", color=ON_COLOUR, label="Taken before bed"),
                       Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color=INK,
                              label="Not taken")],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_xlim(exp.start, result.periods[-1].period.last + timedelta(days=1))
    return fig
