"""``time_of_night``: when symptoms start, by hour of the night (18:00 to noon) and kind, as
stacked bars with a hatch per kind (legible in grey). The shaded band is the typical time in
bed (median bedtime to median getting up) in the period.

``build(data, outcome, start, end, *, size=None, words=ENGLISH) -> Figure`` (``outcome`` is not used).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from statistics import median

from quietlegs.charts.data import ChartData
from quietlegs.charts.style import HATCHES, SEQUENCE, new_figure, period_words, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords
from quietlegs.domain.vocab import SYMPTOM_KINDS

HOURS = list(range(18, 24)) + list(range(0, 12))  # the night's hours, in order


def _slot(hour: float) -> float:
    """Position on the night's axis: 18:00 → 0, midnight → 6, noon → 18."""
    return (hour - 18) % 24


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          words: ChartWords = ENGLISH):
    rows = data.between(start, end)
    fig = new_figure(size)
    period = period_words(start, end, words)
    title = words.time_of_night_title.format(period=period)
    events = [s for r in rows for s in r.symptoms if s.at.hour >= 18 or s.at.hour < 12]
    if not events:
        return say_empty(fig, title, words.time_of_night_empty.format(period=period))
    ax = fig.add_subplot()
    kinds = [k for k in SYMPTOM_KINDS if any(s.kind == k for s in events)]
    bottom = [0] * len(HOURS)
    for i, kind in enumerate(kinds):
        counts = Counter(s.at.hour for s in events if s.kind == kind)
        heights = [counts.get(h, 0) for h in HOURS]
        ax.bar(range(len(HOURS)), heights, bottom=bottom, width=0.85, color=SEQUENCE[i % len(SEQUENCE)],
               hatch=HATCHES[i % len(HATCHES)], edgecolor="white", linewidth=0.6,
               label=words.symptom_legend.format(kind=words.symptom_kinds.get(kind, kind), events=sum(heights)))
        bottom = [b + h for b, h in zip(bottom, heights)]
    in_bed = [_slot(r.night.in_bed.hour + r.night.in_bed.minute / 60) for r in rows]
    up = [_slot(r.night.out_of_bed.hour + r.night.out_of_bed.minute / 60) for r in rows]
    if in_bed:
        lo, hi = median(in_bed) - 0.5, median(up) - 0.5
        ax.axvspan(lo, hi, color="#E8EEF6", zorder=0, label=words.typical_time_in_bed)
    ax.set_xticks(range(len(HOURS)), [f"{h:02d}" for h in HOURS])
    ax.set_xlim(-0.7, len(HOURS) - 0.3)
    ax.set_xlabel(words.hour_axis)
    ax.set_ylabel(words.symptom_events)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.margins(y=0.1)
    ax.grid(axis="y")
    ax.legend(frameon=False, loc="upper right")
    ax.set_title(title)
    return fig
