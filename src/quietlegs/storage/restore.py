"""Putting a backup back in place of the journal, safely.

The journal as it is now is backed up first (or, if damaged, moved aside); the backup is copied
through SQLite's backup API into a temporary file beside the journal, verified, fsynced and
renamed into place. A crash at any moment leaves either the old journal or the restored one.
The caller closes its connections before and reopens after.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from quietlegs.storage.backup import copy_verified, fsync_dir, is_restorable, make_backup
from quietlegs.storage.db import integrity_check
from quietlegs.storage.errors import StorageError
from quietlegs.storage.quarantine import move_aside, set_aside_orphans

RESTORE_SUFFIX = ".restoring"


def _settle_wal(journal: Path) -> None:
    """Fold a journal's -wal into it (so no old -wal can be replayed into the restored file)."""
    wal = Path(str(journal) + "-wal")
    if not wal.exists():
        return
    con = sqlite3.connect(journal)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    if wal.exists():
        raise StorageError("The journal is still in use by another program, so it was not replaced.")


def remove_stale_restore(journal: Path) -> None:
    Path(str(journal) + RESTORE_SUFFIX).unlink(missing_ok=True)


def restore_backup(backup: Path, journal: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Replace ``journal`` by a copy of ``backup``.

    Returns the backup made of the journal as it was, or the ``.damaged`` path it was moved to
    (``None`` when there was no journal). Raises :class:`StorageError` and changes nothing when
    the backup is not sound.
    """
    problem = is_restorable(backup)
    if problem:
        raise StorageError(f"The backup {backup.name} cannot be restored ({problem}). The journal is unchanged.")
    kept: Path | None = None
    if journal.exists() and journal.stat().st_size:
        # The full check: a journal with a damaged index passes quick_check, but its copy would
        # fail verification, and the restore the user asked for would be refused.
        if integrity_check(journal) is None:
            kept = make_backup(journal, backups_dir, now, "before-restore")
        else:
            kept = move_aside(journal, now)
    tmp = Path(str(journal) + RESTORE_SUFFIX)
    copy_verified(backup, tmp)
    try:
        if journal.exists():
            _settle_wal(journal)
        else:
            set_aside_orphans(journal, now)
        os.replace(tmp, journal)
        fsync_dir(journal.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return kept
