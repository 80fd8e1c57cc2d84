"""Bring a journal's schema up to date with Alembic; refuse a journal from a newer app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from quietlegs.storage.db import connect_read_only
from quietlegs.storage.errors import JournalTooNew
from quietlegs.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Alembic is imported inside the functions that need it: most starts have nothing to migrate.

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(location: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(location or MIGRATIONS_DIR))
    return cfg


def head_revision(location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions(location: Path | None = None) -> set[str]:
    from alembic.script import ScriptDirectory

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
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise JournalTooNew(path, revision)


def is_current(path: Path) -> bool:
    """Whether the file is at the newest schema (read without Alembic or a write)."""
    return peek_revision(path) == HEAD_REVISION


def needs_upgrade(engine: Engine, path: Path, location: Path | None = None) -> bool:
    """``location``: another migrations folder (tests); by default this app's own."""
    known = KNOWN_REVISIONS if location is None else known_revisions(location)
    head = HEAD_REVISION if location is None else head_revision(location)
    current = current_revision(engine)
    if current is not None and current not in known:
        raise JournalTooNew(path, current)
    return current != head


def has_user_tables(engine: Engine) -> bool:
    from sqlalchemy import text

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
    from alembic import command

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
