"""Journal files on disk, for import and export: the one place the command line and the windows
read a FORMAT.md JSON file or CSV files (a folder, a .zip of one, or one .csv) and write them.

The rules of the formats live in :mod:`quietlegs.domain.journal_format` and
:mod:`quietlegs.domain.csv_format`; this module only finds and moves the bytes, and writes
privately (0600) and atomically, since the files hold health data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from quietlegs.domain.records import JournalData
from quietlegs.storage.csv_files import (
    CsvSourceError,
    read_csv_folder,
    read_csv_zip,
    write_csv_folder,
)
from quietlegs.storage.errors import StorageError
from quietlegs.storage.private_files import write_private_atomically

CSV_FILE_NAMES = ("kinds.csv", "nights.csv", "symptoms.csv", "interventions.csv")


class ImportSourceError(StorageError):
    """The file or folder cannot be read at all (missing, unreadable, not text, a broken .zip).

    ``about_path`` is true when the message begins with the path itself (so the command line
    can say ``FILE: …`` before it)."""

    def __init__(self, message: str, about_path: bool = True):
        super().__init__(message)
        self.about_path = about_path


def is_csv_source(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in (".zip", ".csv")


def read_text(path: Path) -> str:
    if not path.exists():
        raise ImportSourceError(f"{path} does not exist")
    if path.is_dir():
        raise ImportSourceError(f"{path} is a folder, not a journal file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportSourceError(f"{path} cannot be read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ImportSourceError(f"{path} is not UTF-8 text (line {line}): save it as UTF-8 and import it again") \
            from None


def read_journal_source(path: Path, known_kinds: Iterable[str] = ()) -> JournalData:
    """A parsed journal from ``path``: FORMAT.md JSON, a CSV folder, a .zip of one, or one CSV file.

    Raises FormatError (JSON: names the record and field), CsvImportError (CSV: every bad row by
    file, line and column), or :class:`ImportSourceError` when it cannot be read at all.
    """
    if not is_csv_source(path):
        from quietlegs.domain.journal_format import parse_journal

        return parse_journal(read_text(path), known_kinds)
    from quietlegs.domain.csv_format import parse_csv

    if not path.exists():
        raise ImportSourceError(f"{path} does not exist")
    try:
        if path.is_dir():
            files = read_csv_folder(path)
        elif path.suffix.lower() == ".zip":
            files = read_csv_zip(path)
        else:
            files = {path.name: path.read_bytes()}
    except CsvSourceError as exc:
        raise ImportSourceError(str(exc), about_path=False) from None
    except OSError as exc:
        raise ImportSourceError(f"{path} cannot be read ({exc.strerror})") from None
    return parse_csv(files, known_kinds)


def write_journal_json(path: Path, data: JournalData, exported_at: datetime) -> None:
    """The lossless FORMAT.md file, written atomically and privately. Raises OSError."""
    from quietlegs.domain.journal_format import dump_journal

    write_private_atomically(path, dump_journal(data, exported_at).encode("utf-8"))


def write_journal_csv(folder: Path, data: JournalData) -> None:
    """The four CSV files (CSV_FILE_NAMES) in ``folder`` (made 0700 if new). Raises OSError."""
    from quietlegs.domain.csv_format import dump_csv

    write_csv_folder(folder, dump_csv(data))
