"""``quietlegs check``: is the journal sound, and are its backups? Reads only; never changes a file.

The journal gets the full check (``integrity_check`` and ``foreign_key_check``), and so does
every backup. A damaged journal (or one from a newer version) exits 1 with one line naming
the newest good backup. A sound journal exits 0, and a second line says how the backups are;
when none of them is sound, that line starts with "Warning:" and goes to standard error
(docs/cli.md). Files of records set aside beside the journal are listed, one line each.
"""

from __future__ import annotations

import sys

from quietlegs.commands.common import CommandError, require_data_folder

NAME = "check"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="check the journal's and the backups' integrity (changes nothing)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs.services.backups import verify
    from quietlegs.services.opening import refusal
    from quietlegs.storage.errors import StorageError
    from quietlegs.storage.inspect import inspect_journal

    paths = require_data_folder(args)  # a mistyped --data-dir: exit 2, nothing made
    try:
        report = inspect_journal(paths.journal, paths.backups)
    except StorageError as exc:
        raise CommandError(str(refusal(exc, paths))) from None
    print(report)
    _list_set_aside(paths)
    health = verify(paths)
    if health.checked and not health.sound:
        print(health.sentence(), file=sys.stderr)
    else:
        print(health.sentence())
    return 0


def _list_set_aside(paths) -> None:
    """A line for each file of records set aside when the journal was opened (services.repair)."""
    from quietlegs.services.repair import WHAT_TO_DO, set_aside_files

    for path, count in set_aside_files(paths.root):
        held = "records that cannot be read" if count is None else f"{count} record{'s' if count != 1 else ''}"
        print(f"Set aside: {path} holds {held} the journal could not use; {WHAT_TO_DO} "
              "(quietlegs import that file).")
