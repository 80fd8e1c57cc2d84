"""Importing records into the journal, the same for every face: check, back up, all or nothing.

1. The journal is checked in full (``integrity_check`` and ``foreign_key_check``): nothing is
   written into a journal that fails its check; the refusal names the newest sound backup.
2. A journal that holds anything (a row in any table, not only nights) is backed up first.
3. The records go in one transaction: all of them, or none (InvalidRecord names the record).
4. The backups are thinned (a failure there never undoes the import; it is tried next time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quietlegs.domain.records import JournalData
from quietlegs.paths import DataPaths
from quietlegs.services.opening import refusal
from quietlegs.storage.backup import make_backup, thin_backups
from quietlegs.storage.errors import JournalDamaged, JournalTooNew
from quietlegs.storage.inspect import check_journal, holds_anything
from quietlegs.storage.import_merge import ImportCounts
from quietlegs.storage.repository import Journal


@dataclass(frozen=True)
class ImportResult:
    counts: ImportCounts
    backup: Path | None  # the journal as it was before, or None when it held nothing


def check_before_writing(journal: Journal, paths: DataPaths) -> None:
    """The full check of an open journal; raises :class:`~quietlegs.services.opening.CannotOpen`."""
    try:
        check_journal(journal.path, paths.backups, full=True)
    except (JournalDamaged, JournalTooNew) as exc:
        raise refusal(exc, paths) from None


def import_into(journal: Journal, paths: DataPaths, data: JournalData, now: datetime) -> ImportResult:
    """Merge ``data`` into the open ``journal``. Raises CannotOpen (damaged journal),
    StorageError (the backup failed) or InvalidRecord, each with nothing changed."""
    check_before_writing(journal, paths)
    journal.check_import(data)  # the rules against the journal's records, before any backup is taken
    backup = make_backup(journal.path, paths.backups, now, "before-import") if holds_anything(journal.path) else None
    counts = journal.import_data(data)
    try:
        thin_backups(paths.backups, now)
    except OSError:
        pass  # old backups stay a little longer; the next backup thins them
    return ImportResult(counts, backup)
