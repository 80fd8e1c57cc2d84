"""What a path must be before Quiet Legs opens it: checked with ``stat``, never by opening it.

Opening a named pipe (FIFO) blocks until someone writes to it, and reading ``/dev/zero`` never
ends, so the journal and every file to import are looked at first: a regular file (or, where
allowed, a folder), and a file to import no bigger than :data:`MAX_IMPORT_BYTES`. The command
line and the window's import call :func:`check_import_source`; opening a journal calls
:func:`check_journal_path`. No Qt, no SQL, nothing written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quietlegs.storage.errors import StorageError

# A decade of nights is a few MB of JSON or CSV; a bigger file is not a journal. Applies to a
# JSON file, a .zip, a single .csv and each .csv in a folder or .zip (see docs/cli.md).
MAX_IMPORT_BYTES = 200 * 1024 * 1024
MAX_IMPORT_TEXT = "200 MB"


class ImportFileRefused(StorageError):
    """The file named for import is not something to read: nothing was read or changed."""


class JournalPathRefused(StorageError):
    """The journal's path holds something other than a journal file: nothing was opened."""


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _stat(path: Path) -> os.stat_result | None:
    """``stat`` following links (it never opens the file); ``None`` when nothing is there."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _is_dangling_link(path: Path) -> bool:
    return os.path.islink(path) and _stat(path) is None


def check_import_source(path: Path, folder_allowed: bool = True) -> None:
    """Raise :class:`ImportFileRefused` unless ``path`` is a regular file of at most
    :data:`MAX_IMPORT_BYTES` (or, when ``folder_allowed``, a folder of CSV files)."""
    try:
        st = _stat(path)
    except OSError as exc:
        raise ImportFileRefused(f"{path} cannot be read ({exc.strerror}); nothing was imported") from None
    if st is None:
        if _is_dangling_link(path):
            raise ImportFileRefused(f"{path} is a link to {os.readlink(path)}, which does not exist; "
                                    "nothing was imported")
        raise ImportFileRefused(f"{path} does not exist")
    if stat.S_ISDIR(st.st_mode) and folder_allowed:
        return
    if not stat.S_ISREG(st.st_mode):
        raise ImportFileRefused(f"{path} is {kind_of(st.st_mode)}, not a journal file; "
                                "give a .json file, a .zip or .csv file, or a folder of CSV files")
    if st.st_size > MAX_IMPORT_BYTES:
        raise ImportFileRefused(f"{path} is {st.st_size / 1024 / 1024:,.0f} MB, over the {MAX_IMPORT_TEXT} "
                                "a journal file can be; check that this is the right file")


def check_journal_path(path: Path) -> None:
    """Raise :class:`JournalPathRefused` unless ``path`` (and its -wal/-shm) is a regular file or absent.

    A dangling symbolic link counts as a problem, not as "absent": SQLite would create a file
    wherever the link points.
    """
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            st = _stat(p)
        except OSError as exc:
            raise JournalPathRefused(f"The journal at {p} cannot be reached ({exc.strerror}); "
                                     "check the folder's permissions. Nothing was changed.") from None
        if st is None:
            if _is_dangling_link(p):
                raise JournalPathRefused(
                    f"The journal at {p} is a link to {os.readlink(p)}, which does not exist; "
                    "restore the file it points to, or remove the link to start a new journal. "
                    "Nothing was changed.")
            continue
        if not stat.S_ISREG(st.st_mode):
            raise JournalPathRefused(
                f"The journal at {p} is {kind_of(st.st_mode)}, not a journal file; move it away "
                "(or give another --data-dir). Nothing was changed.")
