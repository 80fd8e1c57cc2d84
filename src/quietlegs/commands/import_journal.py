"""``quietlegs import FILE``: a FORMAT.md JSON file, all or nothing."""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import UsageError, open_journal_of, paths_of

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


def parse_file(path: Path, known_kinds):
    """A parsed journal from ``path``: FORMAT.md JSON."""
    from quietlegs.domain.journal_format import parse_journal

    return parse_journal(read_text(path), known_kinds)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.storage.backup import make_backup

    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"FILE: {path} does not exist")
    journal = open_journal_of(args)
    try:
        try:
            data = parse_file(path, journal.kind_slugs())
        except FormatError as exc:
            raise UsageError(f"{path.name}: {exc}") from None
        if journal.counts()["nights"]:
            make_backup(journal.path, paths_of(args).backups, clock.now(), "before-import")
        try:
            counts = journal.import_data(data)
        except InvalidRecord as exc:
            raise UsageError(f"{path.name}: {exc}") from None
    finally:
        journal.close()
    print(f"Imported {counts}.")
    return 0
