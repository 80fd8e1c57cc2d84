"""The error log: where in the code something failed, never what the journal holds.

Every face writes it the same way (``logs/errors.log``, the folder 0700, the file 0600): a
traceback whose messages are made private (SQLite's own words, the system's reason, or nothing),
because an error's text can quote SQL and a record's values, which may be health data.
"""

from __future__ import annotations

from pathlib import Path


# Exceptions whose messages Python words itself, never from what they were given to read.
_PLAIN_MESSAGES = (OverflowError, ZeroDivisionError, MemoryError, RecursionError)


def _private_message(exc: BaseException) -> str:
    """What an error says, without SQL or a record's values (those may be health data)."""
    import sqlite3

    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):  # SQLAlchemy's text carries the SQL: keep only SQLite's words
        return f"{type(orig).__name__}: {' '.join(str(orig).split())}"
    if isinstance(exc, sqlite3.Error) or isinstance(exc, _PLAIN_MESSAGES):
        return " ".join(str(exc).split())
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}" + (f": {exc.filename}" if exc.filename else "")
    return "(its message is not kept: it may hold what is in the journal)"


def private_traceback(exc: BaseException) -> str:
    """A traceback (where, in the code) for the error log, with every message made private."""
    import traceback  # only when something went wrong: not on every start

    chain, seen, e, link = [], set(), exc, ""
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        chain.append((e, link))
        if e.__cause__ is not None:
            e, link = e.__cause__, "\nThe above exception was the direct cause of the following exception:\n\n"
        elif not e.__suppress_context__ and e.__context__ is not None:
            e, link = e.__context__, "\nDuring handling of the above exception, another exception occurred:\n\n"
        else:
            e = None
    parts = []
    for e, link in reversed(chain):  # the oldest first, as Python prints them
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_list(traceback.extract_tb(e.__traceback__)))
        parts.append(f"{type(e).__module__}.{type(e).__qualname__}: {_private_message(e)}\n")
        parts.append(link)
    return "".join(parts)


def write_error_log(where: Path, exc: BaseException, what: str, make_parents: bool = False) -> bool:
    """Add ``exc`` to the log at ``where`` (``logs/`` 0700, the file 0600); whether it was written.
    ``make_parents``: make the folders above ``logs/`` too (the window's failed start)."""
    import os
    from datetime import datetime

    try:
        where.parent.mkdir(mode=0o700, parents=make_parents, exist_ok=True)
        if os.name == "posix":
            os.chmod(where.parent, 0o700)
        fd = os.open(where, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace") as f:  # any folder name
            f.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} {what}\n{private_traceback(exc)}")
        return True
    except OSError:
        return False
