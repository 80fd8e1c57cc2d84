"""``quietlegs [gui]``: open the app (the default); ``--demo`` opens it on a demo journal."""

from __future__ import annotations

NAME = "gui"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="open the app (the default)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs.app import run_app

    return run_app(data_dir=args.data_dir, demo=args.demo)
