"""A place for one matplotlib figure: the Qt canvas (``FigureCanvasQTAgg``, imported only when
the first figure arrives, so start-up never loads matplotlib), with night-by-night hover and
click for date-axis charts, and the same by keyboard: ←/→ step from night to night (Page Up /
Page Down a week, Home / End the first and last), a line marks the night, Enter opens it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


FOCUS_FRAME = 2  # px round the chart, where the keyboard focus shows


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
        self._selected: int | None = None  # index into _nights of the night chosen by keyboard
        self._markers: list = []  # the line marking it, one per axes
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME, FOCUS_FRAME)
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
        chosen = self.selected_night()
        self.figure, self.key, self._nights = figure, key, list(nights or [])
        self._markers = []
        self._selected = None
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMouseTracking(True)
        # A Tab stop, so a screen reader reads what it shows (its accessible description);
        # the keyboard steps through the nights when there are nights to step through.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.canvas)
        self.canvas.mpl_connect("draw_event", lambda _event: self.drawn.emit())
        if self._nights:
            self.canvas.mpl_connect("motion_notify_event", self._on_move)
            self.canvas.mpl_connect("button_press_event", self._on_click)
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
            if chosen is not None and chosen in self._nights:  # the same night stays chosen
                self._select(self._nights.index(chosen), announce=False)
        self.canvas.draw_idle()

    # ------------------------------------------------------------------ keyboard

    def selected_night(self) -> date | None:
        return self._nights[self._selected] if self._selected is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._nights:
            super().keyPressEvent(event)
            return
        last = len(self._nights) - 1
        here = self._selected
        key = event.key()
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_PageUp: -7, Qt.Key.Key_PageDown: 7}
        if key in steps:  # the first step, either way, lands on the latest night
            self._select(last if here is None else min(last, max(0, here + steps[key])))
        elif key == Qt.Key.Key_Home:
            self._select(0)
        elif key == Qt.Key.Key_End:
            self._select(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and here is not None:
            self.night_clicked.emit(self._nights[here])
        elif key == Qt.Key.Key_Escape and here is not None:
            self._unselect()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        """A frame round the chart: in the highlight colour while it has the keyboard, else a
        quiet edge. Figures stay light in a dark window (the same figures as the report and an
        exported chart, their colours chosen for white paper): the frame sets the page off."""
        super().paintEvent(event)
        from PySide6.QtGui import QPainter, QPen

        from quietlegs.ui.colours import edge

        painter = QPainter(self)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), FOCUS_FRAME))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        elif self.canvas is not None:
            painter.setPen(QPen(edge(self.palette()), 1))
            painter.drawRect(self.rect().adjusted(FOCUS_FRAME - 1, FOCUS_FRAME - 1, -FOCUS_FRAME, -FOCUS_FRAME))
        painter.end()

    def _select(self, index: int, announce: bool = True) -> None:
        import matplotlib.dates as mdates

        self._selected = index
        x = mdates.date2num(self._nights[index])
        if not self._markers:
            # The figure stays white in light and dark: a near-black line reads on it either way.
            self._markers = [ax.axvline(x, color="#222222", linewidth=1.2, linestyle=(0, (3, 2)), zorder=5)
                             for ax in self.figure.axes if ax.get_label()]
        for line in self._markers:
            line.set_xdata([x, x])
        self.canvas.draw_idle()
        if announce:
            self.night_hovered.emit(self._nights[index])

    def _unselect(self) -> None:
        self._selected = None
        for line in self._markers:
            line.remove()
        self._markers = []
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
