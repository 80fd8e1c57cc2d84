"""Tools for the tests that really break things: real files, real processes, real signals."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from quietlegs.storage.schema import HEAD_REVISION

SRC = Path(__file__).resolve().parents[2] / "src"
HELPERS = Path(__file__).resolve().parent / "helpers"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("QUIETLEGS_DATA_DIR", None)
    env.update(extra)
    return env


def spawn(script: str, *args, **kw) -> subprocess.Popen:
    """Start ``tests/safety/helpers/<script>`` in a fresh Python with the app importable."""
    return subprocess.Popen([sys.executable, str(HELPERS / script), *map(str, args)], env=child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


REBUILD_MIGRATION = '''
"""Test only: rebuild the parents of other tables in batch mode.

Revision ID: {revision}
Revises: {base}
"""
import time

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{base}"
branch_labels = None
depends_on = None

PAUSE = {pause}


def upgrade():
    with op.batch_alter_table("symptoms", recreate="always") as b:
        b.add_column(sa.Column("extra", sa.Integer, nullable=True))
    time.sleep(PAUSE)
    with op.batch_alter_table("intervention_kinds", recreate="always") as b:
        b.add_column(sa.Column("colour", sa.String(20), nullable=True))
    time.sleep(PAUSE)
    with op.batch_alter_table("nights", recreate="always") as b:
        b.add_column(sa.Column("mood", sa.Integer, nullable=True))


def downgrade():
    pass
'''


# The throwaway revision goes on top of the app's newest one.
BASE_REVISION = HEAD_REVISION
TEST_REVISION = "9001"
TEST_SCRIPT = f"{TEST_REVISION}_test_rebuild.py"


def make_test_migrations(where: Path, pause: float = 0.0) -> Path:
    """A copy of the app's migrations plus a throwaway revision that rebuilds parent tables."""
    from quietlegs.storage.migrate import MIGRATIONS_DIR

    loc = where / "migrations"
    shutil.copytree(MIGRATIONS_DIR, loc, ignore=shutil.ignore_patterns("__pycache__"))
    (loc / "versions" / TEST_SCRIPT).write_text(textwrap.dedent(REBUILD_MIGRATION.format(
        pause=pause, revision=TEST_REVISION, base=BASE_REVISION)))
    return loc


