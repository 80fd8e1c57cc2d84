"""The command line's commands, one module each; ``cli.py`` builds the parser from them.

Each module has ``NAME``, ``register(subparsers)`` and ``run(args) -> int``. They are imported
only when the parser needs them, so opening the app loads none but ``gui``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from quietlegs.commands.common import CommandError, UsageError

# In the order `quietlegs --help` lists them.
COMMAND_MODULES = ("gui", "import_journal", "export_journal", "summary", "analyze", "report", "chart", "experiment",
                   "check")


def load_commands(names: tuple[str, ...] = COMMAND_MODULES) -> list[ModuleType]:
    return [importlib.import_module(f"quietlegs.commands.{name}") for name in names]


__all__ = ["COMMAND_MODULES", "CommandError", "UsageError", "load_commands"]
