"""Small editors shared by the entry dialogs: optional minutes, a clock, and a time in a night."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from quietlegs import clock as app_clock
from quietlegs.domain.night_rule import (
    Phase,
    night_of_event,
    nights_by_date,
    place_event,
    suggested_moment,
    time_in_night,
)
from quietlegs.domain.records import Night
from quietlegs.domain.validation import FIRST_DATE, LAST_DATE
from quietlegs.ui.widgets.date_fields import DateField, TimeField
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.widgets.look import hint

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load after Today is usable
    from quietlegs.storage.repository import Journal


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


class ClockEdit(TimeField):
    """A clock time, HH:MM. Typing moves from hours to minutes by itself; Tab leaves the field
    (Qt's default would step through the sections first, costing a keyboard user extra Tabs)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setWrapping(True)


class WhenInNight(QWidget):
    """When an event happened: a clock time, typed for a night; the date is never typed.

    The night (the one that began on the evening of a date) is chosen beside the clock, and the
    night rule gives the clock its date (:func:`~quietlegs.domain.night_rule.time_in_night`):
    02:30 on the night of Mon 30 Nov is Tue 1 Dec 02:30. A line beneath says the date it
    became and whether that is before bed or in the night, so nothing lands anywhere silently.
    The clock comes first: Tab lands on the hour, which is what a person usually changes.
    """

    changed = Signal()

    def __init__(self, journal: Callable[[], Journal], parent: QWidget | None = None):
        super().__init__(parent)
        self._journal = journal
        self._nights: dict[date, dict[date, Night]] = {}  # read once per night shown
        self.clock = ClockEdit()
        self.clock.setFixedWidth(80)
        self.clock.setAccessibleName(self.tr("Time"))
        self.night = DateField()  # the date a night began on the evening of
        self.night.setDisplayFormat("ddd d MMM yyyy")
        self.night.setCalendarPopup(True)
        self.night.setDateRange(QDate(FIRST_DATE), QDate(LAST_DATE))  # the dates a journal holds
        self.night.setFixedWidth(150)
        self.night.setAccessibleName(self.tr("On the night of"))
        self.night.setToolTip(self.tr("The night that began on the evening of this date"))
        self.where = hint()
        self.where.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clock)
        row.addWidget(QLabel(self.tr("on the night of")))
        row.addWidget(self.night)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.where)
        self.setFocusProxy(self.clock)
        self.clock.timeChanged.connect(self._changed)
        self.night.dateChanged.connect(self._changed)

    def nights_near(self, day: date) -> dict[date, Night]:
        """The logged nights that decide where a moment of night ``day`` belongs."""
        if day not in self._nights:
            found = self._journal().nights(day - timedelta(days=3), day + timedelta(days=2))
            self._nights[day] = nights_by_date(found)
        return self._nights[day]

    def night_of(self) -> date:
        return self.night.date().toPython()

    def when(self) -> datetime:
        """The moment the clock means for the night chosen."""
        night_of = self.night_of()
        return time_in_night(night_of, self.clock.time().toPython().replace(second=0, microsecond=0),
                             self.nights_near(night_of))

    def set_when(self, at: datetime, night_of: date | None = None) -> None:
        """Show ``at`` as a clock in night ``night_of`` (by default the night it belongs to)."""
        if night_of is None:
            night_of = night_of_event(at, self.nights_near(at.date()))
        for editor in (self.clock, self.night):
            editor.blockSignals(True)
        self.night.setDate(QDate(night_of))
        self.clock.setTime(QTime(at.hour, at.minute))
        for editor in (self.clock, self.night):
            editor.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        night_of, at = self.night_of(), self.when()
        placement = place_event(at, self.nights_near(night_of))
        day = day_label(at.date())
        if placement.night_of != night_of:  # only where nights crowd each other: say it plainly
            text = self.tr("{0}: that counts for the night of {1}").format(
                day, day_label(placement.night_of))
        elif placement.phase is Phase.BEFORE_BED:
            text = self.tr("{0}, before bed").format(day)
        elif placement.phase is Phase.DURING_NIGHT:
            text = self.tr("{0}, in the night").format(day)
        else:
            text = self.tr("{0} (the night is not logged yet)").format(day)
        self.where.setText(text)
        self.changed.emit()


def suggestion(when: WhenInNight, usual: time, at: datetime | None, night_of: date | None) -> tuple[datetime, date]:
    """What a new entry's time starts as: ``at`` if given, else the ``usual`` clock in night
    ``night_of`` (or now, if earlier and the night has begun); the night, by default the one
    ``at`` (or now) belongs to."""
    moment = at if at is not None else app_clock.now()
    if night_of is None:
        night_of = night_of_event(moment, when.nights_near(moment.date()))
    if at is None:
        at = suggested_moment(night_of, usual, moment, when.nights_near(night_of))
    return at, night_of
