"""A place for one matplotlib figure: the Qt canvas (``FigureCanvasQTAgg``, imported only when
the first figure arrives, so start-up never loads matplotlib), with night-by-night hover and
click for date-axis charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChartCanvas(QWidget):
    night_hovered = Signal(object)  # date, or None when the mouse leaves the nights
    night_clicked = Signal(object)  # date
    drawn = Signal()  # the figure on show has been rendered (what a person sees is up to date)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = None
        self.canvas = None
        self.key = None  # what the figure shows (chart, outcome, period): stale when it differs
        self._nights: list[date] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Loading…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)

    def set_figure(self, figure, key, nights: list[date] | None = None) -> None:
        """Show ``figure``; ``nights`` (sorted) makes hover and click pick the nearest night."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        if self._placeholder is not None:
            self._layout.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._placeholder = None
        self.figure, self.key, self._nights = figure, key, list(nights or [])
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMouseTracking(True)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.canvas)
        self.canvas.mpl_connect("draw_event", lambda _event: self.drawn.emit())
        if self._nights:
            self.canvas.mpl_connect("motion_notify_event", self._on_move)
            self.canvas.mpl_connect("button_press_event", self._on_click)
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        self.canvas.draw_idle()

    def night_at(self, xdata: float | None) -> date | None:
        """The logged night nearest to ``xdata`` (matplotlib date units), within a day and a half."""
        if xdata is None or not self._nights:
            return None
        import bisect

        import matplotlib.dates as mdates

        target = mdates.num2date(round(xdata)).date()  # nights sit at midnight of their date
        i = bisect.bisect_left(self._nights, target)
        near = [d for d in self._nights[max(0, i - 1):i + 1]]
        best = min(near, key=lambda d: abs((d - target).days))
        return best if abs((best - target).days) <= 1 else None

    def _on_move(self, event) -> None:
        self.night_hovered.emit(self.night_at(event.xdata) if event.inaxes else None)

    def _on_click(self, event) -> None:
        night = self.night_at(event.xdata) if event.inaxes and event.button == 1 else None
        if night is not None:
            self.night_clicked.emit(night)

    def pixel_of(self, night: date, axes_label: str = "outcome") -> tuple[int, int]:
        """Widget coordinates (of the canvas) of ``night`` in the middle of the axes called ``axes_label``:
        lets tests and keyboard helpers point at a night."""
        import matplotlib.dates as mdates

        ax = next(a for a in self.figure.axes if a.get_label() == axes_label)
        self.canvas.draw()
        y_mid = sum(ax.get_ylim()) / 2
        x, y = ax.transData.transform((mdates.date2num(night), y_mid))
        ratio = self.canvas.device_pixel_ratio or 1
        return round(x / ratio), round(self.canvas.height() - y / ratio)
