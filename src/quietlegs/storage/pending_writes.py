"""Waiting for a write to the journal that is still under way (an import on a worker thread),
so that a process may end at once afterwards without cutting a transaction short."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def wait_for_pending_write(path: Path, timeout_s: float = 60.0) -> bool:
    """Return once no other connection is writing to the journal at ``path`` (at most
    ``timeout_s``): True when none is, False when one still was at the timeout.

    A write transaction holds SQLite's write lock until it commits or rolls back; taking that
    lock for a moment (and letting it go without writing) proves that nothing was half-written.
    """
    if not Path(path).exists():
        return True
    try:
        connection = sqlite3.connect(str(path), timeout=timeout_s, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return True
    except sqlite3.Error:
        return False
    finally:
        connection.close()
