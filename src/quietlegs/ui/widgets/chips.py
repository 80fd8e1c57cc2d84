"""A compact group of checkable chips, quick by mouse and by keyboard.

Tab enters the group once and leaves it once (a "roving" focus); the arrow keys move between
chips and Space toggles one. So a grid of eighteen places on the legs costs one Tab, not
eighteen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget


class ChipGroup(QWidget):
    """Rows of checkable chips; ``rows`` is a list of (row label or None, [(code, text), …])."""

    toggled = Signal()

    def __init__(self, rows: Sequence[tuple[str | None, Sequence[tuple[str, str]]]],
                 parent: QWidget | None = None, exclusive: bool = False):
        super().__init__(parent)
        self._exclusive = exclusive
        self._grid: list[list[QToolButton]] = []
        self.buttons: dict[str, QToolButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(6)
        labelled = any(label for label, _ in rows)
        for r, (label, chips) in enumerate(rows):
            if labelled:
                text = QLabel(label or "")
                text.setObjectName("hint")
                layout.addWidget(text, r, 0)
            row: list[QToolButton] = []
            for c, (code, chip_text) in enumerate(chips):
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
                layout.addWidget(button, r, c + (1 if labelled else 0))
                row.append(button)
                self.buttons[code] = button
            self._grid.append(row)
        layout.setColumnStretch(layout.columnCount(), 1)
        self._rover = self._grid[0][0] if self._grid and self._grid[0] else None
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

    def _position(self, button: QToolButton) -> tuple[int, int]:
        for r, row in enumerate(self._grid):
            if button in row:
                return r, row.index(button)
        return 0, 0

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
        if event.type() != event.Type.KeyPress or not isinstance(obj, QToolButton):
            return False
        r, c = self._position(obj)
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            c = max(0, min(len(self._grid[r]) - 1, c + (1 if key == Qt.Key.Key_Right else -1)))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            r = max(0, min(len(self._grid) - 1, r + (1 if key == Qt.Key.Key_Down else -1)))
            c = min(c, len(self._grid[r]) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # Enter belongs to the form (it saves), never toggles a chip
            return False
        else:
            return False
        self._move_to(self._grid[r][c])
        return True
