"""The journal as the windows use it: every change goes through here and is announced.

Like Anki's operations, a change emits :attr:`JournalService.changed` once it is stored, so
each view refreshes itself instead of being refreshed by whoever made the change. Changes go
on an undo stack (Ctrl+Z) as commands that put the previous records back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from quietlegs.paths import DataPaths
from quietlegs.storage.repository import Journal


class JournalService(QObject):
    changed = Signal()

    def __init__(self, journal: Journal, paths: DataPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.paths = paths

    def announce(self) -> None:
        self.changed.emit()
