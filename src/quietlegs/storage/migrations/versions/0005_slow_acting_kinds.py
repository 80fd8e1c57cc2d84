"""Slow-acting kinds: a kind the user marks as acting over weeks (iron, many medications) is
judged by its sustained use. Nullable: a journal's existing kinds keep the default rule.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intervention_kinds") as batch:
        batch.add_column(sa.Column("slow_acting", sa.Boolean, nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch rebuild: rebuilding the catalog would drop
    # a table that nights' interventions refer to, which foreign keys refuse.
    op.drop_column("intervention_kinds", "slow_acting")
