"""``locations``: where on the legs symptoms strike: a grid with the left leg and the right leg
side by side, hip at the top and foot at the bottom, each cell shaded by how many symptom
events touched that place and labelled with the count (so shading is never the only cue).
Events marked "both legs", arms, back or elsewhere are counted underneath.

``build(data, outcome, start, end, *, size=None, words=ENGLISH) -> Figure`` (``outcome`` is not used).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from quietlegs.charts.data import ChartData
from quietlegs.charts.style import new_figure, period_words, say_empty
from quietlegs.charts.words import ENGLISH, ChartWords
from quietlegs.domain.vocab import LEG_PARTS

PARTS_TOP_DOWN = tuple(reversed(LEG_PARTS))  # hip … foot


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          words: ChartWords = ENGLISH):
    import numpy as np

    rows = data.between(start, end)
    fig = new_figure(size or (7.5, 5.5))
    period = period_words(start, end, words)
    title = words.locations_title.format(period=period)
    counts = Counter(loc for r in rows for s in r.symptoms for loc in s.locations)
    if not counts:
        return say_empty(fig, title, words.locations_empty.format(period=period))
    grid = np.array([[counts.get(f"{side}_{part}", 0) for side in ("left", "right")] for part in PARTS_TOP_DOWN])
    ax = fig.add_subplot()
    top = grid.max() or 1
    ax.imshow(grid, cmap="Blues", vmin=0, vmax=top * 1.15, aspect="auto")
    for (i, j), v in np.ndenumerate(grid):
        ax.text(j, i, str(v) if v else "–", ha="center", va="center", fontsize=12,
                fontweight="bold" if v else "normal", color="white" if v > 0.6 * top else "#222222")
    ax.set_xticks([0, 1], [words.left_leg, words.right_leg], fontsize=11)
    ax.xaxis.set_ticks_position("top")
    labels = [words.leg_parts.get(p, p) for p in PARTS_TOP_DOWN]
    ax.set_yticks(range(len(PARTS_TOP_DOWN)), labels, fontsize=10.5)
    ax.set_xticks([0.5], minor=True)
    ax.set_yticks(np.arange(0.5, len(PARTS_TOP_DOWN) - 1, 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=3)
    ax.tick_params(which="both", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    other = [(loc, counts[loc]) for loc in ("both_legs", "arms", "back", "other") if counts.get(loc)]
    note = "  ·  ".join(words.place_count.format(place=words.places.get(loc, loc), events=n) for loc, n in other)
    events = sum(1 for r in rows for s in r.symptoms if s.locations)
    said = words.with_a_place.format(events=events)
    ax.set_xlabel(said + ("\n" + words.also.format(places=note) if note else ""), fontsize=10)
    ax.set_title(title)
    return fig
