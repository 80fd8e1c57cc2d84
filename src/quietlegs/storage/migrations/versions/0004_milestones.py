"""Milestones: dated events that matter ("stopped kratom", "started iron"), for day counters.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "milestones",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(20), nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    with op.batch_alter_table("milestones") as batch:
        batch.create_index("ix_milestones_date", ["date"])


def downgrade() -> None:
    with op.batch_alter_table("milestones") as batch:
        batch.drop_index("ix_milestones_date")
    op.drop_table("milestones")
