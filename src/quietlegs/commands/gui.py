"""``quietlegs [gui]``: open the app (the default); ``--demo`` opens it on a demo journal."""

from __future__ import annotations

import sys

NAME = "gui"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="open the app (the default)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs.app import end_process, refuse_start, run_app

    if not args.demo:
        from quietlegs.commands.common import CommandError, UsageError, prepare_to_write

        try:
            prepare_to_write(args)  # a new folder with a note; never someone else's folder
        except (UsageError, CommandError) as exc:
            print(f"quietlegs: {exc}", file=sys.stderr)
            refuse_start(str(exc))  # opened from a menu, there is no terminal to read
            return exc.status if isinstance(exc, CommandError) else 2
    # run_app returns once the journal is closed and every save is on disk: end at once.
    end_process(run_app(data_dir=args.data_dir, demo=args.demo))
