"""Why a journal could not be opened or changed, in words a person can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of the storage layer's own errors; ``str()`` is a message for the user."""


class JournalDamaged(StorageError):
    def __init__(self, path: Path, detail: str):
        self.path, self.detail = path, detail
        super().__init__(
            f"The journal at {path} is damaged and cannot be opened safely ({detail}). "
            "It has not been changed. Restore it from a backup."
        )


class JournalTooNew(StorageError):
    def __init__(self, path: Path, revision: str):
        self.path, self.revision = path, revision
        super().__init__(
            f"The journal at {path} was written by a newer version of Quiet Legs "
            f"(schema {revision}). It has not been changed. Update Quiet Legs to open it, "
            "or restore a backup made by this version."
        )


class KindInUse(StorageError):
    def __init__(self, slug: str, uses: int):
        self.slug, self.uses = slug, uses
        super().__init__(
            f"The kind {slug!r} is used {uses} time{'s' if uses != 1 else ''} in the journal, "
            "so it cannot be deleted. Hide it instead."
        )


class NotFound(StorageError):
    pass


def _sqlite_error(exc: BaseException):
    """The ``sqlite3`` error behind ``exc`` (SQLAlchemy keeps it as ``.orig``), or None."""
    import sqlite3

    for candidate in (exc, getattr(exc, "orig", None)):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def describe_failure(exc: BaseException, journal: Path | None) -> str | None:
    """One line for a failure the user can act on (a full disk, a read-only folder, a busy or
    damaged journal, no memory), or None when it is not one of those.

    The line never holds SQL or a record's values: it is built from the error's kind alone.
    """
    import errno

    where = f" {journal}" if journal else ""
    folder = f" {journal.parent}" if journal else ""
    db = _sqlite_error(exc)
    name = getattr(db, "sqlite_errorname", "") if db is not None else ""
    text = str(db).lower() if db is not None else ""
    os_error = exc if isinstance(exc, OSError) else None
    number = os_error.errno if os_error else None
    if name.startswith("SQLITE_FULL") or "disk is full" in text or number in (errno.ENOSPC, errno.EDQUOT):
        return (f"the disk holding{folder or ' the journal'} is full; free some space and try again "
                "(a change that did not fit was not saved)")
    if (name.startswith("SQLITE_READONLY") or "readonly database" in text
            or number == errno.EROFS):
        return (f"the journal{where} cannot be written: its folder or disk is read-only; make it writable "
                "and try again (nothing was changed)")
    if number in (errno.EACCES, errno.EPERM) or name.startswith("SQLITE_PERM"):
        target = getattr(os_error, "filename", None) or journal
        return f"permission denied for {target}; check who owns it and its permissions, then try again"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return ("the journal is busy: another program is writing to it; try again in a moment "
                "(nothing was changed)")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text or "not a database" in text:
        return (f"the journal{where} is damaged; run `quietlegs check`, and restore a backup "
                "(the app offers one when it starts)")
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text or number == errno.EIO:
        return (f"the disk could not read or write the journal{where}; check the disk, then run "
                "`quietlegs check`")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return (f"the journal{where} could not be opened; check that its folder exists and can be read")
    if isinstance(exc, MemoryError):
        return "the computer ran out of memory; close other programs and try again (nothing was changed)"
    return None
