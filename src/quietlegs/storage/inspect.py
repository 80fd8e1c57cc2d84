"""A read-only look at a journal file: is it sound, which schema, what does it hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.backup import backup_files
from quietlegs.storage.db import assert_sound, broken_references, connect_read_only
from quietlegs.storage.errors import JournalDamaged, StorageError
from quietlegs.storage.file_checks import check_journal_path

TABLES = ("nights", "symptoms", "interventions", "intervention_kinds")


class JournalEmpty(JournalDamaged):
    """A journal file of 0 bytes with no backups beside it. SQLite never leaves a journal the
    app made at 0 bytes after its first commit (switching it to WAL writes its header), so this
    is a file someone else emptied or made: it is not quietly turned into a new journal."""

    def __init__(self, path: Path):
        self.path, self.detail = path, "the journal file is empty (0 bytes)"
        StorageError.__init__(
            self, f"The journal file {path} is empty (0 bytes); if you did not just create it, restore a "
                  "backup; to start a new journal, delete it.")


def journal_counts(path: Path) -> dict[str, int]:
    """Records per table, read without changing the file."""
    con = connect_read_only(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    finally:
        con.close()


def holds_anything(path: Path) -> bool:
    """Whether any table of the journal holds a row (nights or not: a kind, an appointment...).

    A journal that holds anything is backed up before it is changed in bulk (an import).
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    con = connect_read_only(path)
    try:
        return any(con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()  # noqa: S608
                   for t in migrate.user_tables(con))
    finally:
        con.close()


def _table_names(path: Path) -> set[str]:
    con = connect_read_only(path)
    try:
        return migrate.user_tables(con)
    finally:
        con.close()


def _has_backups(backups_dir: Path | None) -> bool:
    return backups_dir is not None and bool(backup_files(backups_dir))


def assert_schema_sane(path: Path, backups_dir: Path | None = None) -> None:
    """A journal that passed its check: is it a Quiet Legs journal this version can open?

    Raises JournalTooNew; JournalOutOfStep when its recorded revision disagrees with its tables
    (``journal_file.open_journal`` repairs that when it can); JournalDamaged when it lacks our
    tables. An empty database (a first start that stopped before its first migration) is fine,
    unless there are backups of the journal: then it is a journal that lost everything.
    """
    migrate.refuse_if_too_new(path)
    try:
        revision = migrate.peek_revision(path)
        tables = _table_names(path)
        if revision is None:
            if tables:
                raise migrate.JournalOutOfStep(path, None, "it records no schema revision, but holds tables")
            if _has_backups(backups_dir):
                raise JournalDamaged(path, "the journal holds no tables, though there are backups of it")
            return
        problem = migrate.out_of_step(path)
    except sqlite3.DatabaseError as exc:
        raise JournalDamaged(path, " ".join(str(exc).split())) from None
    if problem is not None:
        raise problem
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise JournalDamaged(path, f"the table {missing[0]} is missing")


def check_journal(path: Path, backups_dir: Path | None = None, full: bool = False) -> None:
    """Everything the app checks before it opens a journal; raises JournalDamaged / JournalTooNew.

    ``full``: SQLite's ``integrity_check`` (indexes against their tables) and
    ``foreign_key_check`` instead of ``quick_check`` alone (see docs/cli.md for when each runs).
    With ``backups_dir``, a missing or empty journal file (or one without tables) beside existing
    backups counts as damaged (a sync tool or a copy that deleted or emptied it), instead of
    quietly becoming a new, empty journal that an import would then write into; a 0-byte file
    without backups raises :class:`JournalEmpty` (a missing one is a new journal).
    """
    check_journal_path(path)  # a folder, FIFO, device or dangling link: never opened (a FIFO would hang)
    if not path.exists():
        if any(Path(str(path) + s).exists() for s in ("-wal", "-shm")):
            raise JournalDamaged(path, "the journal file is missing but its log (-wal) is still there")
        if _has_backups(backups_dir):  # deleted by a sync tool or a bad copy: not a new journal
            raise JournalDamaged(path, "the journal file is missing, though there are backups of it")
        return
    if path.stat().st_size == 0:
        if _has_backups(backups_dir):
            raise JournalDamaged(path, "the journal file is empty, though there are backups of it")
        raise JournalEmpty(path)
    assert_sound(path, full=full)
    assert_schema_sane(path, backups_dir)
    if full:
        _assert_references_sound(path)


def _assert_references_sound(path: Path) -> None:
    broken = broken_references(path)
    if broken:
        raise JournalDamaged(path, f"{broken} record{'s point' if broken != 1 else ' points'} at missing records")


def inspect_journal(path: Path, backups_dir: Path | None = None) -> str:
    """A sentence on the journal's health after a full check; raises JournalDamaged /
    JournalTooNew otherwise. Reads only."""
    note, corrected = "", None
    try:
        check_journal(path, backups_dir, full=True)
    except migrate.JournalOutOfStep as problem:
        corrected = migrate.matching_revision(path)
        if corrected is None:
            raise migrate.JournalOutOfStep(path, problem.recorded,
                                           f"{problem.detail}, and its tables match no version of Quiet Legs") from None
        note = (f" Its recorded schema ({problem.recorded or 'none'}) is out of step with its tables, which are "
                f"those of schema {corrected}; Quiet Legs records the right one when it next opens it.")
        _assert_references_sound(path)  # the file itself passed integrity_check before this
    if not path.exists():
        return f"No journal at {path} yet: it is made when the app first starts."
    revision = migrate.peek_revision(path)
    if revision is None and not note:
        return f"The journal at {path} is empty: it is set up when the app next starts."
    counts = journal_counts(path)
    current = corrected == migrate.HEAD_REVISION if corrected else migrate.is_current(path)
    pending = "" if current else " (it will be updated when the app next starts)"
    return (f"The journal at {path} is sound: schema {revision}{pending}; "
            f"{counts['nights']} nights, {counts['symptoms']} symptoms, "
            f"{counts['interventions']} interventions, {counts['intervention_kinds']} kinds.{note}")
