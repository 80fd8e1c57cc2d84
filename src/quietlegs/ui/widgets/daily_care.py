"""Keeps Today's red-flag banner and day counters up to date with one read per change.

The widgets show; this reads (:func:`quietlegs.services.daily_care.read_daily_care`, one
transaction) when a change touches what they show, while ``watch`` (Today) is on screen, and
catches up when it is shown again. A change to a night far from today reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from quietlegs.storage.errors import StorageError
from quietlegs.ui.change_listener import ChangeListener


def _touches(change, today) -> bool:
    from quietlegs.services.daily_care import touches_daily_care  # not before Today is usable

    return touches_daily_care(change, today)


class DailyCareWatcher(QObject):
    def __init__(self, service, now: Callable[[], datetime], watch: QWidget, red_flags, day_counter):
        super().__init__(watch)
        self.service, self._now = service, now
        self.red_flags, self.day_counter = red_flags, day_counter
        self.changes = ChangeListener(watch, service, lambda change: self.refresh(),
                                      lambda change: _touches(change, self._now().date()))
        self.refresh()

    def refresh(self) -> None:
        if not self.service.is_open:  # start-up: read once the journal is open (it announces everything)
            return
        try:
            from quietlegs.services.daily_care import read_daily_care  # (after start-up: see refresh)

            care = read_daily_care(self.service.journal, self._now().date())
        except StorageError:
            return  # the journal could not be read just now: keep what is shown
        self.red_flags.show_flags(care.red_flags)
        self.day_counter.show_counts(care.day_counts)
