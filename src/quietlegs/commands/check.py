"""``quietlegs check``: is the journal sound? Reads only; never changes the file."""

from __future__ import annotations

from quietlegs.commands.common import CommandError, require_data_folder

NAME = "check"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="check the journal's integrity (changes nothing)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs.storage.errors import StorageError
    from quietlegs.storage.inspect import inspect_journal

    from quietlegs.storage.backup import newest_sound_backup
    from quietlegs.storage.errors import JournalDamaged

    paths = require_data_folder(args)  # a mistyped --data-dir: exit 2, nothing made
    try:
        report = inspect_journal(paths.journal, paths.backups)
    except JournalDamaged as exc:
        good = newest_sound_backup(paths.backups)
        hint = (f" The newest good backup is {good.path.name} ({good.nights} nights); "
                "the app offers to restore it when it starts.") if good else " There is no good backup to restore."
        raise CommandError(str(exc) + hint) from None
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    print(report)
    return 0
