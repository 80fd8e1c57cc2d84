"""Layouts that rearrange themselves in a narrow window (half a laptop screen) instead of
forcing the window to stay wide: a bar that takes two rows, a splitter that stacks its parts.

Each reports the minimum size of its narrow arrangement, so that the window may be made that
narrow, and switches arrangement in ``resizeEvent`` when its width crosses what the wide one needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

_MIN_STRETCH = 24  # the least room between the bar's left and right groups on one row


class TwoRowBar(QWidget):
    """Four parts on one row when they fit (``top_left``, ``bottom_left`` …room… ``top_right``,
    ``bottom_right``), else on two: ``top_left`` …room… ``top_right`` above, ``bottom_left`` and
    ``bottom_right`` (stretched) below."""

    def __init__(self, top_left: QWidget, top_right: QWidget, bottom_left: QWidget, bottom_right: QWidget,
                 gap: int = 16, spacing: int = 8, parent=None):
        super().__init__(parent)
        self._parts = (top_left, top_right, bottom_left, bottom_right)
        self._gap = gap
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(spacing)
        self._top, self._bottom = QHBoxLayout(), QHBoxLayout()
        for row in (self._top, self._bottom):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(spacing)
            rows.addLayout(row)
        self.one_row: bool | None = None
        self._arrange(True)

    def one_row_width(self) -> int:
        """The width the parts need, at their preferred sizes, to stand on one row."""
        spacing = self._top.spacing()
        return sum(max(p.sizeHint().width(), p.minimumWidth()) for p in self._parts) + self._gap + _MIN_STRETCH \
            + 3 * spacing

    def _arrange(self, one_row: bool) -> None:
        if one_row == self.one_row:
            return
        self.one_row = one_row
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)
        top_left, top_right, bottom_left, bottom_right = self._parts
        if one_row:
            self._top.addWidget(top_left)
            self._top.addSpacing(self._gap)
            self._top.addWidget(bottom_left)
            self._top.addStretch(1)
            self._top.addWidget(top_right)
            self._top.addWidget(bottom_right, 1)  # up to its maximum width, if it has one
        else:
            self._top.addWidget(top_left)
            self._top.addStretch(1)
            self._top.addWidget(top_right)
            self._bottom.addWidget(bottom_left)
            self._bottom.addSpacing(self._gap)
            self._bottom.addWidget(bottom_right, 1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        top_left, top_right, bottom_left, bottom_right = (p.minimumSizeHint() for p in self._parts)
        spacing = self._top.spacing()
        width = max(top_left.width() + spacing + _MIN_STRETCH + top_right.width(),
                    bottom_left.width() + self._gap + bottom_right.width())
        return QSize(width, self.layout().minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self.one_row_width(), self.layout().sizeHint().height())

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width() >= self.one_row_width())
        super().resizeEvent(event)


class TurningSplitter(QSplitter):
    """Its parts side by side when it is at least ``wide_from`` pixels wide, else one above the
    other; ``side_by_side`` and ``stacked`` (fractions) share out the room when it turns."""

    def __init__(self, wide_from: int, side_by_side: tuple[float, float], stacked: tuple[float, float], parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._wide_from = wide_from
        self._shares = {Qt.Orientation.Horizontal: side_by_side, Qt.Orientation.Vertical: stacked}

    def minimumSizeHint(self) -> QSize:
        """The stacked arrangement's width (the narrowest it can be), this arrangement's height."""
        parts = [self.widget(i).minimumSizeHint() for i in range(self.count())]
        width = max((p.width() for p in parts), default=0)
        if self.orientation() == Qt.Orientation.Vertical:
            height = sum(p.height() for p in parts) + self.handleWidth() * max(0, self.count() - 1)
        else:
            height = max((p.height() for p in parts), default=0)
        return QSize(width, height)

    def resizeEvent(self, event) -> None:
        want = Qt.Orientation.Horizontal if event.size().width() >= self._wide_from else Qt.Orientation.Vertical
        if want != self.orientation():
            self.setOrientation(want)
            length = event.size().width() if want == Qt.Orientation.Horizontal else event.size().height()
            self.setSizes([round(length * share) for share in self._shares[want]])
            self.updateGeometry()
        super().resizeEvent(event)
