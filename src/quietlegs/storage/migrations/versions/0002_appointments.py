"""Appointments: the visit, the questions to ask, and what was said afterwards.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("time", sa.String(5), nullable=True),
        sa.Column("with_whom", sa.String(120), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False, server_default=""),
        sa.Column("questions", sa.Text, nullable=False, server_default="[]"),
        sa.Column("diagnosis", sa.Text, nullable=False, server_default=""),
        sa.Column("new_medicine", sa.Text, nullable=False, server_default=""),
        sa.Column("treatment_or_test", sa.Text, nullable=False, server_default=""),
        sa.Column("instructions", sa.Text, nullable=False, server_default=""),
        sa.Column("follow_up_date", sa.Date, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    with op.batch_alter_table("appointments") as batch:
        batch.create_index("ix_appointments_date", ["date"])


def downgrade() -> None:
    with op.batch_alter_table("appointments") as batch:
        batch.drop_index("ix_appointments_date")
    op.drop_table("appointments")
