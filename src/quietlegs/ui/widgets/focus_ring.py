"""A ring round the button, list or table that has the keyboard focus.

Qt's Fusion style marks a focused push button, tool button, list or table with a faint 1 px tint
that a keyboard user loses track of, in light and dark alike (editors get a clear highlight
border and are left alone). One :class:`QFocusFrame` per app follows the focus (Qt keeps it on
top of the widget and moves it with it) and is painted as a 2 px ring in the palette's highlight
colour, so it reads in either scheme.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QSplitter,
    QTabBar,
    QWidget,
)

RING = 2  # px
RINGED = (QAbstractButton, QAbstractItemView, QTabBar)


class FocusRing(QFocusFrame):
    def eventFilter(self, watched, event) -> bool:
        answer = super().eventFilter(watched, event)
        if self.widget() is not None:  # Fusion puts the frame under the widget, where a table hides it,
            self.raise_()              # and masks all but its margin, which a widget filling its parent clips
            self.clearMask()
        return answer

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().highlight().color(), RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # On the widget's own edge (the frame's margin in, plus half the pen): a widget that fills
        # its parent clips whatever lies outside it.
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self)
        inset = margin + RING / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


class _Keeper:
    """Makes the ring again when the window it was drawn in is gone (Qt reparents the frame
    into the focused widget's window, and deletes it with that window)."""

    def __init__(self):
        self.ring: FocusRing | None = None

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        from shiboken6 import isValid

        ringed = (new is not None and isinstance(new, RINGED) and new.focusPolicy() != Qt.FocusPolicy.NoFocus
                  and not isinstance(new.parentWidget(), QSplitter))  # (a splitter takes any child for a pane)
        if self.ring is None or not isValid(self.ring):
            if not ringed:
                return
            self.ring = FocusRing()
        self.ring.setWidget(new if ringed else None)
        if ringed:
            self.ring.raise_()  # above the widget (it paints no fill: the widget shows through)
            self.ring.clearMask()


def install_focus_ring(app: QApplication) -> None:
    """Ring whatever button, list or table has the focus, in every window of ``app`` (once)."""
    if getattr(app, "_quietlegs_focus_ring", None) is None:
        app._quietlegs_focus_ring = _Keeper()
        app.focusChanged.connect(app._quietlegs_focus_ring.follow)
