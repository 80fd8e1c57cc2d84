"""What every chart shares: a colour-blind-safe palette (Okabe–Ito) with markers and hatches
so it reads in grey too, readable fonts, date axes whose labels never overlap, and the words
an empty period shows. Figures are built with ``matplotlib.figure.Figure`` (never pyplot)."""

from __future__ import annotations

import re
from datetime import date

from matplotlib.figure import Figure

from quietlegs.charts.words import ENGLISH, ChartWords

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
BLUE, VERMILLION, ORANGE, SKY, GREEN, YELLOW, PURPLE, GREY, INK = (
    "#0072B2", "#D55E00", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#CC79A7", "#8C8C8C", "#222222")
HELPFUL, HARMFUL, UNCLEAR = BLUE, VERMILLION, GREY
SEQUENCE = (BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW, INK)
HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--", "++")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")

# Intervention categories: a colour and a marker each, so lanes read in grey as well.
CATEGORY_STYLE = {
    "self_care": (GREEN, "o"), "supplement": (BLUE, "s"), "medication": (PURPLE, "D"),
    "therapy": (SKY, "^"), "trigger": (VERMILLION, "X"), "other": (INK, "v"),
}

RC = {
    "font.size": 10.5, "axes.titlesize": 12.5, "axes.titleweight": "bold", "axes.titlelocation": "left",
    "axes.labelsize": 10.5, "xtick.labelsize": 9.5, "ytick.labelsize": 9.5, "legend.fontsize": 9.5,
    "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#555555",
    "axes.labelcolor": INK, "xtick.color": "#444444", "ytick.color": "#444444", "text.color": INK,
    "axes.grid": False, "grid.color": "#DDDDDD", "grid.linewidth": 0.8, "svg.fonttype": "none",
    # A user's words are never a formula: "$" in a kind's name is a dollar sign, not mathtext
    # (a name like "Mag $\\frac{x$" would otherwise stop the chart from drawing at all).
    "text.parse_math": False,
}

DEFAULT_SIZE = (9.0, 5.0)  # inches; the app's canvas resizes the figure to fit


def new_figure(size: tuple[float, float] | None = None, layout: str | None = "constrained") -> Figure:
    import matplotlib

    matplotlib.rcParams.update(RC)
    return Figure(figsize=size or DEFAULT_SIZE, dpi=100, layout=layout)


class StackedLayout:
    """Axes stacked top to bottom with margins and gaps fixed in inches, so the figure keeps its
    look at any size without a layout pass at every draw (constrained layout measures every
    tick label of every axes several times per draw: most of a dense chart's drawing time).

    ``layout = StackedLayout(axes, ratios, left=, right=, top=, bottom=, gaps=)`` then
    ``fig.set_layout_engine(layout.engine())``. Margins come from :func:`text_width`."""

    def __init__(self, axes, ratios, *, left: float, right: float, top: float, bottom: float,
                 gaps: tuple[float, ...]):
        self.axes, self.ratios = list(axes), list(ratios)
        self.left, self.right, self.top, self.bottom, self.gaps = left, right, top, bottom, tuple(gaps)
        self.floors: dict[int, float] = {}  # axes index → the least height (inches) it should have
        self.placed: list = []  # called with the heights (inches) at each placing: the figure's size now

    def place(self, fig) -> None:
        w, h = fig.get_size_inches()
        inner_w = max(w - self.left - self.right, 0.2 * w)
        avail = max(h - self.top - self.bottom - sum(self.gaps), 0.2 * h)
        y = h - self.top
        total = sum(self.ratios)
        heights = [avail * ratio / total for ratio in self.ratios]
        for i, floor in self.floors.items():  # a short window: up to half the room, from the others
            want = min(floor, avail / 2)
            if heights[i] < want:
                rest = avail - heights[i]
                heights = [want if j == i else height * (avail - want) / rest for j, height in enumerate(heights)]
        for ax, height, gap in zip(self.axes, heights, self.gaps + (0.0,)):
            ax.set_position([self.left / w, (y - height) / h, inner_w / w, height / h])
            y -= height + gap
        for placed in self.placed:
            placed(heights)

    def engine(self):
        from matplotlib.layout_engine import LayoutEngine

        placer = self

        class _Engine(LayoutEngine):
            _adjust_compatible = False
            _colorbar_gridspec = False

            def execute(self, fig):
                placer.place(fig)

        return _Engine()


def text_width(texts, size: float) -> float:
    """Width in inches of the widest of ``texts`` (lines split at newlines) at font ``size`` points."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    measure = RendererAgg(4, 4, 72)  # at 72 dpi a pixel is a point; one per call: thread-safe
    prop = FontProperties(size=size)
    lines = [line for text in texts for line in str(text).split("\n")] or [""]
    return max(measure.get_text_width_height_descent(line or " ", prop, ismath=False)[0] for line in lines) / 72


def wrap_words(text: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` inches at font ``size`` points, broken between
    words (a word wider than the width keeps a line of its own)."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and text_width([f"{lines[-1]} {word}"], size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def day_words(d: date, words: ChartWords = ENGLISH) -> str:
    """``1 Sep 2026``: the day without a leading zero."""
    return words.day(d)


def period_words(start: date | None, end: date | None, words: ChartWords = ENGLISH) -> str:
    return words.period_of(start, end)


def wrap_titles(fig: Figure) -> Figure:
    """Titles wrap at the figure's edge instead of running off it (a narrow window, a longer
    language), where the layout is constrained and so makes room for the extra lines; the
    figures laid out once in inches (:class:`StackedLayout`) wrap their own titles."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
        for ax in fig.axes:
            for title in (ax.title, ax._left_title, ax._right_title):  # centre, left, right
                title.set_wrap(True)
    return fig


def say_empty(fig: Figure, title: str, message: str) -> Figure:
    """A figure that says, in words, that there is nothing to draw for the period."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=13, color="#555555", wrap=True,
            transform=ax.transAxes)
    return fig


_MONTH = re.compile(r"@(\d\d)@")


def date_axis(ax, first: date | None = None, last: date | None = None, words: ChartWords = ENGLISH) -> None:
    """Concise, non-overlapping date labels whatever the span (days to a decade), with the
    month names of ``words`` (never the process' locale).

    Given the axis' fixed limits ``first``..``last``, the ticks and their labels are worked out
    once, here, instead of at every draw and layout pass (a shared date axis asks the date
    locator dozens of times per draw); the labels are the same either way."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter

    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    # matplotlib's concise formats, with the month as a number between @…@ (named below)
    formatter = mdates.ConciseDateFormatter(
        locator, show_offset=False, formats=["%Y", "@%m@", "%d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "@%m@", "@%m@-%d", "%H:%M", "%H:%M"])

    def named(labels):
        return [_MONTH.sub(lambda m: words.months[int(m.group(1)) - 1], label) for label in labels]

    if first is None or last is None:
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, pos=None: named([formatter(x, pos)])[0]))
        return
    lo, hi = mdates.date2num(first), mdates.date2num(last)
    ticks = [t for t in locator.tick_values(mdates.num2date(lo), mdates.num2date(hi)) if lo <= t <= hi]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FixedFormatter(named(formatter.format_ticks(ticks))))
