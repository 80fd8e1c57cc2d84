"""``quietlegs import [--dry-run] FILE``: a FORMAT.md JSON file, a folder or .zip of CSV files, or
another app's export (storage.import_sources says which, by content); all or nothing.
``--dry-run`` prints what would be added, replaced or skipped (services.import_preview).

The journal is backed up first (when it holds anything), and nothing is written unless the
whole file is good. While the app has the journal open, import refuses (exit 1, one line).
"""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import (
    CommandError,
    UsageError,
    open_journal_of,
    paths_of,
    prepare_to_write,
    read_journal_of,
)

NAME = "import"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="import a journal file (JSON, or a CSV folder or .zip), or another app's "
                                  "export (Sleep as Android, Fitbit, Loop Habit Tracker)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be added, replaced or skipped, and why; change nothing")
    p.add_argument("--map", action="append", default=[], metavar="HABIT=KIND",
                   help='a habit tracker\'s habit and the intervention kind it is, e.g. --map "Magnesium=magnesium" '
                        "(repeat for each habit; a habit named like a kind maps by itself)")
    p.add_argument("--map-file", metavar="FILE", help="a text file of HABIT=KIND lines (# begins a comment)")
    p.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                   help="for any other CSV file of nights: the column that holds a night field, e.g. "
                        '--column "in_bed=Bedtime" (repeat; fields as in FORMAT.md)')
    p.add_argument("--dates", choices=("dmy", "mdy"), help="such a file's dates: day/month/year or month/day/year")
    p.set_defaults(run=run)


def habit_map_of(args) -> dict[str, str]:
    """The habit → kind pairs of --map and --map-file; UsageError for a line that is not HABIT=KIND."""
    pairs = [(text, f"--map {text!r}") for text in args.map]
    if args.map_file:
        try:
            lines = Path(args.map_file).read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            raise UsageError(f"--map-file: {args.map_file} cannot be read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise UsageError(f"--map-file: {args.map_file} is not UTF-8 text") from None
        pairs += [(line, f"--map-file line {i}") for i, line in enumerate(lines, 1)
                  if line.strip() and not line.lstrip().startswith("#")]
    mapping: dict[str, str] = {}
    for text, where in pairs:
        habit, _, kind = text.rpartition("=")
        if not habit.strip() or not kind.strip():
            raise UsageError(f'{where}: expected HABIT=KIND, e.g. "Magnesium=magnesium"')
        mapping[habit.strip()] = kind.strip()
    return mapping


def columns_of(args):
    """The --column and --dates options as a ColumnMap, or None (the columns name themselves)."""
    from quietlegs.domain.readers.generic_csv import ColumnMap

    columns: dict[str, str] = {}
    for text in args.column:
        name, _, column = text.partition("=")
        if not name.strip() or not column.strip():
            raise UsageError(f'--column {text!r}: expected FIELD=COLUMN, e.g. "in_bed=Bedtime"')
        columns[name.strip()] = column.strip()
    return ColumnMap(columns, args.dates) if columns else (ColumnMap({}, args.dates) if args.dates else None)


def read_source(path: Path, known_kinds, habit_map=None, kinds=(), columns=None):
    """What ``path`` holds, whatever made it (storage.import_sources); UsageError when it cannot
    be read or is none of the kinds Quiet Legs reads."""
    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.storage.import_sources import read_import_source
    from quietlegs.storage.interchange import ImportSourceError

    try:
        return read_import_source(path, known_kinds, habit_map, kinds, columns)
    except ImportSourceError as exc:
        raise UsageError(f"FILE: {exc}" if exc.about_path else str(exc)) from None
    except (FormatError, CsvImportError) as exc:
        raise UsageError(f"{path.name}: {exc}") from None


def run(args) -> int:
    from quietlegs.storage.file_checks import ImportFileRefused, check_import_source

    path = Path(args.file)
    try:  # missing, a FIFO, a device or a huge file: refused before reading, before taking the journal lock
        check_import_source(path)
    except ImportFileRefused as exc:
        raise UsageError(f"FILE: {exc}") from None
    paths = paths_of(args)
    if not paths.journal.exists():
        # A new journal: the file is read and checked against a scratch journal first, so a bad
        # file is refused before any folder or journal is made, and a dry run makes nothing.
        import tempfile

        from quietlegs.storage.journal_file import open_journal

        with tempfile.TemporaryDirectory(prefix="quietlegs-import-") as scratch:
            outcome = _import_into(open_journal(Path(scratch) / "journal.sqlite3"), path, args, dry_run=True)
        if args.dry_run:
            return outcome
    if args.dry_run:  # changes nothing: a folder or journal that is not there is named, not made
        journal = read_journal_of(args)
    else:
        prepare_to_write(args)
        journal = open_journal_of(args, writes=True)
    return _import_into(journal, path, args, dry_run=args.dry_run)


def _import_into(journal, path: Path, args, dry_run: bool) -> int:
    """Read ``path``, show the plan (``dry_run``) or import it into ``journal``, and close it."""
    from quietlegs import clock
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.services.import_preview import carry_out, plan_import
    from quietlegs.services.importing import import_into
    from quietlegs.storage.errors import StorageError

    try:
        habit_map = habit_map_of(args)
        source = read_source(path, journal.kind_slugs(), habit_map, journal.kinds(), columns_of(args))
        habits = source.reading.extra.get("habits", []) if source.reading is not None else []
        for name in habit_map:
            if name not in habits:
                raise UsageError(f"--map: {path.name} has no habit named {name!r}"
                                 + (f" (its habits: {', '.join(habits)})" if habits else ""))
        # Quiet Legs' own file, imported for real, goes straight to the import (FORMAT.md: replace by id).
        plan = plan_import(journal, source) if source.reading is not None or dry_run else None
        if dry_run and not args.dry_run:  # the scratch check before a new journal is made: silent
            if plan.problems:
                raise UsageError(f"{path.name}: {plan.problems[0]} (nothing was imported)")
            return 0
        if plan is not None:
            print(f"{path.name}: {source.description}.")
        if dry_run:
            if plan.problems:
                raise UsageError(f"{path.name}: {plan.problems[0]} (nothing would be imported)")
            print("\n".join(plan.lines()))
            if plan.unmapped_habits:
                print('To import a habit, say which intervention kind it is: --map "HABIT=KIND".')
            print("Nothing was changed (--dry-run).")
            return 0
        try:
            result = carry_out(journal, paths_of(args), plan, clock.now()) if plan is not None else \
                import_into(journal, paths_of(args), source.data, clock.now())
        except InvalidRecord as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        except StorageError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from None
    finally:
        journal.close()
    if result is None:
        print("\n".join(["Nothing new to import; your journal is unchanged."] + plan.lines(done=True, with_added=False)))
        return 0
    print(f"Imported {result.counts}.")
    if plan is not None:
        print("\n".join(plan.lines(done=True, with_added=False)))
    return 0
