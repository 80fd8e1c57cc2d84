"""Date and time fields that are one Tab stop each.

Qt's date/time editors step through their sections (day, month, year…) on Tab, so a keyboard
user needs four Tabs to get past one date. Here Tab leaves the field; inside it Left/Right move
between the parts, Up/Down change one, and typing a part moves on to the next by itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


def _leave(field: QDateTimeEdit, next: bool) -> bool:  # noqa: A002 - Qt's name
    return QWidget.focusNextPrevChild(field, next)


class DateField(QDateEdit):
    """A date; one Tab stop."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return _leave(self, next)


class TimeField(QTimeEdit):
    """A time of day; one Tab stop."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return _leave(self, next)
