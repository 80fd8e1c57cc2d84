"""Opening a journal file: check it, back it up, migrate it, hand out the repository."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine, make_private_dir
from quietlegs.storage.file_checks import check_journal_path
from quietlegs.storage.inspect import check_journal
from quietlegs.storage.repository import Journal


def open_journal(path: Path, before_migration: Callable[[Path], None] | None = None) -> Journal:
    """Open (creating if need be) the journal at ``path``.

    A damaged file raises :class:`JournalDamaged`, one from a newer app :class:`JournalTooNew`;
    neither is changed (nor is a missing journal whose -wal is still there). ``before_migration(path)`` runs (a backup) before any schema change to
    an existing journal.
    """
    check_journal_path(path)  # a folder, FIFO, device or dangling link: refused before anything opens it
    make_private_dir(path.parent)
    check_journal(path)
    engine = create_journal_engine(path)
    if not migrate.is_current(path):
        try:
            migrate.upgrade(engine, path, before=(lambda: before_migration(path)) if before_migration else None)
        except BaseException:
            engine.dispose()
            raise
    return Journal(engine, path)
