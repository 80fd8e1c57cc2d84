"""Bring a journal's schema up to date with Alembic; refuse a journal from a newer app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from quietlegs.storage.db import connect_read_only
from quietlegs.storage.errors import JournalDamaged, JournalTooNew, StorageError
from quietlegs.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Alembic is imported inside the functions that need it: most starts have nothing to migrate.

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

_TABLES_0001 = frozenset({"intervention_kinds", "nights", "symptoms", "symptom_reliefs", "interventions"})
# The tables each revision has, so every open can tell a recorded revision out of step with
# the tables without loading Alembic (a test builds each revision and compares).
TABLES_AT = {
    "0001": _TABLES_0001,
    "0002": _TABLES_0001 | {"appointments"},
    "0003": _TABLES_0001 | {"appointments", "experiments"},
    "0004": _TABLES_0001 | {"appointments", "experiments", "milestones"},
    "0005": _TABLES_0001 | {"appointments", "experiments", "milestones"},  # a column on intervention_kinds
    "0006": _TABLES_0001 | {"appointments", "experiments", "milestones", "regimens", "regimen_skips"},
}


class JournalOutOfStep(JournalDamaged):
    """The schema revision recorded in the journal does not match the tables it holds (a
    restore or copy mixed two versions, a crash between DDL and its record). Migrating it would
    fail on every start ("table ... already exists"), so it is caught before any backup."""

    def __init__(self, path: Path, recorded: str | None, detail: str):
        self.recorded = recorded
        super().__init__(path, detail)


def user_tables(con) -> set[str]:
    """The tables of a journal, without SQLite's own and Alembic's record of the revision."""
    return {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")}


def out_of_step(path: Path) -> JournalOutOfStep | None:
    """Whether the recorded revision disagrees with the tables (cheap: names only)."""
    revision = peek_revision(path)
    if revision is None or revision not in TABLES_AT:
        return None
    con = connect_read_only(path)
    try:
        tables = user_tables(con)
    finally:
        con.close()
    expected = TABLES_AT[revision]
    if tables == expected:
        return None
    extra, missing = sorted(tables - expected), sorted(expected - tables)
    if extra:
        what = f"it records schema {revision}, but holds the table {extra[0]} that came later"
    else:
        what = f"it records schema {revision}, but the table {missing[0]} is missing"
    return JournalOutOfStep(path, revision, what)


def layout(con) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each user table's column names and index names: what must match for a stamp."""
    out = {}
    for table in sorted(user_tables(con)):
        columns = tuple(r[1] for r in con.execute(f'PRAGMA table_info("{table}")'))
        indexes = tuple(sorted(r[1] for r in con.execute(f'PRAGMA index_list("{table}")')
                               if not r[1].startswith("sqlite_autoindex")))
        out[table] = (columns, indexes)
    return out


def layout_at(revision: str, location: Path | None = None) -> dict:
    """The layout a journal has at ``revision``, built by running the migrations in memory."""
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.connect() as conn:
            cfg = _config(location)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return layout(raw)
    finally:
        engine.dispose()


def matching_revision(path: Path, location: Path | None = None) -> str | None:
    """The known revision whose tables, columns and indexes the journal has exactly, if any."""
    con = connect_read_only(path)
    try:
        have = layout(con)
    finally:
        con.close()
    for revision in sorted(known_revisions(location), reverse=True):
        if layout_at(revision, location) == have:
            return revision
    return None


def repair_out_of_step(engine: Engine, path: Path, problem: JournalOutOfStep) -> str:
    """Record the revision the tables really are at (a stamp: one row, one transaction), or
    raise ``problem`` with the words of why it cannot be repaired. Returns the revision."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    revision = matching_revision(path)
    if revision is None:
        raise JournalOutOfStep(path, problem.recorded,
                               f"{problem.detail}, and its tables match no version of Quiet Legs") from None
    with engine.connect() as conn:
        MigrationContext.configure(conn).stamp(ScriptDirectory.from_config(_config()), revision)
        conn.commit()
    return revision


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
    from sqlalchemy.exc import DBAPIError

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
        except DBAPIError as exc:  # rolled back whole: say what SQLite said, never the SQL
            raise MigrationFailed(path, current_revision(engine), " ".join(str(exc.orig).split())) from None
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True


class MigrationFailed(StorageError):
    def __init__(self, path: Path, revision: str | None, detail: str):
        self.path, self.revision, self.detail = path, revision, detail
        super().__init__(
            f"The journal at {path} could not be updated from schema {revision} for this version of "
            f"Quiet Legs ({detail}). It has not been changed, and its backup from before the update is "
            "kept; a version of Quiet Legs that made it can still open it.")
