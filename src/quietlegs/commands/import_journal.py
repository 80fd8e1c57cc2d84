"""``quietlegs import FILE``: a FORMAT.md JSON file, or a folder or .zip of CSV files; all or nothing.

The journal is backed up first (when it holds anything), and nothing is written unless the
whole file is good. While the app has the journal open, import refuses (exit 1, one line).
"""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import CommandError, UsageError, open_journal_of, paths_of

NAME = "import"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="import a journal file (JSON, or a CSV folder or .zip)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run)


def read_text(path: Path) -> str:
    if not path.exists():
        raise UsageError(f"FILE: {path} does not exist")
    if path.is_dir():
        raise UsageError(f"FILE: {path} is a folder, not a journal file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"FILE: {path} cannot be read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"FILE: {path} is not UTF-8 text") from None


def is_csv_source(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in (".zip", ".csv")


def parse_file(path: Path, known_kinds):
    """A parsed journal from ``path``: FORMAT.md JSON, a CSV folder, a .zip of one, or one CSV file.

    Raises FormatError (JSON) or CsvImportError (CSV, every bad row listed); UsageError when
    the file cannot be read at all.
    """
    if not is_csv_source(path):
        from quietlegs.domain.journal_format import parse_journal

        return parse_journal(read_text(path), known_kinds)
    from quietlegs.domain.csv_format import parse_csv
    from quietlegs.storage.csv_files import CsvSourceError, read_csv_folder, read_csv_zip

    try:
        if path.is_dir():
            files = read_csv_folder(path)
        elif path.suffix.lower() == ".zip":
            files = read_csv_zip(path)
        else:
            files = {path.name: path.read_bytes()}
    except CsvSourceError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"FILE: {path} cannot be read ({exc.strerror})") from None
    return parse_csv(files, known_kinds)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.storage.backup import make_backup, thin_backups
    from quietlegs.storage.errors import StorageError

    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"FILE: {path} does not exist")
    journal = open_journal_of(args, writes=True)
    try:
        try:
            data = parse_file(path, journal.kind_slugs())
        except FormatError as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        except CsvImportError as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        if journal.counts()["nights"]:
            backups = paths_of(args).backups
            try:
                make_backup(journal.path, backups, clock.now(), "before-import")
                thin_backups(backups, clock.now())
            except StorageError as exc:
                raise CommandError(f"{exc} Nothing was imported.") from None
        try:
            counts = journal.import_data(data)
        except InvalidRecord as exc:
            raise UsageError(f"{path.name}: {exc}") from None
    finally:
        journal.close()
    print(f"Imported {counts}.")
    return 0
