"""Opening the journal for the windows, and explaining calmly when it cannot be opened."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from quietlegs import clock
from quietlegs.paths import DataPaths
from quietlegs.storage.backup import make_backup
from quietlegs.storage.errors import StorageError
from quietlegs.storage.journal_file import open_journal
from quietlegs.ui.journal_service import JournalService


def open_or_explain(paths: DataPaths) -> JournalService | None:
    """The journal's service, or ``None`` after telling the user why it could not be opened."""
    try:
        journal = open_journal(
            paths.journal,
            before_migration=lambda p: make_backup(p, paths.backups, clock.now(), "before-migration"),
        )
    except StorageError as exc:
        QMessageBox.critical(None, "Quiet Legs cannot open the journal", str(exc))
        return None
    return JournalService(journal, paths)
