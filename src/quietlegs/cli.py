"""The command line of DESIGN.md, a contract that scripts and tests rely on.

Exit status 0 on success, 2 on bad input or usage (one clear line on standard error, nothing
changed), 1 on anything else. No traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import sys

from quietlegs import __version__
from quietlegs.commands import COMMAND_MODULES, CommandError, UsageError, load_commands


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not the whole usage text
        raise UsageError(message)


def build_parser(commands: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = _Parser(prog="quietlegs", description="Quiet Legs: a private sleep-and-legs journal.")
    parser.add_argument("--version", action="version", version=f"quietlegs {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the journal, backups and settings in DIR")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a fresh demo journal in a temporary folder")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in load_commands(commands):
        command.register(sub)
    for subparser in sub.choices.values():
        # Also accepted after the command name: `quietlegs summary --data-dir DIR`.
        subparser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def opens_the_app(argv: list[str]) -> bool:
    """``quietlegs``, ``quietlegs gui``, with ``--data-dir DIR`` or ``--demo``: opening the app.

    That start is kept light (start-up is timed against a bare window): its parser knows only
    ``gui``. Anything else (another command, ``--help``, ``--version``, a typo) gets the full one.
    """
    positional, i = [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--data-dir":
            i += 2
            continue
        if arg == "--demo" or arg.startswith("--data-dir="):
            i += 1
            continue
        if arg.startswith("-"):
            return False
        positional.append(arg)
        i += 1
    return positional in ([], ["gui"])


def plain_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of ``quietlegs``, ``quietlegs --demo`` and ``quietlegs --data-dir DIR`` (the
    way a menu, the login entry and a script open the app), read without building a parser
    (~10 ms of a start timed against a bare window); the very namespace the parser gives for
    them (tests/cli/test_plain_start.py). Anything else, even one flag more, is None: the parser
    reads it, with its own help and messages."""
    if argv == ["--demo"]:
        return argparse.Namespace(data_dir=None, demo=True, command=None)
    if not argv or (len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-")):
        return argparse.Namespace(data_dir=argv[1] if argv else None, demo=False, command=None)
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = plain_start(argv) or build_parser(("gui",) if opens_the_app(argv) else COMMAND_MODULES).parse_args(argv)
        if args.command is None:
            from quietlegs.commands import gui

            args.command = "gui"
            args.run = gui.run
        if getattr(args, "start", None) and getattr(args, "end", None) and args.start > args.end:
            raise UsageError("--from is after --to")
        status = int(args.run(args) or 0)
        sys.stdout.flush()  # a reader that went away is seen here, not as a message at exit
        return status
    except UsageError as exc:
        print(f"quietlegs: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"quietlegs: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`quietlegs summary --json | head`): nothing to say
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    except Exception as exc:  # the last line of defence: a message, never a traceback
        from quietlegs.commands.common import report_unexpected

        return report_unexpected(exc, args if "args" in locals() else None)
