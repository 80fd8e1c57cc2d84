"""Opening a journal file: check it, back it up, migrate it, hand out the repository."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine, make_private_dir
from quietlegs.storage.file_checks import check_journal_path
from quietlegs.storage.inspect import check_journal
from quietlegs.storage.repository import Journal


def open_journal(path: Path, before_migration: Callable[[Path], None] | None = None, *,
                 backups_dir: Path | None = None, full_check: bool = False, start_new: bool = False) -> Journal:
    """Open (creating if need be) the journal at ``path``.

    A damaged file raises :class:`JournalDamaged`, one from a newer app :class:`JournalTooNew`;
    neither is changed (nor is a missing journal whose -wal is still there, nor an empty one
    beside ``backups_dir``, by default the ``backups`` folder beside the journal).
    ``before_migration(path)`` runs (a backup) before any schema change to an existing journal.
    ``full_check``: ``integrity_check`` and ``foreign_key_check`` rather than ``quick_check``.
    ``start_new``: the user chose to start a new journal where there is none, backups or not.
    A recorded schema revision out of step with the tables is corrected when the tables are
    exactly those of a known revision, else refused (:class:`JournalOutOfStep`) before any backup.
    """
    check_journal_path(path)  # a folder, FIFO, device or dangling link: refused before anything opens it
    make_private_dir(path.parent)
    # The backups of a journal live beside it (DataPaths): an emptied file beside them is damaged.
    backups = backups_dir if backups_dir is not None else path.with_name("backups")
    if start_new and not path.exists():  # the user chose a new journal though backups exist
        backups = None
    try:
        check_journal(path, backups, full=full_check)
        out_of_step = None
    except migrate.JournalOutOfStep as problem:
        out_of_step = problem
    engine = create_journal_engine(path)
    if out_of_step is not None:
        try:  # record the revision the tables really are at, or refuse once (no backup made)
            migrate.repair_out_of_step(engine, path, out_of_step)
            check_journal(path, backups, full=full_check)
        except BaseException:
            engine.dispose()
            raise
    if not migrate.is_current(path):
        try:
            migrate.upgrade(engine, path, before=(lambda: before_migration(path)) if before_migration else None)
        except BaseException:
            engine.dispose()
            raise
    return Journal(engine, path)


def needs_writing(path: Path) -> bool:
    """Whether opening the journal would change it (a migration, or a revision to correct):
    a command that does not hold the journal lock must not open it then. A file that cannot
    be read says nothing here; the check that follows names what is wrong with it."""
    try:
        revision = migrate.peek_revision(path)
        return (revision is not None and revision != migrate.HEAD_REVISION) or migrate.out_of_step(path) is not None
    except sqlite3.Error:
        return False
