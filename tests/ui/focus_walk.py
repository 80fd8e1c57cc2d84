"""Walking a window as a keyboard user does (real Tab presses on the focused widget) and reading
it as a screen reader does (Qt's own accessibility interface, which adds buddy labels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.objectName() or spoken_name(widget)!r})"


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says a widget is called (its own name, else its buddy label's...)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def tab_walk(qtbot, start: QWidget, presses: int = 80, backwards: bool = False) -> list[QWidget]:
    """The widgets focus visits, in order, pressing Tab (or Shift+Tab) from ``start`` on whatever
    holds focus, until focus comes back to where it began or ``presses`` run out."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    visited = [first]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        now = QApplication.focusWidget()
        if now is first:
            break
        visited.append(now)
    return visited


def owner_in(visited: list[QWidget], widget: QWidget) -> bool:
    """Whether focus reached ``widget`` (or the widget it hands its focus to)."""
    target = widget.focusProxy() or widget
    return any(v is widget or v is target or widget.isAncestorOf(v) for v in visited)


def stops_inside(visited: list[QWidget], widget: QWidget) -> int:
    """How many Tab presses focus spent on ``widget`` (or inside it)."""
    return sum(1 for v in visited if v is widget or widget.isAncestorOf(v))


def date_stops(qtbot, edit: QDateTimeEdit) -> int:
    """How many Tab presses a date/time field keeps focus for (1: Tab leaves it at once)."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    presses = 1
    while presses < 10:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not edit.hasFocus():
            return presses
        presses += 1
    return presses


def shown_interactive(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls a person can use inside ``root`` (internal parts of a
    composite control, such as a spin box's own line edit, are the control's)."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root.window()) or not w.isVisible():
            continue
        if not w.isEnabled() or w.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(w, QAbstractButton):
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)) or w.objectName().startswith("qt_"):
            continue  # a part of a composite control
        found.append(w)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in shown_interactive(root) if not spoken_name(w)]


def reached(visited: list[QWidget], button: QAbstractButton) -> bool:
    """Whether Tab reached ``button``, or the group a keyboard user moves through by arrows that
    holds it (a row of chips with one Tab stop; one choice of an exclusive pair of buttons)."""
    if owner_in(visited, button):
        return True
    group = button.group()
    if group is not None and group.exclusive() and any(owner_in(visited, b) for b in group.buttons()):
        return True
    from quietlegs.ui.widgets.chips import ChipGroup

    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, ChipGroup):
        parent = parent.parentWidget()
    return parent is not None and any(parent.isAncestorOf(v) for v in visited)


def demo_window(qtbot, service):
    """The real main window on ``service`` with every page built and loaded."""
    from journal_helpers import active_window

    window = active_window(qtbot, service)
    qtbot.waitUntil(lambda: not window.has_pending_pages(), timeout=20_000)
    return window


def show(qtbot, window, name: str) -> QWidget:
    """Show page ``name`` with what it reads in the background read and drawn."""
    page = window.show_page(name)
    if hasattr(page, "loaded"):
        qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    if name == "insights":
        qtbot.waitUntil(lambda: page.last_answer is not None and page.canvases["timeline"].figure is not None,
                        timeout=60_000)
    qtbot.wait(50)
    return page
