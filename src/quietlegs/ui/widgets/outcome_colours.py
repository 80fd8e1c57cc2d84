"""A colour scale for an outcome: five steps from worse (orange) to better (blue).

Orange–blue stays distinct for the common kinds of colour blindness, the middle is a quiet
neutral, and the direction follows the outcome's ``higher_is_better``. A light and a dark set:
pale tiles under dark day numbers on a light palette, deep tiles under light ones on a dark
palette (each ≥ 4.5:1 with the palette's text); a tile's rim (:func:`rim`) sets it off from
the page ≥ 3:1.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen, QPixmap

from quietlegs.analysis.outcomes import Outcome
from quietlegs.ui import colours

# Worse → better. Light enough that dark day numbers stay readable on every step…
STEPS: tuple[str, ...] = ("#f0a35e", "#f7d2a8", "#ebe7df", "#b5d0ea", "#7fb0dc")
# … and on a dark palette deep enough that light day numbers do.
DARK_STEPS: tuple[str, ...] = ("#8a4a18", "#6a4c33", "#45443f", "#2f5275", "#1f64a3")


def steps(pal: QPalette | None = None) -> tuple[str, ...]:
    """The five colours, worse → better, for the palette in use."""
    return DARK_STEPS if colours.is_dark(pal) else STEPS


def no_value(pal: QPalette | None = None) -> QColor:
    """A night without a value: the fields' own colour."""
    return (pal or colours.palette()).color(QPalette.ColorRole.Base)


def rim(colour: QColor, pal: QPalette | None = None) -> QColor:
    """The edge of a tile of ``colour``: a shade of it that reads ≥ 3:1 on the page."""
    pal = pal or colours.palette()
    return colours.legible(colour, [pal.color(QPalette.ColorRole.Base)], colours.GRAPHIC_CONTRAST)


def _percentile(sorted_values: list[float], q: float) -> float:
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


@dataclass(frozen=True)
class OutcomeScale:
    outcome: Outcome
    low: float  # values at or beyond these ends take the end colours
    high: float

    @classmethod
    def of(cls, outcome: Outcome, values: Iterable[float | None]) -> OutcomeScale:
        """A scale spanning the journal's own 5th–95th percentiles, so one odd night sets no range."""
        vs = sorted(v for v in values if v is not None)
        if not vs:
            return cls(outcome, 0.0, 1.0)
        low, high = _percentile(vs, 0.05), _percentile(vs, 0.95)
        if high - low < 1e-9:
            low, high = low - 1.0, high + 1.0
        return cls(outcome, low, high)

    def step(self, value: float | None) -> int | None:
        """0 (worst) … 4 (best), or ``None`` without a value."""
        if value is None:
            return None
        t = (value - self.low) / (self.high - self.low)
        i = min(len(STEPS) - 1, max(0, int(t * len(STEPS))))
        return i if self.outcome.higher_is_better else len(STEPS) - 1 - i

    def colour(self, value: float | None, pal: QPalette | None = None) -> QColor:
        step = self.step(value)
        return no_value(pal) if step is None else QColor(steps(pal)[step])

    def worse_end(self) -> float:
        return self.low if self.outcome.higher_is_better else self.high

    def better_end(self) -> float:
        return self.high if self.outcome.higher_is_better else self.low


_SWATCHES: dict[tuple[int, int, float], QPixmap] = {}


def swatch(colour: QColor | None, size: int = 14) -> QPixmap | None:
    """A night's tile for a list (beside its date): ``colour`` inside its rim, so that it stands
    off the row ≥ 3:1 in light and in dark (a bare square of a deep step nearly vanished on a
    dark row). Made once per colour and palette."""
    if colour is None:
        return None
    pal = colours.palette()
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    key = (colour.rgba(), pal.color(QPalette.ColorRole.Base).rgba(), ratio)
    if key not in _SWATCHES:
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(rim(colour, pal), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
        painter.end()
        _SWATCHES[key] = pixmap
    return _SWATCHES[key]
