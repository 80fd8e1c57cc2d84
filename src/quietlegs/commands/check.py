"""``quietlegs check``: is the journal sound? Reads only; never changes the file."""

from __future__ import annotations

from quietlegs.commands.common import CommandError, paths_of

NAME = "check"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="check the journal's integrity (changes nothing)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs.storage.errors import StorageError
    from quietlegs.storage.inspect import inspect_journal

    path = paths_of(args).journal
    try:
        report = inspect_journal(path)
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    print(report)
    return 0
