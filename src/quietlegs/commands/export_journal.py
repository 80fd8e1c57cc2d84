"""``quietlegs export OUT.json``: the whole journal, lossless (FORMAT.md);
``quietlegs export --format csv DIR``: four CSV files for spreadsheets."""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import CommandError, UsageError, read_journal_of

NAME = "export"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="export the journal as JSON (or CSV files for spreadsheets)")
    p.add_argument("out", metavar="OUT", help="OUT.json, or a folder with --format csv")
    p.add_argument("--format", choices=("json", "csv"), default="json",
                   help="json (lossless, the default) or csv (a folder of four files for spreadsheets)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.storage.interchange import write_journal_json

    out = Path(args.out)
    if args.format == "csv":
        return _export_csv(args, out)
    if out.is_dir():
        raise UsageError(f"OUT: {out} is a folder; give a file name such as journal.json")
    if not out.parent.exists():
        raise UsageError(f"OUT: the folder {out.parent} does not exist")
    data = _whole_journal(args)
    try:
        write_journal_json(out, data, clock.now())
    except OSError as exc:
        raise CommandError(f"OUT: {out} could not be written ({exc.strerror})") from None
    print(f"Exported {_counts(data)} to {out}.")
    return 0


def _whole_journal(args):
    journal = read_journal_of(args)
    try:
        return journal.export()
    finally:
        journal.close()


def _counts(data) -> str:
    return f"{len(data.nights)} nights, {len(data.symptoms)} symptoms and {len(data.interventions)} interventions"


def _export_csv(args, out: Path) -> int:
    from quietlegs.storage.interchange import write_journal_csv

    if out.exists() and not out.is_dir():
        raise UsageError(f"DIR: {out} is a file; give a folder for --format csv")
    if not out.parent.exists():
        raise UsageError(f"DIR: the folder {out.parent} does not exist")
    data = _whole_journal(args)
    try:
        write_journal_csv(out, data)
    except OSError as exc:
        raise CommandError(f"DIR: {out} could not be written ({exc.strerror})") from None
    print(f"Exported {_counts(data)} as CSV files in {out}.")
    from quietlegs.domain.csv_format import left_out_of_csv

    left_out = left_out_of_csv(data)
    if left_out:
        what = ", ".join(f"{n} {noun}" for n, noun in left_out)
        print(f"Not in the CSV files (CSV has no place for them): {what}; export as JSON to keep them.")
    return 0
