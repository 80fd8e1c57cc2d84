"""A compact group of checkable chips, quick by mouse and by keyboard.

Tab enters the group once and leaves it once (a "roving" focus); the arrow keys move between
chips and Space toggles one. So a grid of eighteen places on the legs costs one Tab, not
eighteen.

The chips reflow: each row puts as many chips on a line as its width holds and carries the rest
to the next line (a flow layout, with a height for each width), so a longer language or half a
laptop screen wraps a row instead of making the dialog scroll sideways. A row's label stays
beside its first line. Left and Right move along the chips' order; Up and Down move to the line
above or below as the rows are laid out now, to the chip under this one's start (else the nearest),
so Down from a line's first chip goes to the next line's first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

SPACING = 6     # between chips on a line, and between the lines of a row
ROW_GAP = 10    # between labelled rows, so a wrapped row reads as one


class ChipFlow(QLayout):
    """Rows of chips, each row beside its label (if any rows have one), each row's chips flowing
    onto as many lines as the width needs. ``add(widget, row, label=False)`` places a widget."""

    def __init__(self, parent: QWidget | None = None, per_line: int | None = None):
        super().__init__(parent)
        self._per_line = per_line  # the chips a line holds at the preferred width (None: a whole row)
        self._items: list[QLayoutItem] = []
        self._roles: list[tuple[int, bool]] = []  # (row, is it the row's label) for each item
        self._adding: tuple[int, bool] = (0, False)
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, row: int, label: bool = False) -> None:
        self._adding = (row, label)
        self.addWidget(widget)  # comes back through addItem

    # ------------------------------------------------------------------ QLayout

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._roles.append(self._adding)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        if 0 <= index < len(self._items):
            self._roles.pop(index)
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Each row on one line, or ``per_line`` chips to a line."""
        width = 0
        for chips in self._rows().values():
            step = self._per_line or max(1, len(chips))
            for start in range(0, len(chips), step):
                line = chips[start:start + step]
                width = max(width, sum(i.sizeHint().width() for i in line) + SPACING * max(0, len(line) - 1))
        width += self._label_room()
        return QSize(width, self._place(QRect(0, 0, width, 0), apply=False))

    def minimumSize(self) -> QSize:
        """As narrow as one chip on a line (the widest chip beside the widest label); as low as
        at the preferred width: the height any narrower width needs comes from ``heightForWidth``
        (a minimum height for the narrowest width would hold the rows that tall at every width)."""
        widest = max((i.sizeHint().width() for chips in self._rows().values() for i in chips), default=0)
        return QSize(widest + self._label_room(), self.sizeHint().height())

    # ------------------------------------------------------------------ placing

    def _rows(self) -> dict[int, list[QLayoutItem]]:
        rows: dict[int, list[QLayoutItem]] = {}
        for item, (row, label) in zip(self._items, self._roles):
            rows.setdefault(row, [])
            if not label and not item.isEmpty():
                rows[row].append(item)
        return rows

    def _labels(self) -> dict[int, QLayoutItem]:
        return {row: item for item, (row, label) in zip(self._items, self._roles) if label}

    def _label_room(self) -> int:
        labels = self._labels()
        return max((i.sizeHint().width() for i in labels.values()), default=0) + SPACING if labels else 0

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the rows out in ``rect`` (only measure unless ``apply``); the height they take."""
        labels = self._labels()
        left = rect.x() + self._label_room()
        right = rect.x() + max(rect.width(), self._label_room() + 1)
        y = rect.y()
        first = True
        for row, chips in sorted(self._rows().items()):
            if not first:
                y += ROW_GAP if labels else SPACING
            first = False
            lines: list[list[QLayoutItem]] = [[]]
            x = left
            for item in chips:
                width = item.sizeHint().width()
                if lines[-1] and x + width > right:
                    lines.append([])
                    x = left
                lines[-1].append(item)
                x += width + SPACING
            top = y
            for n, line in enumerate(lines):
                height = max((i.sizeHint().height() for i in line), default=0)
                if n:
                    y += SPACING
                x = left
                for item in line:
                    hint = item.sizeHint()
                    if apply:
                        item.setGeometry(QRect(QPoint(x, y), hint))
                    x += hint.width() + SPACING
                if n == 0 and row in labels:
                    label = labels[row]
                    hint = label.sizeHint()
                    if apply:
                        label.setGeometry(QRect(rect.x(), top + max(0, (height - hint.height()) // 2),
                                                self._label_room() - SPACING, hint.height()))
                    height = max(height, hint.height())
                y += height
        return y - rect.y()


class ChipGroup(QWidget):
    """Rows of checkable chips; ``rows`` is a list of (row label or None, [(code, text), …]).
    ``per_line``: how many chips a line holds where there is room (by default a whole row)."""

    toggled = Signal()

    def __init__(self, rows: Sequence[tuple[str | None, Sequence[tuple[str, str]]]],
                 parent: QWidget | None = None, exclusive: bool = False, per_line: int | None = None):
        super().__init__(parent)
        self._exclusive = exclusive
        self._order: list[QToolButton] = []
        self.buttons: dict[str, QToolButton] = {}
        layout = ChipFlow(self, per_line)
        labelled = any(label for label, _ in rows)
        for r, (label, chips) in enumerate(rows):
            if labelled:
                text = QLabel(label or "")
                text.setObjectName("hint")
                layout.add(text, r, label=True)
            for code, chip_text in chips:
                button = QToolButton()
                button.setObjectName("chip")
                button.setText(chip_text.replace("&", "&&"))  # a kind's name: an & is shown, not a shortcut
                button.setCheckable(True)
                button.setAutoRaise(False)
                button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                button.setAccessibleName(f"{label} {chip_text}" if label else chip_text)
                button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never elided
                button.toggled.connect(lambda on, code=code: self._on_toggled(code, on))
                button.installEventFilter(self)
                layout.add(button, r)
                self._order.append(button)
                self.buttons[code] = button
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._rover = self._order[0] if self._order else None
        if self._rover is not None:
            self._rover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setFocusProxy(self._rover)

    # ------------------------------------------------------------------ values

    def checked(self) -> tuple[str, ...]:
        return tuple(code for code, b in self.buttons.items() if b.isChecked())

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in wanted)
            button.blockSignals(False)
        self.toggled.emit()

    def _on_toggled(self, code: str, on: bool) -> None:
        if self._exclusive and on:
            for other, button in self.buttons.items():
                if other != code and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.toggled.emit()

    # ------------------------------------------------------------------ keyboard

    def lines(self) -> list[list[QToolButton]]:
        """The chips line by line as they are laid out now, top to bottom, each line left to right."""
        tops = sorted({b.geometry().top() for b in self._order})
        return [sorted((b for b in self._order if b.geometry().top() == top), key=lambda b: b.geometry().left())
                for top in tops]

    def _vertical_neighbour(self, button: QToolButton, step: int) -> QToolButton:
        lines = self.lines()
        n = next(i for i, line in enumerate(lines) if button in line)
        if not 0 <= n + step < len(lines):
            return button
        start, centre = button.geometry().left(), button.geometry().center().x()
        under = [b for b in lines[n + step] if b.geometry().left() <= start <= b.geometry().right()]
        return under[0] if under else min(lines[n + step], key=lambda b: abs(b.geometry().center().x() - centre))

    def _move_to(self, button: QToolButton) -> None:
        if self._rover is not None:
            self._rover.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._rover = button
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(obj, QToolButton) and obj is not self._rover:
            self._move_to(obj)  # a click moves the roving focus too
        if event.type() != event.Type.KeyPress or obj not in self._order:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            at = self._order.index(obj) + (1 if key == Qt.Key.Key_Right else -1)
            target = self._order[max(0, min(len(self._order) - 1, at))]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = self._vertical_neighbour(obj, 1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # Enter belongs to the form (it saves), never toggles a chip
            return False
        else:
            return False
        self._move_to(target)
        return True
