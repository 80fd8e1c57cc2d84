"""Reminders as desktop notifications from a tray icon, quiet once the entry is logged.

Times live in the app's settings (beside the journal): ``reminders/evening`` and
``reminders/morning``, "HH:MM" or empty (off, the default). Every half minute the due rule
(:mod:`quietlegs.domain.reminders`) is asked; the journal is read only when a reminder's time
has come. The tray icon is made only when a reminder first fires; where the desktop has no
notification area, :attr:`Reminders.reminded` still carries the words (the window shows them in
its status bar) and the Reminders dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER, SNOOZE, Reminder, due
from quietlegs.services.reminders import is_logged
from quietlegs.storage.errors import StorageError
from quietlegs.ui.models.formatting import day_label

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


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminders(QObject):
    reminded = Signal(object, str)  # the Reminder and its words, whether or not a tray showed them
    open_requested = Signal(object)  # the Reminder whose form the person asked for

    def __init__(self, service, now: Callable[[], datetime], settings: QSettings,
                 make_tray: Callable[[QObject], QSystemTrayIcon] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.service, self._now, self.settings = service, now, settings
        self._make_tray = make_tray or self._system_tray
        self.tray: QSystemTrayIcon | None = None
        self.fired: set[Reminder] = set()
        self.snoozed_until: datetime | None = None
        self.last: Reminder | None = None
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

    # ------------------------------------------------------------------ the tray

    def _system_tray(self, parent: QObject) -> QSystemTrayIcon:
        icon = QApplication.windowIcon()
        return QSystemTrayIcon(icon if not icon.isNull() else QIcon.fromTheme("appointment-soon"), parent)

    def _ensure_tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and tray_available():
            tray = self.tray = self._make_tray(self)
            tray.setToolTip(self.tr("Quiet Legs"))
            menu = QMenu()
            menu.addAction(self.tr("Log it now"), lambda: self.last and self.open_requested.emit(self.last))
            menu.addAction(self.tr("Remind me in 30 minutes"), self.snooze)
            tray.setContextMenu(menu)
            self._menu = menu  # kept alive with the tray
            tray.messageClicked.connect(lambda: self.last and self.open_requested.emit(self.last))
            tray.activated.connect(lambda reason: self.last and self.open_requested.emit(self.last))
            tray.show()
        return self.tray

    def _show(self, reminder: Reminder) -> None:
        title, text = self.words(reminder)
        tray = self._ensure_tray()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 60_000)
        self.reminded.emit(reminder, f"{title}: {text}")
