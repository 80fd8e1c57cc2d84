"""Bring a journal's schema up to date with Alembic; refuse a journal from a newer app."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from quietlegs.storage.db import connect_read_only
from quietlegs.storage.errors import JournalTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(location or MIGRATIONS_DIR))
    return cfg


def head_revision(location: Path | None = None) -> str:
    return ScriptDirectory.from_config(_config(location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions(location: Path | None = None) -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config(location)).walk_revisions()}


def peek_revision(path: Path) -> str | None:
    """The schema revision of a journal file, read without changing a byte of it."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = connect_read_only(path)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def refuse_if_too_new(path: Path) -> None:
    revision = peek_revision(path)
    if revision is not None and revision not in known_revisions():
        raise JournalTooNew(path, revision)


def needs_upgrade(engine: Engine, path: Path, location: Path | None = None) -> bool:
    current = current_revision(engine)
    if current is not None and current not in known_revisions(location):
        raise JournalTooNew(path, current)
    return current != head_revision(location)


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar_one()
    return bool(rows)


def upgrade(engine: Engine, path: Path, before: Callable[[], None] | None = None,
            location: Path | None = None) -> bool:
    """Migrate to the newest schema in one transaction; ``before`` runs first (a backup) when
    there is work to do. ``location`` is another migrations folder (tests only).

    Returns whether anything was migrated.
    """
    if not needs_upgrade(engine, path, location):
        return False
    if before is not None and has_user_tables(engine):
        before()
    cfg = _config(location)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        # Foreign keys must be switched off outside a transaction (SQLite ignores it inside),
        # so a parent table rebuilt in batch mode never takes its children's rows with it.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")  # env.py: one transaction, foreign_key_check before commit
            conn.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True
