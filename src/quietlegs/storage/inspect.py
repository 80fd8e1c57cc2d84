"""A read-only look at a journal file: is it sound, which schema, what does it hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.db import assert_sound
from quietlegs.storage.errors import JournalDamaged

TABLES = ("nights", "symptoms", "interventions", "intervention_kinds")


def journal_counts(path: Path) -> dict[str, int]:
    """Records per table, read without changing the file."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    finally:
        con.close()


def inspect_journal(path: Path) -> str:
    """A sentence on the journal's health; raises JournalDamaged / JournalTooNew otherwise."""
    if not path.exists():
        return f"No journal at {path} yet: it is made when the app first starts."
    assert_sound(path)
    migrate.refuse_if_too_new(path)
    revision = migrate.peek_revision(path)
    if revision is None:
        if path.stat().st_size == 0:
            return f"The journal at {path} is empty: it is set up when the app next starts."
        raise JournalDamaged(path, "it holds no Quiet Legs schema")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
