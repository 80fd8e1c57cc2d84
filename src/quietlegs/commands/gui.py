"""``quietlegs [gui]``: open the app (the default); ``--demo`` opens it on a demo journal."""

from __future__ import annotations

from typing import NoReturn

NAME = "gui"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="open the app (the default)")
    p.set_defaults(run=run)


def run(args) -> NoReturn:
    from quietlegs.app import end_process, run_app

    # run_app returns once the journal is closed and every save is on disk: end at once.
    end_process(run_app(data_dir=args.data_dir, demo=args.demo))
