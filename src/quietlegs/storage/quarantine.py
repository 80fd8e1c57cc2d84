"""Moving a damaged journal aside: renamed, never deleted or overwritten, with its -wal and -shm."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from quietlegs.storage.backup import fsync_dir

SIDE_FILES = ("-wal", "-shm")


def _rename_no_clobber(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst``, failing rather than replacing an existing ``dst``."""
    if os.name == "posix":
        os.link(src, dst)  # refuses an existing dst, atomically
        os.unlink(src)
    else:
        if dst.exists():
            raise FileExistsError(dst)
        os.rename(src, dst)


def _free_name(base: Path, stamp: str, label: str) -> Path:
    n = 1
    while True:
        suffix = f".{stamp}" + (f"-{n}" if n > 1 else "") + f".{label}"
        target = base.with_name(base.name + suffix)
        if not any(Path(str(target) + s).exists() for s in ("", *SIDE_FILES)):
            return target
        n += 1


def move_aside(journal: Path, now: datetime, label: str = "damaged") -> Path:
    """Rename ``journal`` (and its -wal/-shm) to ``journal.sqlite3.<time>.damaged``; returns the new path.

    The -wal follows its database under the new name, so a recovery tool opening the
    ``.damaged`` file still sees the last saves.
    """
    target = _free_name(journal, f"{now:%Y%m%d-%H%M%S}", label)
    if journal.exists():
        _rename_no_clobber(journal, target)
    for s in SIDE_FILES:
        side = Path(str(journal) + s)
        if side.exists():
            _rename_no_clobber(side, Path(str(target) + s))
    fsync_dir(journal.parent)
    return target


def set_aside_orphans(journal: Path, now: datetime) -> Path | None:
    """A -wal or -shm without its journal (a half-finished move, a stray copy) must never be
    replayed into a new journal: move it aside. Returns where it went, if anything moved."""
    if journal.exists():
        return None
    if not any(Path(str(journal) + s).exists() for s in SIDE_FILES):
        return None
    return move_aside(journal, now, label="orphan")
