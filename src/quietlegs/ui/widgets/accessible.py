"""What a screen reader hears when a form refuses what was typed.

A field's message is shown beside it, and it also becomes the field's accessible description,
so a screen reader reads it with the field's name whenever the field has focus; when a save is
refused, focus moves to the first wrong field (read at once, with its message) and an alert
event carries the message to assistive technology that listens for alerts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget


def _parts(field: QWidget) -> list[QWidget]:
    """``field`` and the widget it hands its focus to (a composite field's first editor)."""
    proxy = field.focusProxy()
    return [field] if proxy is None or proxy is field else [field, proxy]


def set_description(widget: QWidget, text: str) -> None:
    """What a screen reader reads after ``widget``'s name; listeners are told when it changes."""
    if widget.accessibleDescription() != text:
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # (~2 ms to load: not at start-up)

        widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))


def describe_error(field: QWidget, message: str | None) -> None:
    """Make ``message`` (or nothing, once the field is right) part of what ``field`` is read as."""
    for part in _parts(field):
        set_description(part, message or "")


def announce_error(field: QWidget, message: str, shown_in: QWidget | None = None) -> None:
    """A refused save: ``message`` describes ``field``, focus moves there (what was typed selected,
    ready to be typed over) and an alert is raised on ``shown_in`` (the visible message) or the field."""
    describe_error(field, message)
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    focused = _parts(field)[-1]
    if isinstance(focused, (QAbstractSpinBox, QLineEdit)):
        focused.selectAll()
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(shown_in or focused, QAccessible.Event.Alert))
