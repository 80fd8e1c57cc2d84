"""Where the journal lives: platformdirs, or ``--data-dir`` / ``QUIETLEGS_DATA_DIR``.

Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "QUIETLEGS_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

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
