"""Backups without thinking: every 30 minutes while something changed, on closing, and once a
day; each followed by thinning the rotation (services.backups). A failed backup never stops the app: it is said
calmly in the status bar and tried again next time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from quietlegs import clock
from quietlegs.services.backups import back_up, daily_backup
from quietlegs.storage.errors import StorageError
from quietlegs.ui.journal_service import JournalService

INTERVAL_MS = 30 * 60 * 1000
DAILY_DELAY_MS = 10 * 1000  # after start-up, never in its way


class AutoBackup(QObject):
    backed_up = Signal(str)  # the new backup's path
    failed = Signal(str)     # a message for the user

    def __init__(self, service: JournalService, interval_ms: int = INTERVAL_MS,
                 now: Callable[[], datetime] = clock.now, parent: QObject | None = None):
        super().__init__(parent)
        self.service, self._now = service, now
        self.dirty = False
        service.journal_changed.connect(self._mark_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_timer)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.on_close)

    def start_daily(self, delay_ms: int = DAILY_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.daily)

    def _mark_changed(self, _change=None) -> None:
        self.dirty = True

    def on_timer(self) -> None:
        if self.dirty:
            self.backup_now("periodic")

    def on_close(self) -> None:
        if self.dirty:
            self.backup_now("on-close")

    def daily(self) -> None:
        """The first backup of the day, if the journal holds anything and none was made today."""
        self._backup(lambda now: daily_backup(self.service.paths, now))

    def backup_now(self, reason: str) -> Path | None:
        return self._backup(lambda now: back_up(self.service.paths, now, reason))

    def _backup(self, make: Callable[[datetime], Path | None]) -> Path | None:
        try:
            path = make(self._now())
        except (StorageError, OSError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.failed.emit(self.tr("The journal could not be backed up just now ({0}). Your entries are saved; "
                                     "Quiet Legs will try again.").format(detail))
            return None
        if path is None:
            return None
        self.dirty = False
        self.backed_up.emit(str(path))
        return path
