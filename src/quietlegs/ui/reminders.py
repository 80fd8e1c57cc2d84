"""Reminders as desktop notifications from a tray icon, quiet once the entry is logged.

Times live in the app's settings (beside the journal): ``reminders/evening`` and
``reminders/morning``, "HH:MM" or empty (off, the default). Every half minute the due rule
(:mod:`quietlegs.domain.reminders`) is asked; the journal is read only when a reminder's time
has come. The app's tray icon (:class:`quietlegs.ui.tray.AppTray`) is shown when a reminder first
fires, if it was not already; where the desktop has no notification area,
:attr:`Reminders.reminded` still carries the words (the window shows them in its status bar) and
the Reminders dialog says so. A click on the message, or on the icon while the reminder waits,
opens its form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER, SNOOZE, Reminder, due
from quietlegs.services.reminders import is_logged
from quietlegs.storage.errors import StorageError
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.tray import AppTray, tray_available

__all__ = ["Reminders", "reminder_time", "set_reminder_time", "tray_available"]

CHECK_MS = 30_000
KEYS = {EVENING_REMINDER: "reminders/evening", MORNING_REMINDER: "reminders/morning"}


def reminder_time(settings: QSettings, kind: str) -> time | None:
    value = str(settings.value(KEYS[kind], "") or "")
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None  # a hand-edited settings file: treat as off


def set_reminder_time(settings: QSettings, kind: str, at: time | None) -> None:
    settings.setValue(KEYS[kind], at.strftime("%H:%M") if at else "")
    settings.sync()


class Reminders(QObject):
    reminded = Signal(object, str)  # the Reminder and its words, whether or not a tray showed them
    open_requested = Signal(object)  # the Reminder whose form the person asked for

    def __init__(self, service, now: Callable[[], datetime], settings: QSettings,
                 make_tray: Callable[[QObject], QSystemTrayIcon] | None = None, parent: QObject | None = None,
                 app_tray: AppTray | None = None):
        super().__init__(parent)
        self.service, self._now, self.settings = service, now, settings
        self.app_tray = app_tray or AppTray(make_tray, parent=self)
        self.app_tray.message_clicked.connect(lambda: self.app_tray.message_about == "reminder" and self.open_waiting())
        self.app_tray.snooze_requested.connect(self.snooze)
        self.fired: set[Reminder] = set()
        self.snoozed_until: datetime | None = None
        self.last: Reminder | None = None
        self.waiting: Reminder | None = None  # shown, and neither opened, snoozed nor logged since
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    # ------------------------------------------------------------------ the words

    def words(self, reminder: Reminder) -> tuple[str, str]:
        day = day_label(reminder.night_of)
        if reminder.kind == EVENING_REMINDER:
            return (self.tr("Tonight's remedies"),
                    self.tr("Nothing is logged for this evening yet. Click to log what you took or did."))
        return (self.tr("How did you sleep?"),
                self.tr("The night of {0} is not logged yet. Click to log it.").format(day))

    # ------------------------------------------------------------------ checking

    def check(self) -> Reminder | None:
        """Show the reminder that is due now, if any (at most one at a time)."""
        now = self._now()

        def logged(reminder: Reminder) -> bool:
            try:
                return is_logged(self.service.journal, reminder)
            except StorageError:
                return True  # could not read: stay quiet rather than nag wrongly

        if self.waiting is not None and logged(self.waiting):
            self._set_waiting(None)
        for kind in (MORNING_REMINDER, EVENING_REMINDER):
            reminder = due(kind, reminder_time(self.settings, kind), now, self.fired, self.snoozed_until, logged)
            if reminder is not None:
                self.fired.add(reminder)
                self.last = reminder
                self._show(reminder)
                return reminder
        return None

    def snooze(self) -> None:
        """Ask again in half an hour (if it is still not logged then)."""
        self.snoozed_until = self._now() + SNOOZE
        if self.last is not None:
            self.fired.discard(self.last)
        self._set_waiting(None)

    def open_waiting(self) -> bool:
        """Open the form of the reminder that waits (its message or the icon was clicked);
        False when none waits."""
        reminder = self.waiting
        if reminder is None:
            return False
        self._set_waiting(None)
        self.open_requested.emit(reminder)
        return True

    # ------------------------------------------------------------------ the tray

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The notification-area icon, once there is one."""
        return self.app_tray.icon

    def _set_waiting(self, reminder: Reminder | None) -> None:
        self.waiting = reminder
        self.app_tray.set_reminder_waiting(reminder is not None)

    def _show(self, reminder: Reminder) -> None:
        title, text = self.words(reminder)
        if self.app_tray.want("reminder"):
            self.app_tray.show_message(title, text, 60_000, about="reminder")
        self._set_waiting(reminder)
        self.reminded.emit(reminder, f"{title}: {text}")
