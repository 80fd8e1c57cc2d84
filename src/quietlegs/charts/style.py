"""What every chart shares: a colour-blind-safe palette (Okabe–Ito) with markers and hatches
so it reads in grey too, readable fonts, date axes whose labels never overlap, and the words
an empty period shows. Figures are built with ``matplotlib.figure.Figure`` (never pyplot)."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

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
}

DEFAULT_SIZE = (9.0, 5.0)  # inches; the app's canvas resizes the figure to fit


def new_figure(size: tuple[float, float] | None = None) -> Figure:
    import matplotlib

    matplotlib.rcParams.update(RC)
    return Figure(figsize=size or DEFAULT_SIZE, dpi=100, layout="constrained")


def period_words(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start:%d %b %Y} – {end:%d %b %Y}"
    if start:
        return f"since {start:%d %b %Y}"
    if end:
        return f"until {end:%d %b %Y}"
    return "the whole journal"


def say_empty(fig: Figure, title: str, message: str) -> Figure:
    """A figure that says, in words, that there is nothing to draw for the period."""
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=13, color="#555555", wrap=True,
            transform=ax.transAxes)
    return fig


def date_axis(ax) -> None:
    """Concise, non-overlapping date labels whatever the span (days to a decade)."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
