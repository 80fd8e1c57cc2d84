"""``relief``: for symptoms during the night that something eased, the minutes until relief, by
what was used (each combination on its own row), as a box (middle half) with every event as a
dot and the median written out. In-night relief is judged here and only here: it is never
credited or blamed for the night (``analysis.effects`` ignores during-the-night use).

``build(data, outcome, start, end, *, size=None, words=ENGLISH) -> Figure`` (``outcome`` is not used).
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date
from statistics import median

from quietlegs.charts.data import ChartData
from quietlegs.charts.style import MARKERS, SEQUENCE, new_figure, period_words, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords


def relief_groups(data: ChartData, start: date | None, end: date | None,
                  words: ChartWords = ENGLISH) -> dict[str, list[int]]:
    """Minutes to relief of in-night symptoms, by what eased them ("Heat + Stretching")."""
    groups: dict[str, list[int]] = defaultdict(list)
    for r in data.between(start, end):
        for s in r.symptoms:
            if s.at < r.night.in_bed or s.relief_min is None:
                continue
            label = (" + ".join(words.kind(data, k) for k in sorted(s.relieved_by)) if s.relieved_by
                     else words.nothing_named)
            groups[label].append(s.relief_min)
    return dict(groups)


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          words: ChartWords = ENGLISH):
    groups = relief_groups(data, start, end, words)
    order = sorted(groups, key=lambda g: median(groups[g]))  # fastest relief on top
    fig = new_figure(size or (9.0, max(3.0, 1.5 + 0.55 * len(order))))
    period = period_words(start, end, words)
    title = words.relief_title.format(period=period)
    if not groups:
        return say_empty(fig, title, words.relief_empty.format(period=period))
    ax = fig.add_subplot()
    values = [groups[g] for g in order]
    box = ax.boxplot(values, orientation="horizontal", positions=range(len(order)), widths=0.5, showfliers=False,
                     patch_artist=True, medianprops={"color": "#222222", "linewidth": 2})
    rng = random.Random(0)  # the same jitter every time the chart is drawn
    for i, (patch, vals) in enumerate(zip(box["boxes"], values)):
        colour = SEQUENCE[i % len(SEQUENCE)]
        patch.set(facecolor="white", edgecolor=colour, linewidth=1.6)
        ax.scatter(vals, [i + rng.uniform(-0.17, 0.17) for _ in vals], s=16, color=colour, alpha=0.65,
                   marker=MARKERS[i % len(MARKERS)], linewidths=0, zorder=3)
        ax.annotate(words.median_minutes.format(minutes=f"{median(vals):g}".replace(".", words.decimal_point)), (max(vals), i), xytext=(10, 0), textcoords="offset points",
                    va="center", fontsize=9.5)
    ax.set_yticks(range(len(order)), [words.plural(words.relief_group, len(groups[g]), group=g, events=len(groups[g]))
                                     for g in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0, max(max(v) for v in values) * 1.3 + 1)
    ax.set_xlabel(words.relief_axis)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x")
    ax.set_title(title)
    return fig
