"""The journal's tables, as typed SQLAlchemy 2.0 declarative classes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class KindRow(Base):
    __tablename__ = "intervention_kinds"

    slug: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(20))
    default_amount: Mapped[float | None] = mapped_column(Float)
    default_unit: Mapped[str | None] = mapped_column(String(20))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    slow_acting: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None: the default rule


class NightRow(Base):
    __tablename__ = "nights"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    night_of: Mapped[date] = mapped_column(Date, unique=True, index=True)
    in_bed: Mapped[datetime] = mapped_column(DateTime)
    lights_out: Mapped[datetime] = mapped_column(DateTime)
    sleep_latency_min: Mapped[int] = mapped_column(Integer)
    awakenings: Mapped[int] = mapped_column(Integer)
    wake_after_sleep_onset_min: Mapped[int] = mapped_column(Integer)
    final_wake: Mapped[datetime] = mapped_column(DateTime)
    out_of_bed: Mapped[datetime] = mapped_column(DateTime)
    quality: Mapped[int | None] = mapped_column(Integer)
    rested: Mapped[int | None] = mapped_column(Integer)
    legs_severity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class SymptomRow(Base):
    __tablename__ = "symptoms"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[int] = mapped_column(Integer)
    locations: Mapped[str] = mapped_column(Text, default="")  # ";"-joined vocabulary codes
    duration_min: Mapped[int | None] = mapped_column(Integer)
    woke_me: Mapped[bool | None] = mapped_column(Boolean)
    preceded_by: Mapped[str] = mapped_column(Text, default="")  # ";"-joined vocabulary codes
    relief_min: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    reliefs: Mapped[list[ReliefRow]] = relationship(
        back_populates="symptom", cascade="all, delete-orphan", order_by="ReliefRow.position", lazy="selectin"
    )


class ReliefRow(Base):
    """What was used to ease a symptom: one row per kind, in the order the user gave."""

    __tablename__ = "symptom_reliefs"

    symptom_id: Mapped[str] = mapped_column(ForeignKey("symptoms.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(ForeignKey("intervention_kinds.slug", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    symptom: Mapped[SymptomRow] = relationship(back_populates="reliefs")


class InterventionRow(Base):
    __tablename__ = "interventions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(ForeignKey("intervention_kinds.slug", ondelete="RESTRICT"), index=True)
    amount: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    duration_min: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class AppointmentRow(Base):
    """A visit: questions beforehand, what was said afterwards (migration 0002)."""

    __tablename__ = "appointments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    with_whom: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="[]")  # a JSON list of text
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    new_medicine: Mapped[str] = mapped_column(Text, default="")
    treatment_or_test: Mapped[str] = mapped_column(Text, default="")
    instructions: Mapped[str] = mapped_column(Text, default="")
    follow_up_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ExperimentRow(Base):
    """A planned self-experiment's design; the schedule follows from it (migration 0003)."""

    __tablename__ = "experiments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(40))
    start: Mapped[date] = mapped_column(Date, index=True)
    period_nights: Mapped[int] = mapped_column(Integer)
    pairs: Mapped[int] = mapped_column(Integer)
    washout_nights: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[int] = mapped_column(BigInteger)
    stopped_on: Mapped[date | None] = mapped_column(Date)


class MilestoneRow(Base):
    """A dated event that matters, with a name and an optional kind (migration 0004)."""

    __tablename__ = "milestones"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class RegimenRow(Base):
    """Something taken or done on a schedule (migration 0006); a change ends it and starts another."""

    __tablename__ = "regimens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    days: Mapped[str] = mapped_column(String(27))  # every_day, weekdays, or mon,wed,fri
    clock: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", or …
    before_bed_min: Mapped[int | None] = mapped_column(Integer)  # … minutes before bed
    amount: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class RegimenSkipRow(Base):
    """A dose skipped on purpose: one regimen, one night (migration 0006)."""

    __tablename__ = "regimen_skips"

    regimen_id: Mapped[str] = mapped_column(ForeignKey("regimens.id", ondelete="CASCADE"), primary_key=True)
    night_of: Mapped[date] = mapped_column(Date, primary_key=True)
