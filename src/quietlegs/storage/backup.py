"""Verified backups of the journal through SQLite's backup API.

A backup is written to a temporary file in the backups folder, integrity-checked, fsynced and
renamed into place, private to the user; a journal that fails its own check is never backed up
(a damaged copy would push a good one out of the rotation).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from quietlegs.storage.db import make_private_dir, quick_check
from quietlegs.storage.errors import JournalDamaged, StorageError

BACKUP_SUFFIX = ".sqlite3"


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_name(now: datetime, reason: str) -> str:
    return f"journal-{now:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def make_backup(journal: Path, backups_dir: Path, now: datetime, reason: str) -> Path:
    """Copy ``journal`` into ``backups_dir``; returns the new backup's path."""
    problem = quick_check(journal)
    if problem:
        raise JournalDamaged(journal, problem)
    make_private_dir(backups_dir)
    final = backups_dir / backup_name(now, reason)
    n = 1
    while final.exists():
        n += 1
        final = backups_dir / backup_name(now, f"{reason}-{n}")
    tmp = final.with_name(final.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
            src.close()
        if ok != [("ok",)]:
            raise StorageError(f"The backup could not be verified ({ok[0][0]}); the journal is unchanged.")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, final)
        _fsync_dir(backups_dir)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return final
