"""``locations``: where on the legs symptoms strike: a grid with the left leg and the right leg
side by side, hip at the top and foot at the bottom, each cell shaded by how many symptom
events touched that place and labelled with the count (so shading is never the only cue).
Events marked "both legs", arms, back or elsewhere are counted underneath.

``build(data, outcome, start, end, *, size=None) -> Figure`` (``outcome`` is not used).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from quietlegs.charts.data import ChartData
from quietlegs.charts.style import new_figure, period_words, say_empty
from quietlegs.domain.vocab import LEG_PARTS, location_label

PARTS_TOP_DOWN = tuple(reversed(LEG_PARTS))  # hip … foot


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None):
    import numpy as np

    rows = data.between(start, end)
    fig = new_figure(size or (7.5, 5.5))
    title = f"Where on the legs — {period_words(start, end)}"
    counts = Counter(loc for r in rows for s in r.symptoms for loc in s.locations)
    if not counts:
        return say_empty(fig, title, f"No symptom locations logged in {period_words(start, end)}.")
    grid = np.array([[counts.get(f"{side}_{part}", 0) for side in ("left", "right")] for part in PARTS_TOP_DOWN])
    ax = fig.add_subplot()
    top = grid.max() or 1
    ax.imshow(grid, cmap="Blues", vmin=0, vmax=top * 1.15, aspect="auto")
    for (i, j), v in np.ndenumerate(grid):
        ax.text(j, i, str(v) if v else "–", ha="center", va="center", fontsize=12,
                fontweight="bold" if v else "normal", color="white" if v > 0.6 * top else "#222222")
    ax.set_xticks([0, 1], ["Left leg", "Right leg"], fontsize=11)
    ax.xaxis.set_ticks_position("top")
    labels = [location_label(f"left_{p}").removeprefix("Left ").capitalize() for p in PARTS_TOP_DOWN]
    ax.set_yticks(range(len(PARTS_TOP_DOWN)), labels, fontsize=10.5)
    ax.set_xticks([0.5], minor=True)
    ax.set_yticks(np.arange(0.5, len(PARTS_TOP_DOWN) - 1, 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=3)
    ax.tick_params(which="both", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    other = [(loc, counts[loc]) for loc in ("both_legs", "arms", "back", "other") if counts.get(loc)]
    note = "  ·  ".join(f"{location_label(loc)}: {n}" for loc, n in other)
    events = sum(1 for r in rows for s in r.symptoms if s.locations)
    ax.set_xlabel(f"Symptom events with a place logged: {events}" + (f"\nAlso: {note}" if note else ""),
                  fontsize=10)
    ax.set_title(title)
    return fig
