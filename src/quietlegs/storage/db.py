"""The SQLite engine: durable settings on every connection, private files.

WAL journal, ``synchronous=FULL`` (a save that returned survives a power cut), foreign keys on.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from quietlegs.storage.errors import JournalDamaged

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made (Today's first view reads without it)
    from sqlalchemy import Engine

SQLITE_HEADER = b"SQLite format 3\x00"


def _on_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling would run DDL outside any transaction (a migration
    # killed half-way could leave a half-rebuilt table); SQLAlchemy emits BEGIN itself instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # Room for a whole 10-year journal (~4 MB) in the page cache (the default is 2 MB): a
    # snapshot reads rows in time order through an index, and a cache that holds them all
    # halves its time. Memory is taken only as pages are read.
    cursor.execute("PRAGMA cache_size=-16384")
    cursor.close()


def make_private_file(path: Path) -> None:
    """Create ``path`` readable by its owner alone, or tighten an existing one to 0600."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change a byte of ``path``, nor leave -wal/-shm files beside it.

    Without a -wal the file alone is the whole journal, so it is read as immutable (SQLite then
    creates no side files); with one, the -wal's saves are read too.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def looks_like_sqlite(path: Path) -> str | None:
    """``None`` when ``path`` is empty or starts like a SQLite database, else what is wrong."""
    size = path.stat().st_size
    if size == 0:
        return None
    with open(path, "rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        return "the file is not a SQLite database"
    if len(header) < 100:
        return "the file is cut short"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the file's header is damaged"
    if size % page_size:
        return "the file is cut short"
    return None


def quick_check(path: Path) -> str | None:
    """Run SQLite's ``quick_check`` read-only; ``None`` when the journal looks sound.

    Cheap (about 10 ms on ten years), but it does not compare indexes with their tables: a
    swapped index root page passes it. :func:`integrity_check` finds that.
    """
    return _pragma_check(path, "quick_check")


def integrity_check(path: Path) -> str | None:
    """Run SQLite's full ``integrity_check`` read-only; ``None`` when the file is sound.

    About 3-4 times the cost of ``quick_check`` (30-50 ms on a 10-year journal): it also
    checks every index entry against its row, which is what catches a swapped index root.
    """
    return _pragma_check(path, "integrity_check")


def _pragma_check(path: Path, pragma: str) -> str | None:
    problem = looks_like_sqlite(path)
    if problem:
        return problem
    try:
        con = connect_read_only(path)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return " ".join(str(exc).split())
    if rows != [("ok",)]:
        return " ".join("; ".join(str(r[0]) for r in rows[:3]).split())  # one line
    return None


def broken_references(path: Path) -> int:
    """How many rows point at a row that is not there (``foreign_key_check``), read-only."""
    con = connect_read_only(path)
    try:
        return len(con.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        con.close()


def load_sqlalchemy() -> None:
    """Import SQLAlchemy (engine, ORM, SQLite dialect) now: the greater part of opening a journal
    for the first time in a process (0.15-0.2 s of processor time). The window runs this on a
    background thread once Today is usable, so that typing is answered meanwhile; it imports
    nothing of the app's, so it can never wait on an import the window's thread has begun."""
    try:
        import sqlalchemy.dialects.sqlite  # noqa: F401
        import sqlalchemy.orm  # noqa: F401
    except Exception:  # the opening imports it again, and says what is wrong
        pass


def create_journal_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    make_private_file(path)
    # hide_parameters: an error's text never carries a record's values (stderr, logs/errors.log).
    engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def assert_sound(path: Path, full: bool = False) -> None:
    """Raise :class:`JournalDamaged` unless the file passes ``quick_check`` (or, ``full``,
    ``integrity_check``)."""
    problem = integrity_check(path) if full else quick_check(path)
    if problem:
        raise JournalDamaged(path, problem)
