"""What the commands share: errors with exit codes, period options, opening the journal."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from quietlegs.paths import DataPaths, data_paths


class UsageError(Exception):
    """Bad input or usage: exit status 2, nothing changed."""


class CommandError(Exception):
    """Anything else that stops a command: exit status 1 unless told otherwise."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def parse_date(text: str) -> date:
    from quietlegs.domain.validation import date_problem  # the journal's span of dates, named once

    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-20") from None
    if date_problem(value):
        raise argparse.ArgumentTypeError(date_problem(value))
    return value


def add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=parse_date, metavar="D",
                        help="first night (YYYY-MM-DD, the night_of date), inclusive")
    parser.add_argument("--to", dest="end", type=parse_date, metavar="D",
                        help="last night (YYYY-MM-DD), inclusive")


def paths_of(args) -> DataPaths:
    return data_paths(getattr(args, "data_dir", None))


def open_journal_of(args, writes: bool = False):
    """Open the journal for a command (services.opening: the full check, a backup before any
    migration, the journal lock held until it is closed).

    A damaged journal (an emptied file beside backups included) or one from a newer version is
    refused (exit 1, one line naming the newest good backup); so is a command that ``writes``
    while the app has the journal open.
    """
    from quietlegs import clock
    from quietlegs.services.opening import open_for_command
    from quietlegs.storage.errors import StorageError

    try:
        return open_for_command(paths_of(args), clock.now(), writes=writes)
    except StorageError as exc:
        raise CommandError(str(exc)) from None


def log_path(args) -> Path | None:
    try:
        return paths_of(args).root / "logs" / "errors.log"
    except Exception:
        return None


def report_unexpected(exc: BaseException, args) -> int:
    """Write the details to the error log and one calm line to standard error."""
    where = log_path(args) if args is not None else None
    written = False
    if where is not None:
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            with open(where, "a", encoding="utf-8") as f:
                import traceback  # only when something went wrong: not on every start

                f.write("".join(traceback.format_exception(exc)))
            written = True
        except OSError:
            pass
    detail = f" Details were written to {where}." if written else ""
    print(f"quietlegs: something went wrong: {exc.__class__.__name__}: {exc}.{detail}", file=sys.stderr)
    return 1
