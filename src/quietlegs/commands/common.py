"""What the commands share: errors with exit codes, period options, opening the journal."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from quietlegs.paths import DataFolderProblem, DataPaths, data_dir_origin, data_paths
from quietlegs.services.error_log import write_error_log


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


def _folder_error(exc: DataFolderProblem) -> Exception:
    return UsageError(str(exc)) if exc.status == 2 else CommandError(str(exc), exc.status)


def require_data_folder(args) -> DataPaths:
    """For a command that only reads: the data folder must exist (exit 2 otherwise); nothing is made."""
    from quietlegs.paths import check_folder_for_reading
    from quietlegs.storage.file_checks import JournalPathRefused, check_journal_path

    paths = paths_of(args)
    try:
        check_folder_for_reading(paths, data_dir_origin(getattr(args, "data_dir", None)), need_journal=False)
        check_journal_path(paths.journal)  # never open a FIFO or a device
    except DataFolderProblem as exc:
        raise _folder_error(exc) from None
    except JournalPathRefused as exc:
        raise CommandError(str(exc)) from None
    return paths


def prepare_to_write(args) -> DataPaths:
    """For a command that writes: the data folder, created (with a note on stderr) if need be.

    Refuses (one line) a folder that holds other files and no journal, or that is read-only.
    """
    from quietlegs.paths import prepare_folder_for_writing

    paths = paths_of(args)
    try:
        note = prepare_folder_for_writing(paths, data_dir_origin(getattr(args, "data_dir", None)))
    except DataFolderProblem as exc:
        raise _folder_error(exc) from None
    if note:
        print(f"quietlegs: note: {note}", file=sys.stderr)
    return paths


def read_journal_of(args):
    """Open the journal for a command that only reads.

    The folder must hold a journal (a mistyped ``--data-dir`` is refused, exit 2, never read as
    an empty journal). A folder that cannot be written is read read-only: no lock file, no
    migration, no side files; elsewhere it opens as :func:`open_journal_of` does.
    """
    from quietlegs.paths import check_folder_for_reading, is_writable
    from quietlegs.storage.errors import StorageError
    from quietlegs.storage.file_checks import check_journal_path

    paths = paths_of(args)
    try:
        check_folder_for_reading(paths, data_dir_origin(getattr(args, "data_dir", None)))
        check_journal_path(paths.journal)
        if is_writable(paths.root):
            return open_journal_of(args)
        from quietlegs.storage.read_only import open_journal_read_only

        return open_journal_read_only(paths.journal, paths.backups)
    except DataFolderProblem as exc:
        raise _folder_error(exc) from None
    except StorageError as exc:
        raise CommandError(str(exc)) from None


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


def check_output_file(out: Path, name: str) -> None:
    """An output path must be a new file or a regular one: writing into a named pipe would wait
    for a reader forever, and a device is not a file (exit 2, one line)."""
    import os
    import stat

    try:
        mode = os.stat(out).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UsageError(f"{name}: {out} cannot be reached ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        return  # each command says what it wants instead of a folder
    if not stat.S_ISREG(mode):
        from quietlegs.storage.file_checks import kind_of

        raise UsageError(f"{name}: {out} is {kind_of(mode)}, not a file; give a file name such as {out.stem or 'out'}"
                         f"{out.suffix or '.pdf'}")


def log_path(args) -> Path | None:
    """``logs/errors.log`` in the data folder, only when that folder is the app's own (it holds a
    journal): the app never writes into a folder it did not make."""
    from quietlegs.paths import holds_journal

    try:
        root = paths_of(args).root
        return root / "logs" / "errors.log" if holds_journal(root) else None
    except Exception:
        return None


def report_unexpected(exc: BaseException, args) -> int:
    """One line on standard error naming what happened and what to do; exit status 1.

    A failure the user can act on (a full disk, a read-only folder, …) is said in its own words.
    Anything else is written to the error log (without SQL or journal values) and named by its
    kind, never by its message, which may quote the journal.
    """
    from quietlegs.storage.errors import StorageError, describe_failure

    command = getattr(args, "command", None)
    if isinstance(exc, StorageError):  # the storage layer's own words, already one line for a person
        print(f"quietlegs: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    try:
        journal = paths_of(args).journal if args is not None else None
    except Exception:
        journal = None
    named = describe_failure(exc, journal)
    if named:
        print(f"quietlegs: {command}: {named}" if command else f"quietlegs: {named}", file=sys.stderr)
        return 1
    where = log_path(args) if args is not None else None
    written = where is not None and write_error_log(where, exc, f"quietlegs {command or ''}".strip())
    then = (f"the details (without your journal's contents) are in {where}; please send them with a note "
            "of what you did" if written else "please report it with a note of what you did")
    print(f"quietlegs: {command or 'the command'} stopped on an unexpected error ({exc.__class__.__name__}); {then}.",
          file=sys.stderr)
    return 1
