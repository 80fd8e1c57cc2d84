"""``timeline``: the outcome night by night with a 7-night rolling mean; below it one lane per
intervention kind with a mark on each night it was used *before bed*, and the night's leg
discomfort, all on one shared date axis.

``build(data, outcome, start, end, *, size=None, words=ENGLISH) -> Figure``. The axes carry labels
("outcome", "lanes", "legs") so a canvas can tell which one the mouse is over.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.charts.data import ChartData
from quietlegs.charts.words import ENGLISH, ChartWords
from quietlegs.charts.style import (
    BLUE,
    CATEGORY_STYLE,
    ORANGE,
    RC,
    StackedLayout,
    date_axis,
    new_figure,
    period_words,
    say_empty,
    text_width,
    wrap_words,
)

MAX_LANES = 12
BOLD = 1.1  # how much wider a bold title is than text_width measures (regular weight)
NIGHT_DOT = "#A0A0A0"  # opaque light grey (the palette grey at ~75 % on white): calm beside the blue mean
EDGE = 0.3  # points: a hairline outline on every mark (see the night dots in build)


def rolling_mean(days: list[date], values: list[float], window: int = 7) -> list[float | None]:
    """Mean of the logged values in the ``window`` nights centred on each night (needs half of them)."""
    import numpy as np

    if not days:
        return []
    half = window // 2
    offsets = np.array([(d - days[0]).days for d in days])
    dense = np.zeros(offsets[-1] + 1 + 2 * half)  # one slot a day, with room for the window's ends
    logged = np.zeros_like(dense)
    dense[offsets + half] = values
    logged[offsets + half] = 1.0
    kernel = np.ones(window)
    sums = np.convolve(dense, kernel, "valid")[offsets]
    counts = np.convolve(logged, kernel, "valid")[offsets]
    need = (window + 1) // 2
    return [float(s / c) if c >= need else None for s, c in zip(sums, counts)]


_EPOCH = date(1970, 1, 1).toordinal()


def _dates(days) -> "np.ndarray":
    """Nights as a datetime64 array: matplotlib converts it at once, where a list of dates
    is converted one by one (most of the time it took to build a ten-year timeline). Made
    from day numbers: numpy reads a list of dates a dozen times slower."""
    import numpy as np

    ordinals = np.fromiter((d.toordinal() for d in days), dtype=np.int64, count=len(days))
    return (ordinals - _EPOCH).astype("datetime64[D]")


def build(data: ChartData, outcome: str, start: date | None, end: date | None, *, size=None,
          words: ChartWords = ENGLISH):
    spec = OUTCOMES[outcome]
    rows = data.between(start, end)
    period = period_words(start, end, words)
    title = words.timeline_title.format(outcome=words.outcome(outcome))
    if not rows:
        return say_empty(new_figure(size), title, words.no_nights.format(period=period))
    # Laid out once, with margins measured from the labels (see _layout), not at every draw.
    fig = new_figure(size, layout=None)
    counts = Counter(k for r in rows for k in r.before_bed)
    kinds = [k for k, _ in counts.most_common(MAX_LANES)]
    lane_share = max(1.0, 0.32 * len(kinds))
    ax, lanes, legs = fig.subplots(3, 1, sharex=True, gridspec_kw={"height_ratios": [3, lane_share, 1]})
    ax.set_label("outcome"), lanes.set_label("lanes"), legs.set_label("legs")

    valued = [(r.night_of, r.values[outcome]) for r in rows if r.values.get(outcome) is not None]
    days = [d for d, _ in valued]
    values = [v for _, v in valued]
    dot = 14 if len(days) < 200 else 5
    x = _dates(days)
    # Opaque dots with a thin opaque edge, not see-through edgeless ones: Qt's PDF engine (the
    # report) turns every marker without an outline into a filled path plus a filled ring, which
    # made the report's chart page heavy; a real edge is written as one small reused shape. The
    # white edge also keeps overlapping nights apart.
    ax.plot(x, values, linestyle="none", marker="o", ms=dot ** 0.5, color=NIGHT_DOT, markeredgecolor="white",
            markeredgewidth=EDGE, label=words.each_night, zorder=2)
    smooth = rolling_mean(days, values)
    ax.plot(x, [float("nan") if v is None else v for v in smooth], color=BLUE, lw=2.2,
            label=words.seven_night_average, zorder=3)
    ax.set_ylabel(words.labelled(outcome))
    better = words.higher_is_better if spec.higher_is_better else words.lower_is_better
    ax.set_title(words.titled_period.format(title=title, period=period), pad=22, y=1.0)  # y: no re-placing at each draw
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), frameon=False, ncols=3, borderaxespad=0.2,
              handletextpad=0.4, columnspacing=1.2)
    ax.text(0.0, 1.0, f" {'↑' if spec.higher_is_better else '↓'} {better}", transform=ax.transAxes, va="top",
            fontsize=9, color="#555555")
    ax.grid(axis="y")

    for i, kind in enumerate(kinds):
        colour, marker = CATEGORY_STYLE.get(data.categories.get(kind, "other"), CATEGORY_STYLE["other"])
        used = [r.night_of for r in rows if kind in r.before_bed]
        # plot() with markers only draws far faster than scatter() for thousands of marks
        lanes.plot(_dates(used), [i] * len(used), linestyle="none", marker=marker, ms=5 if len(rows) < 200 else 3,
                   color=colour, markeredgewidth=EDGE, zorder=2)  # edge: see the dots above
    lanes.set_yticks(range(len(kinds)), [words.lane.format(kind=words.kind(data, k), nights=counts[k]) for k in kinds])
    lanes.set_ylim(max(len(kinds), 1) - 0.5, -0.5)  # no kinds: one empty lane (equal limits would be singular)
    lanes.tick_params(axis="y", length=0)
    lanes.spines["left"].set_visible(False)
    lanes.grid(axis="y", lw=0.6)
    if not kinds:
        lanes.text(0.5, 0.5, words.nothing_before_bed, ha="center", va="center",
                   transform=lanes.transAxes, color="#555555")
        lanes.set_yticks([])
    lanes.set_title(words.used_before_bed, fontsize=10, fontweight="normal", y=1.0)

    sev = [(r.night_of, r.values.get("legs_severity")) for r in rows]
    sev = [(d, v) for d, v in sev if v is not None]
    if sev and len(sev) <= 200:
        # one bar a night, a day wide, as one collection: as many separate bars take longer to
        # build than the rest of the chart
        import matplotlib.dates as mdates
        from matplotlib.collections import PolyCollection

        mid = mdates.date2num(_dates([d for d, _ in sev]))
        bars = PolyCollection([((m - 0.5, 0), (m - 0.5, v), (m + 0.5, v), (m + 0.5, 0)) for m, (_, v) in zip(mid, sev)],
                              facecolors=ORANGE, edgecolors=ORANGE, linewidths=0,
                              hatch="//" if len(sev) <= 120 else None)
        legs.add_collection(bars, autolim=False)
    elif sev:  # thousands of bars are slow to draw and no easier to read: one filled step line
        legs.fill_between(_dates([d for d, _ in sev]), 0, [v for _, v in sev], step="mid", color=ORANGE, linewidth=0)
    legs.set_ylim(0, 10)
    legs.set_yticks([0, 5, 10])
    legs.set_ylabel(words.legs_axis)
    legs.grid(axis="y")
    first, last = start or rows[0].night_of, end or rows[-1].night_of
    pad = timedelta(days=max(1, (last - first).days // 60))
    legs.set_xlim(first - pad, last + pad)
    date_axis(legs, first - pad, last + pad, words)
    layout = _layout(ax, lanes, legs, [3, lane_share, 1])
    fig.align_ylabels([ax, lanes, legs])  # both y labels left of the widest tick labels (the lanes' names)
    room = fig.get_size_inches()[0] - layout.left - 0.1
    if text_width([ax.get_title(loc="left")], RC["axes.titlesize"]) * BOLD > room:
        # a narrow window or a longer language: the period on a line of its own, and each
        # part wrapped at the figure's edge rather than off it
        lines = [*wrap_words(title, RC["axes.titlesize"] * BOLD, room),
                 *wrap_words(period, RC["axes.titlesize"] * BOLD, room)]
        ax.set_title("\n".join(lines), pad=22, y=1.0)
        layout.top += (len(lines) - 1) * RC["axes.titlesize"] * 1.25 / 72
    _room_for_lanes(fig, layout, lanes, len(kinds))
    fig.set_layout_engine(layout.engine())
    return fig


def _room_for_lanes(fig, layout: StackedLayout, lanes, count: int) -> None:
    """Each lane at least a label's height, whatever size the figure is drawn at (a short
    window): taken from the outcome's share up to half the room; past that, smaller labels, so
    that the names never overlap."""
    if not count:
        return
    line = RC["ytick.labelsize"] * 1.3 / 72  # inches a lane's label needs
    layout.floors[1] = count * line

    def fit_labels(heights) -> None:
        size = max(6.0, min(1.0, heights[1] / (count * line)) * RC["ytick.labelsize"])
        lanes.tick_params(axis="y", labelsize=size)

    layout.placed.append(fit_labels)


def _layout(ax, lanes, legs, ratios) -> StackedLayout:
    """Fixed margins (inches) that fit the labels: the widest of the y tick labels plus the
    y label, the title and the legend above the outcome, the lanes' title between."""
    pt = 1 / 72
    tick = 3.5 + 3.5  # tick length and pad, points
    label = RC["axes.labelsize"] * 1.25 + 4  # a rotated y label's line and its pad
    # The y labels stand in one column left of the widest tick labels of the three (see
    # align_ylabels in build): the legs' label may take two lines.
    ticks = max(
        text_width([t.get_text() for t in ax.get_yticklabels()], RC["ytick.labelsize"]) + tick * pt,
        text_width([t.get_text() for t in lanes.get_yticklabels()], RC["ytick.labelsize"]) + 6 * pt,
        text_width(["10"], RC["ytick.labelsize"]) + tick * pt,
    )
    legs_lines = max(1, legs.get_ylabel().count("\n") + 1)
    left = ticks + (label + (legs_lines - 1) * RC["axes.labelsize"] * 1.25) * pt + 0.08
    x_labels = [t.get_text() for t in legs.get_xticklabels()]
    right = max(0.15, text_width(x_labels, RC["xtick.labelsize"]) / 2 + 0.05)
    top = (22 + RC["axes.titlesize"] * 1.25 + 3) * pt
    between = (6 + 10 * 1.25 + 6) * pt  # the lanes' title: pad, line, air
    bottom = (tick + RC["xtick.labelsize"] * 1.3 + 3) * pt
    return StackedLayout([ax, lanes, legs], ratios, left=left, right=right, top=top, bottom=bottom,
                         gaps=(between, 0.14))
