"""``quietlegs import FILE``: a FORMAT.md JSON file, or a folder or .zip of CSV files; all or nothing.

The journal is backed up first (when it holds anything), and nothing is written unless the
whole file is good. While the app has the journal open, import refuses (exit 1, one line).
"""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import CommandError, UsageError, open_journal_of, paths_of, prepare_to_write

NAME = "import"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="import a journal file (JSON, or a CSV folder or .zip)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run)


def parse_file(path: Path, known_kinds):
    """A parsed journal from ``path`` (see storage.interchange.read_journal_source).

    Raises FormatError (JSON) or CsvImportError (CSV, every bad row listed); UsageError when
    the file cannot be read at all.
    """
    from quietlegs.storage.interchange import ImportSourceError, read_journal_source

    try:
        return read_journal_source(path, known_kinds)
    except ImportSourceError as exc:
        raise UsageError(f"FILE: {exc}" if exc.about_path else str(exc)) from None


SHOWN_CSV_PROBLEMS = 5


def csv_problems_line(exc) -> str:
    """Every bad CSV row found, on one line (the contract): the first few by file, line and
    column, and how many more."""
    problems = [" ".join(str(p).split()) for p in exc.problems] or [" ".join(str(exc).split())]
    shown = "; ".join(problems[:SHOWN_CSV_PROBLEMS])
    more = f"; … and {len(problems) - SHOWN_CSV_PROBLEMS} more" if len(problems) > SHOWN_CSV_PROBLEMS else ""
    many = f"{len(problems)} problems" if len(problems) != 1 else "1 problem"
    return f"{many}, nothing was imported: {shown}{more}"


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.storage.backup import make_backup, thin_backups
    from quietlegs.storage.errors import StorageError

    from quietlegs.storage.file_checks import ImportFileRefused, check_import_source

    path = Path(args.file)
    try:  # a FIFO, a device or a huge file: refused before reading, before taking the journal lock
        check_import_source(path)
    except ImportFileRefused as exc:
        raise UsageError(f"FILE: {exc}") from None
    prepare_to_write(args)
    journal = open_journal_of(args, writes=True)
    try:
        try:
            data = parse_file(path, journal.kind_slugs())
        except FormatError as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        except CsvImportError as exc:
            raise UsageError(f"{path.name}: {csv_problems_line(exc)}") from None
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
