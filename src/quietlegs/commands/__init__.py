"""The command line's commands, one module each; ``cli.py`` builds the parser from them.

Each module has ``NAME``, ``register(subparsers)`` and ``run(args) -> int``.
"""

from __future__ import annotations

from quietlegs.commands import analyze, chart, check, export_journal, gui, import_journal, report, summary
from quietlegs.commands.common import CommandError, UsageError

COMMANDS = (gui, import_journal, export_journal, summary, analyze, report, chart, check)

__all__ = ["COMMANDS", "CommandError", "UsageError"]
