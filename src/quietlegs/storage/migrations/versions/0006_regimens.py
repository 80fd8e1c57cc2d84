"""Regimens: what the person takes or does on a schedule, and the doses skipped on purpose.

A regimen changed later keeps its history (the old one ends, a new one starts), so a row is
never rewritten for a change of dose or time. A skip is one row per regimen and night: a dose
the person chose not to take is not "missed". Deleting a regimen takes its skips with it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "regimens",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("days", sa.String(27), nullable=False),  # every_day, weekdays, or mon,wed,fri
        sa.Column("clock", sa.String(5), nullable=True),  # "HH:MM", or …
        sa.Column("before_bed_min", sa.Integer, nullable=True),  # … minutes before bed
        sa.Column("amount", sa.Float, nullable=True),
        sa.Column("unit", sa.String(20), nullable=True),
        sa.Column("started_on", sa.Date, nullable=False),
        sa.Column("ended_on", sa.Date, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "regimen_skips",
        sa.Column("regimen_id", sa.String(36), sa.ForeignKey("regimens.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("night_of", sa.Date, primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("regimen_skips")
    op.drop_table("regimens")
