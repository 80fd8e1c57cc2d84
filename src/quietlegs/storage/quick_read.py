"""The journal read with the standard library alone, for Today's first view at start-up.

Loading SQLAlchemy (and then Alembic and the checks) costs more than a whole bare window, so
the window shows Today from this read first, and opens the journal for real (the checks, a
migration's backup, the records set aside) right after, before anything can be saved.

Only a journal that the full opening would read as it is qualifies: a regular, non-empty
SQLite file at this app's newest schema revision, readable without writing a byte (see
:func:`~quietlegs.storage.db.connect_read_only`). Anything else (a new, damaged, older or
newer journal, a folder, a file SQLite cannot read) gives ``None`` or :class:`QuickReadFailed`,
and the caller takes the full path.

:class:`QuickJournal` answers the few questions Today's first view asks (the ``Journal``
methods of the same names, same answers); it never writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from quietlegs.domain.records import JournalData, Night
from quietlegs.storage import bulk_read
from quietlegs.storage.db import connect_read_only, looks_like_sqlite
from quietlegs.storage.errors import StorageError
from quietlegs.storage.file_checks import check_journal_path
from quietlegs.storage.schema import HEAD_REVISION


class QuickReadFailed(StorageError):
    """The quick read could not answer (the full opening will say what is wrong, if anything)."""


class QuickJournal:
    """A read-only look at a journal at the newest schema, without SQLAlchemy."""

    def __init__(self, path: Path, con: sqlite3.Connection):
        self.path = path
        self._con = con
        self._reading = False

    def close(self) -> None:
        self._con.close()

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Every read inside the block sees one moment of the journal (one read transaction)."""
        if self._reading:
            yield
            return
        self._reading = True
        try:
            self._con.execute("BEGIN")
            try:
                yield
            finally:
                self._con.execute("ROLLBACK")  # nothing was written: only the read lock ends
        except sqlite3.Error as exc:
            raise QuickReadFailed(str(exc)) from None
        finally:
            self._reading = False

    def _ask(self, read, *args):
        cursor = self._con.cursor()
        try:
            return read(cursor, *args)
        except (sqlite3.Error, ValueError, TypeError) as exc:  # a value the full checks would set aside
            raise QuickReadFailed(str(exc)) from None
        finally:
            cursor.close()

    def nights(self, start: date | None = None, end: date | None = None) -> list[Night]:
        return self._ask(bulk_read.read_nights, start, end)

    def night(self, night_of: date) -> Night | None:
        found = self.nights(night_of, night_of)
        return found[0] if found else None

    def recent_nights(self, count: int, before: date | None = None) -> list[Night]:
        """The ``count`` latest nights (before ``before`` if given), newest first."""
        return self._ask(bulk_read.read_recent_nights, count, before)

    def snapshot(self, start: date | None = None, end: date | None = None) -> JournalData:
        """Nights ``start``..``end``, the events belonging to them and the kinds, as
        ``Journal.snapshot`` reads them; the appointments, milestones and experiments are not
        read here (left empty: Today's first view does not show them)."""
        with self.reading():
            kinds, nights, symptoms, interventions = self._ask(bulk_read.read_period, start, end)
        return JournalData(kinds=tuple(kinds), nights=tuple(nights), symptoms=tuple(symptoms),
                           interventions=tuple(interventions))


def open_quick(path: Path) -> QuickJournal | None:
    """The journal at ``path`` for a quick read, or ``None`` when only the full opening may
    read it (missing, empty, not a regular file, not SQLite, not at this app's newest schema,
    or unreadable without writing)."""
    try:
        check_journal_path(path)  # by stat alone: a FIFO is never opened
        if not path.is_file() or path.stat().st_size == 0 or looks_like_sqlite(path) is not None:
            return None
        con = connect_read_only(path)
    except (StorageError, OSError, sqlite3.Error):
        return None
    try:
        con.isolation_level = None  # BEGIN and ROLLBACK are ours (see QuickJournal.reading)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != HEAD_REVISION:
            con.close()
            return None
    except sqlite3.Error:
        con.close()
        return None
    return QuickJournal(path, con)
