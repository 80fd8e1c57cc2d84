"""Where the journal lives: platformdirs, or ``--data-dir`` / ``QUIETLEGS_DATA_DIR``.

Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "QUIETLEGS_DATA_DIR"


class DataPaths:
    """The data folder and what lives in it; read-only, equal when the folders are.

    A plain class, not a dataclass: this module loads before the window's first paint, and
    ``dataclasses`` (with ``inspect``) would add ~7 ms to it."""

    __slots__ = ("root",)

    def __init__(self, root: Path):
        object.__setattr__(self, "root", root)

    def __setattr__(self, name, value):
        raise AttributeError(f"DataPaths is read-only (tried to set {name!r})")

    def __eq__(self, other) -> bool:
        return isinstance(other, DataPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"DataPaths(root={self.root!r})"

    @property
    def journal(self) -> Path:
        return self.root / "journal.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def lock(self) -> Path:
        return self.root / "journal.lock"


def data_paths(data_dir: str | os.PathLike | None = None) -> DataPaths:
    """``data_dir`` if given, else ``$QUIETLEGS_DATA_DIR``, else the platform's user data folder."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().absolute())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().absolute())
    import platformdirs

    return DataPaths(Path(platformdirs.user_data_dir("quietlegs", appauthor=False)))
