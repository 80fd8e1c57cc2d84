"""CSV files on disk: gathering a folder or a .zip for import, writing a folder for export.

The parsing and writing rules live in :mod:`quietlegs.domain.csv_format`; this module only
moves bytes, privately and atomically.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path, PurePosixPath

from quietlegs.storage.errors import StorageError
from quietlegs.storage.file_checks import MAX_IMPORT_BYTES as MAX_FILE_BYTES  # named once, there
from quietlegs.storage.private_files import write_private_atomically



class CsvSourceError(StorageError):
    pass


def _wanted(name: str) -> bool:
    base = PurePosixPath(name).name
    return base.lower().endswith(".csv") and not base.startswith(".") and "__MACOSX" not in name


def read_csv_folder(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and _wanted(p.name):
            if p.stat().st_size > MAX_FILE_BYTES:
                raise CsvSourceError(f"{p.name}: is too large to be a journal file")
            files[p.name] = p.read_bytes()
    return files


def read_csv_zip(path: Path) -> dict[str, bytes]:
    """The .csv files of a zip (at its top or in one folder inside it), by file name."""
    files: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.is_dir() or not _wanted(info.filename):
                    continue
                name = PurePosixPath(info.filename).name
                if name in files:
                    raise CsvSourceError(f"{path.name}: holds {name} twice")
                if info.file_size > MAX_FILE_BYTES:
                    raise CsvSourceError(f"{path.name}: {name} is too large to be a journal file")
                with z.open(info) as f:
                    data = f.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    raise CsvSourceError(f"{path.name}: {name} is too large to be a journal file")
                files[name] = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
        raise CsvSourceError(f"{path.name}: is not a readable .zip file ({exc})") from None
    return files


def write_csv_folder(folder: Path, files: dict[str, str]) -> None:
    if not folder.exists():
        folder.mkdir(mode=0o700)
    for name, text in files.items():
        write_private_atomically(folder / name, text.encode("utf-8"))
