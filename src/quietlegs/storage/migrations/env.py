"""Alembic environment: run against the connection the app hands in, in batch mode for SQLite.

Foreign keys are off while tables are rebuilt (so a child never loses rows when its parent is
copied), and ``foreign_key_check`` must come back empty before the migration commits.
"""

from alembic import context
from sqlalchemy import text

from quietlegs.storage.orm import Base

connection = context.config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)

with context.begin_transaction():
    context.run_migrations()
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise RuntimeError(f"migration left broken references: {problems[:3]}")
