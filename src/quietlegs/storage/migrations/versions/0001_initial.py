"""The first journal: intervention kinds (with the built-ins), nights, symptoms, interventions.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# A frozen copy of the built-in kinds as of this revision: later changes to the catalog are
# later migrations, never edits here.
BUILTINS = [
    ("stretching", "Stretching", "self_care", 10, "min"),
    ("magnesium", "Magnesium", "supplement", 300, "mg"),
    ("heat", "Heat", "self_care", 15, "min"),
    ("warm_soak", "Warm soak", "self_care", 20, "min"),
    ("massage", "Massage", "self_care", 10, "min"),
    ("hydration", "Hydration", "self_care", 500, "ml"),
    ("exercise", "Exercise", "self_care", 30, "min"),
    ("compression", "Compression", "self_care", None, None),
    ("leg_elevation", "Leg elevation", "self_care", None, None),
    ("relaxation", "Relaxation", "self_care", 10, "min"),
    ("iron", "Iron", "supplement", 65, "mg"),
    ("potassium", "Potassium", "supplement", None, None),
    ("dry_needling", "Dry needling", "therapy", None, None),
    ("acupuncture", "Acupuncture", "therapy", None, None),
    ("physical_therapy", "Physical therapy", "therapy", None, None),
    ("caffeine", "Caffeine", "trigger", 1, "cups"),
    ("alcohol", "Alcohol", "trigger", 1, "drinks"),
    ("nicotine", "Nicotine", "trigger", None, None),
    ("heavy_meal", "Heavy meal", "trigger", None, None),
    ("late_exercise", "Late exercise", "trigger", None, None),
    ("long_sitting", "Long sitting", "trigger", None, None),
    ("nap", "Nap", "trigger", 20, "min"),
]


def upgrade() -> None:
    kinds = op.create_table(
        "intervention_kinds",
        sa.Column("slug", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("default_amount", sa.Float, nullable=True),
        sa.Column("default_unit", sa.String(20), nullable=True),
        sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("builtin", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "nights",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("night_of", sa.Date, nullable=False),
        sa.Column("in_bed", sa.DateTime, nullable=False),
        sa.Column("lights_out", sa.DateTime, nullable=False),
        sa.Column("sleep_latency_min", sa.Integer, nullable=False),
        sa.Column("awakenings", sa.Integer, nullable=False),
        sa.Column("wake_after_sleep_onset_min", sa.Integer, nullable=False),
        sa.Column("final_wake", sa.DateTime, nullable=False),
        sa.Column("out_of_bed", sa.DateTime, nullable=False),
        sa.Column("quality", sa.Integer, nullable=True),
        sa.Column("rested", sa.Integer, nullable=True),
        sa.Column("legs_severity", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_nights_night_of", "nights", ["night_of"], unique=True)
    op.create_table(
        "symptoms",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("severity", sa.Integer, nullable=False),
        sa.Column("locations", sa.Text, nullable=False, server_default=""),
        sa.Column("duration_min", sa.Integer, nullable=True),
        sa.Column("woke_me", sa.Boolean, nullable=True),
        sa.Column("preceded_by", sa.Text, nullable=False, server_default=""),
        sa.Column("relief_min", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_symptoms_at", "symptoms", ["at"])
    op.create_table(
        "symptom_reliefs",
        sa.Column("symptom_id", sa.String(36), sa.ForeignKey("symptoms.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(40), sa.ForeignKey("intervention_kinds.slug", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "interventions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(40), sa.ForeignKey("intervention_kinds.slug", ondelete="RESTRICT"), nullable=False),
        sa.Column("amount", sa.Float, nullable=True),
        sa.Column("unit", sa.String(20), nullable=True),
        sa.Column("duration_min", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_interventions_at", "interventions", ["at"])
    op.create_index("ix_interventions_kind", "interventions", ["kind"])
    op.bulk_insert(kinds, [
        {"slug": s, "name": n, "category": c, "default_amount": a, "default_unit": u, "hidden": False, "builtin": True}
        for s, n, c, a, u in BUILTINS
    ])


def downgrade() -> None:
    op.drop_table("interventions")
    op.drop_table("symptom_reliefs")
    op.drop_table("symptoms")
    op.drop_table("nights")
    op.drop_table("intervention_kinds")
