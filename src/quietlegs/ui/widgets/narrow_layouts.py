"""Layouts that rearrange themselves in a narrow window (half a laptop screen) instead of
forcing the window to stay wide: a bar that takes two rows, a splitter that stacks its parts.

Each reports the minimum size of its narrow arrangement, so that the window may be made that
narrow, and switches arrangement in ``resizeEvent`` when its width crosses what the wide one needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

_MIN_STRETCH = 24  # the least room between the bar's left and right groups on one row


class TwoRowBar(QWidget):
    """Four parts on one row when they fit (``top_left``, ``bottom_left`` …room… ``top_right``,
    ``bottom_right``), else on two: ``top_left`` …room… ``top_right`` above, ``bottom_left`` and
    ``bottom_right`` (stretched) below; else (longer words, a narrower window) on three:
    ``top_left``, then ``bottom_left``, then ``bottom_right`` (stretched) and ``top_right``."""

    def __init__(self, top_left: QWidget, top_right: QWidget, bottom_left: QWidget, bottom_right: QWidget,
                 gap: int = 16, spacing: int = 8, parent=None):
        super().__init__(parent)
        self._parts = (top_left, top_right, bottom_left, bottom_right)
        self._gap = gap
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(spacing)
        self._top, self._bottom, self._third = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for row in (self._top, self._bottom, self._third):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(spacing)
            rows.addLayout(row)
        self.one_row: bool | None = None
        self.rows = 0
        self._arrange(1)

    def one_row_width(self) -> int:
        """The width the parts need, at their preferred sizes, to stand on one row."""
        spacing = self._top.spacing()
        return sum(max(p.sizeHint().width(), p.minimumWidth()) for p in self._parts) + self._gap + _MIN_STRETCH \
            + 3 * spacing

    def two_row_width(self) -> int:
        """The width the parts need, at their smallest, to stand on two rows."""
        top_left, top_right, bottom_left, bottom_right = (p.minimumSizeHint() for p in self._parts)
        return max(top_left.width() + self._top.spacing() + _MIN_STRETCH + top_right.width(),
                   bottom_left.width() + self._gap + bottom_right.width())

    def _arrange(self, rows: int) -> None:
        if rows == self.rows:
            return
        self.rows, self.one_row = rows, rows == 1
        one_row = self.one_row
        for row in (self._top, self._bottom, self._third):
            while row.count():
                row.takeAt(0)
        top_left, top_right, bottom_left, bottom_right = self._parts
        if one_row:
            self._top.addWidget(top_left)
            self._top.addSpacing(self._gap)
            self._top.addWidget(bottom_left)
            self._top.addStretch(1)
            self._top.addWidget(top_right)
            self._top.addWidget(bottom_right, 100)  # first to take the room, up to its maximum width
        elif rows == 2:
            self._top.addWidget(top_left)
            self._top.addStretch(1)
            self._top.addWidget(top_right)
            self._bottom.addWidget(bottom_left)
            self._bottom.addSpacing(self._gap)
            self._bottom.addWidget(bottom_right, 1)
        else:
            self._top.addWidget(top_left)
            self._top.addStretch(1)
            self._bottom.addWidget(bottom_left)
            self._bottom.addStretch(1)
            self._third.addWidget(bottom_right, 1)
            self._third.addWidget(top_right)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """The three rows' width (the narrowest it can be), this arrangement's height."""
        top_left, top_right, bottom_left, bottom_right = (p.minimumSizeHint() for p in self._parts)
        width = max(top_left.width(), bottom_left.width(),
                    bottom_right.width() + self._top.spacing() + top_right.width())
        return QSize(width, self.layout().minimumSize().height())

    def sizeHint(self) -> QSize:
        return QSize(self.one_row_width(), self.layout().sizeHint().height())

    def _rows_for(self, width: int) -> int:
        return 1 if width >= self.one_row_width() else 2 if width >= self.two_row_width() else 3

    def resizeEvent(self, event) -> None:
        self._arrange(self._rows_for(event.size().width()))
        super().resizeEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a part's words changed (hidden too: no resize comes when shown)
            self._arrange(self._rows_for(self.width()))
        return super().event(event)


class TurningSplitter(QSplitter):
    """Its parts side by side when it is at least ``wide_from`` pixels wide and they fit, else one
    above the other; ``side_by_side`` and ``stacked`` (fractions) share out the room when it turns."""

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

    def side_by_side_width(self) -> int:
        """At least ``wide_from``, and what the parts need side by side (longer words need more)."""
        parts = sum(self.widget(i).minimumSizeHint().width() for i in range(self.count()))
        return max(self._wide_from, parts + self.handleWidth() * max(0, self.count() - 1))

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        want = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if want != self.orientation():
            self.setOrientation(want)
            length = event.size().width() if want == Qt.Orientation.Horizontal else event.size().height()
            self.setSizes([round(length * share) for share in self._shares[want]])
            self.updateGeometry()
        super().resizeEvent(event)


class WrappingRow(QWidget):
    """Its parts side by side while their minimum widths fit on one row, else as many as fit on
    each row in turn (at its narrowest, one above the other): a longer language or a banner that
    widens a part moves the last part to a row of its own instead of making the page scroll."""

    def __init__(self, parts: list[QWidget], stretches: list[int], spacing: int = 16, parent=None):
        super().__init__(parent)
        self._parts, self._stretches = list(parts), list(stretches)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self.rows: list[list[QWidget]] = []
        self._arrange(10**6)

    def _rows_for(self, width: int) -> list[list[QWidget]]:
        rows: list[list[QWidget]] = [[]]
        used = 0
        for part in self._parts:
            need = part.minimumSizeHint().width()
            if rows[-1] and used + self._grid.spacing() + need > width:
                rows.append([])
                used = 0
            used += need + (self._grid.spacing() if rows[-1] else 0)
            rows[-1].append(part)
        return rows

    def _arrange(self, width: int) -> None:
        rows = self._rows_for(width)
        if [list(r) for r in rows] == self.rows:
            return
        self.rows = rows
        while self._grid.count():
            self._grid.takeAt(0)
        columns = max(len(r) for r in rows)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        for r, row in enumerate(rows):
            for c, part in enumerate(row):
                # A row with fewer parts than the widest spreads its last part over the rest.
                span = columns - c if c == len(row) - 1 else 1
                self._grid.addWidget(part, r, c, 1, span)
        for c in range(columns):
            self._grid.setColumnStretch(c, self._stretches[c] if len(rows) == 1 else 1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """One part per row: the narrowest it can be."""
        width = max((p.minimumSizeHint().width() for p in self._parts), default=0)
        return QSize(width, self._grid.minimumSize().height())

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a part's words changed (hidden too: no resize comes when shown)
            self._arrange(self.width())
        return super().event(event)



class ShortLabel(QLabel):
    """A short label (a field's name) on one line while it is at most ``one_line_up_to`` pixels
    wide, as a plain label is; longer (another language), it may wrap onto a second line rather
    than hold its column, and the window, wide."""

    def __init__(self, text: str = "", one_line_up_to: int = 130, parent=None):
        super().__init__(text, parent)
        self._one_line_up_to = one_line_up_to
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:
        wrapped = super().minimumSizeHint()
        return QSize(max(wrapped.width(), min(self.sizeHint().width(), self._one_line_up_to)), wrapped.height())


class TabsOrList(QObject):
    """``tabs``' own bar while all its tabs fit, else (a narrow window, longer words) ``choice``,
    a drop-down list of the same tabs in the bar's place: no tab hides behind scroll arrows."""

    def __init__(self, tabs: QTabWidget, choice: QComboBox):
        super().__init__(tabs)
        self._tabs, self._choice = tabs, choice
        for i in range(tabs.count()):
            choice.addItem(tabs.tabText(i).replace("&", ""))
        choice.setCurrentIndex(tabs.currentIndex())
        choice.currentIndexChanged.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(choice.setCurrentIndex)
        choice.hide()
        tabs.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            bar = self._tabs.tabBar()
            fits = sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= event.size().width()
            bar.setVisible(fits)
            self._choice.setVisible(not fits)
        return False


class FittingScrollArea(QScrollArea):
    """A dialog's fields, as big as they want to be where the screen has the room, and
    scrolled, not cut off, where it has not (a small screen, or 2× scale): the dialog asks for
    its fields' whole size but may be made as small as the screen."""

    def __init__(self, fields: QWidget, parent=None):
        super().__init__(parent)
        self.setWidget(fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not it

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint().expandedTo(self.widget().minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 80)
