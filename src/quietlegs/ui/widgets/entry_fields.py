"""Small editors shared by the entry dialogs: optional minutes, a date-and-time field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QSpinBox, QTimeEdit, QWidget


class OptionalMinutes(QSpinBox):
    """Whole minutes, or "not recorded" one step below zero (FORMAT.md: absent ≠ 0)."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 24 * 60):
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(self.tr("not recorded"))
        self.setSuffix(self.tr(" min"))
        self.setValue(-1)
        self.setFixedWidth(130)

    def minutes(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_minutes(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class ClockEdit(QTimeEdit):
    """A clock time, HH:MM. Typing moves from hours to minutes by itself; Tab leaves the field
    (Qt's default would step through the sections first, costing a keyboard user extra Tabs)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setWrapping(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)


class WhenEdit(QDateTimeEdit):
    """A clock time and its date, to the minute, with a calendar a click away.

    The time comes first: Tab lands on the hour, which is what a person usually changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm   ddd d MMM yyyy")
        self.setCalendarPopup(True)
        self.setFixedWidth(220)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return QWidget.focusNextPrevChild(self, next)  # Tab leaves; arrows move between parts

    def when(self) -> datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)

    def set_when(self, at: datetime) -> None:
        self.setDateTime(QDateTime(at.replace(second=0, microsecond=0)))
