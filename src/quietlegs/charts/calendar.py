"""``calendar``: a month-by-month heat map of the outcome. Up to 18 months: one row per month,
one cell per night (blank = not logged). Longer periods: one row per year, one cell per month
(the month's mean). The colour map (cividis: colour-blind-safe, and even in lightness so it
reads in grey) runs from dark = worse to bright = better, whichever way the outcome points.

``build(data, outcome, start, end, *, size=None, words=ENGLISH) -> Figure``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.charts.data import ChartData
from quietlegs.charts.style import new_figure, period_words, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords

DAY_GRID_MONTHS = 18


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          words: ChartWords = ENGLISH):
    import numpy as np

    spec = OUTCOMES[outcome]
    rows = [r for r in data.between(start, end) if r.values.get(outcome) is not None]
    fig = new_figure(size)
    period = period_words(start, end, words)
    title = words.calendar_title.format(outcome=words.outcome(outcome), period=period)
    if not rows:
        return say_empty(fig, title, words.calendar_empty.format(outcome=words.outcome_in_sentence(outcome),
                                                                 period=period))
    months = sorted({(r.night_of.year, r.night_of.month) for r in rows})
    first, last = months[0], months[-1]
    n_months = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    cmap = "cividis" if spec.higher_is_better else "cividis_r"
    ax = fig.add_subplot()
    if n_months <= DAY_GRID_MONTHS:
        labels = []
        grid = np.full((n_months, 31), np.nan)
        for i in range(n_months):
            y, m = divmod(first[0] * 12 + first[1] - 1 + i, 12)
            labels.append(words.month_year.format(month=words.months[m], year=y))
        for r in rows:
            i = (r.night_of.year - first[0]) * 12 + r.night_of.month - first[1]
            grid[i, r.night_of.day - 1] = r.values[outcome]
        image = ax.imshow(grid, aspect="auto", cmap=cmap, interpolation="nearest")
        ax.set_xticks(range(0, 31, 2), [str(d) for d in range(1, 32, 2)])
        ax.set_xticks(np.arange(-0.5, 31, 1), minor=True)
        ax.set_xlabel(words.night_of_month)
        ax.set_yticks(range(n_months), labels)
        ax.set_yticks(np.arange(-0.5, n_months, 1), minor=True)
    else:
        years = list(range(first[0], last[0] + 1))
        sums = defaultdict(list)
        for r in rows:
            sums[(r.night_of.year, r.night_of.month)].append(r.values[outcome])
        grid = np.full((len(years), 12), np.nan)
        for (y, m), vals in sums.items():
            grid[y - first[0], m - 1] = sum(vals) / len(vals)
        image = ax.imshow(grid, aspect="auto", cmap=cmap, interpolation="nearest")
        ax.set_xticks(range(12), list(words.months))
        ax.set_xticks(np.arange(-0.5, 12, 1), minor=True)
        ax.set_yticks(range(len(years)), [str(y) for y in years])
        ax.set_yticks(np.arange(-0.5, len(years), 1), minor=True)
        ax.set_xlabel(words.month_axis)
        if len(years) <= 12 and 12 * len(years) <= 144:
            for (y, m), vals in sums.items():
                v = sum(vals) / len(vals)
                bright = (v - np.nanmin(grid)) / ((np.nanmax(grid) - np.nanmin(grid)) or 1)
                bright = bright if spec.higher_is_better else 1 - bright
                ax.text(m - 1, y - first[0], words.number(v, spec.decimals, strip=False), ha="center", va="center", fontsize=8,
                        color="black" if bright > 0.55 else "white")
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(axis="both", length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.02)
    bar.set_label(words.brighter_is_better.format(outcome=words.labelled(outcome)))
    bar.outline.set_visible(False)
    ax.set_title(title)
    return fig
