"""Files the app writes beside the journal (exports, the set-aside records): private to the
user (0600) and whole or not at all (written to a temporary name, fsynced, then renamed)."""

from __future__ import annotations

import os
from pathlib import Path

from quietlegs.storage.backup import fsync_dir


def write_private_atomically(path: Path, data: bytes, sync_folder: bool = False) -> None:
    """Write ``data`` to ``path`` (0600) through a temporary file, so a crash leaves the old file
    whole; ``sync_folder``: the rename itself is made durable too (the folder is fsynced)."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sync_folder:
        fsync_dir(path.parent)
