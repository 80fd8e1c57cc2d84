"""Reading a journal whose folder cannot be written (a read-only disk, a copy on a DVD, a mount).

SQLite can read a WAL journal read-only only in two ways: with ``mode=ro`` when its ``-wal``
and ``-shm`` files are there (a journal still open elsewhere, or left by a crash), or as
``immutable`` when there is no ``-wal`` (after a clean close the file alone is the whole
journal; ``mode=ro`` alone then fails, since SQLite cannot create the ``-shm`` beside it).
:func:`quietlegs.storage.db.connect_read_only` chooses between the two; this module puts a
:class:`Journal` on top, with every check the normal opening makes, and no migration: a journal
that needs one is refused in words (it cannot be updated where it is).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event

from quietlegs.storage import migrate
from quietlegs.storage.db import connect_read_only
from quietlegs.storage.errors import StorageError
from quietlegs.storage.file_checks import check_journal_path
from quietlegs.storage.inspect import check_journal
from quietlegs.storage.repository import Journal


class NeedsUpdateReadOnly(StorageError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            f"The journal at {path} was made by an older Quiet Legs and must be updated before it can be "
            "read, but its folder is read-only; make the folder writable (or copy it and use --data-dir "
            "on the copy), then try again. Nothing was changed.")


def _on_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def open_journal_read_only(path: Path, backups_dir: Path | None = None) -> Journal:
    """The journal at ``path``, opened so that not a byte can be written, nor a file created.

    Raises JournalPathRefused, JournalDamaged, JournalTooNew, or :class:`NeedsUpdateReadOnly`.
    """
    check_journal_path(path)
    check_journal(path, backups_dir)
    if not migrate.is_current(path):
        raise NeedsUpdateReadOnly(path)
    engine = create_engine(f"sqlite:///{path}", creator=lambda: connect_read_only(path), hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return Journal(engine, path)
