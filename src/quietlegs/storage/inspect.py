"""A read-only look at a journal file: is it sound, which schema, what does it hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.backup import backup_files
from quietlegs.storage.db import assert_sound, connect_read_only
from quietlegs.storage.errors import JournalDamaged
from quietlegs.storage.file_checks import check_journal_path

TABLES = ("nights", "symptoms", "interventions", "intervention_kinds")


def journal_counts(path: Path) -> dict[str, int]:
    """Records per table, read without changing the file."""
    con = connect_read_only(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    finally:
        con.close()


def _table_names(path: Path) -> set[str]:
    con = connect_read_only(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def assert_schema_sane(path: Path) -> None:
    """A journal that passed ``quick_check``: is it a Quiet Legs journal this version can open?

    Raises JournalTooNew, or JournalDamaged when it holds someone else's tables or lacks ours.
    An empty database (a first start that stopped before its first migration) is fine.
    """
    migrate.refuse_if_too_new(path)
    try:
        revision = migrate.peek_revision(path)
        tables = _table_names(path)
    except sqlite3.DatabaseError as exc:
        raise JournalDamaged(path, str(exc)) from None
    if revision is None:
        if tables:
            raise JournalDamaged(path, "it holds no Quiet Legs journal")
        return
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise JournalDamaged(path, f"the table {missing[0]} is missing")


def check_journal(path: Path, backups_dir: Path | None = None) -> None:
    """Everything the app checks before it opens a journal; raises JournalDamaged / JournalTooNew.

    With ``backups_dir``, an empty journal file beside existing backups counts as damaged (a
    copy that never finished), instead of quietly becoming a new, empty journal.
    """
    check_journal_path(path)  # a folder, FIFO, device or dangling link: never opened (a FIFO would hang)
    if backups_dir is not None and path.exists() and path.stat().st_size == 0 and backup_files(backups_dir):
        raise JournalDamaged(path, "the journal file is empty, though there are backups of it")
    if not path.exists():
        if any(Path(str(path) + s).exists() for s in ("-wal", "-shm")):
            raise JournalDamaged(path, "the journal file is missing but its log (-wal) is still there")
        return
    assert_sound(path)
    assert_schema_sane(path)


def inspect_journal(path: Path, backups_dir: Path | None = None) -> str:
    """A sentence on the journal's health; raises JournalDamaged / JournalTooNew otherwise."""
    check_journal(path, backups_dir)
    if not path.exists():
        return f"No journal at {path} yet: it is made when the app first starts."
    revision = migrate.peek_revision(path)
    if revision is None:
        return f"The journal at {path} is empty: it is set up when the app next starts."
    con = connect_read_only(path)
    try:
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    if broken:
        raise JournalDamaged(path, f"{len(broken)} records point at missing records")
    counts = journal_counts(path)
    pending = "" if migrate.is_current(path) else " (it will be updated when the app next starts)"
    return (f"The journal at {path} is sound: schema {revision}{pending}; "
            f"{counts['nights']} nights, {counts['symptoms']} symptoms, "
            f"{counts['interventions']} interventions, {counts['intervention_kinds']} kinds.")
