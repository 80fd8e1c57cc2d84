"""``quietlegs import [--dry-run] FILE``: a FORMAT.md JSON file, a folder or .zip of CSV files, or
another app's export (storage.import_sources says which, by content); all or nothing.
``--dry-run`` prints what would be added, replaced or skipped (services.import_preview).

The journal is backed up first (when it holds anything), and nothing is written unless the
whole file is good. While the app has the journal open, import refuses (exit 1, one line).
"""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import CommandError, UsageError, open_journal_of, paths_of

NAME = "import"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="import a journal file (JSON, or a CSV folder or .zip), or another app's "
                                  "export (Sleep as Android, Fitbit)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be added, replaced or skipped, and why; change nothing")
    p.set_defaults(run=run)


def read_source(path: Path, known_kinds):
    """What ``path`` holds, whatever made it (storage.import_sources); UsageError when it cannot
    be read or is none of the kinds Quiet Legs reads."""
    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.storage.import_sources import read_import_source
    from quietlegs.storage.interchange import ImportSourceError

    try:
        return read_import_source(path, known_kinds)
    except ImportSourceError as exc:
        raise UsageError(f"FILE: {exc}" if exc.about_path else str(exc)) from None
    except (FormatError, CsvImportError) as exc:
        raise UsageError(f"{path.name}: {exc}") from None


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.services.import_preview import carry_out, plan_import
    from quietlegs.storage.errors import StorageError

    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"FILE: {path} does not exist")
    journal = open_journal_of(args, writes=not args.dry_run)
    try:
        source = read_source(path, journal.kind_slugs())
        plan = plan_import(journal, source)
        if source.reading is not None or args.dry_run:
            print(f"{path.name}: {'a ' + source.source + ' export' if source.reading else 'a Quiet Legs journal'}.")
        if args.dry_run:
            if plan.problems:
                raise UsageError(f"{path.name}: {plan.problems[0]} (nothing would be imported)")
            print("\n".join(plan.lines()))
            print("Nothing was changed (--dry-run).")
            return 0
        try:
            result = carry_out(journal, paths_of(args), plan, clock.now())
        except InvalidRecord as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        except StorageError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from None
    finally:
        journal.close()
    if result is None:
        print("\n".join(["Nothing new to import; your journal is unchanged."] + plan.lines(done=True)[1:]))
        return 0
    print(f"Imported {result.counts}.")
    if source.reading is not None:
        print("\n".join(plan.lines(done=True)[1:]))
    return 0
