"""The journal's records as plain, immutable dataclasses.

Field names follow the interchange format (FORMAT.md) so that a record, a form, a table column
and a line of an exported file all speak of the same thing by the same name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quietlegs.domain.experiments import Experiment
    from quietlegs.domain.milestones import Milestone
    from quietlegs.domain.regimens import Regimen


def new_id() -> str:
    """A random (version 4) UUID in its usual text form, as ``str(uuid.uuid4())`` gives it;
    made here from ``os.urandom`` because the ``uuid`` module (and ``platform``, which it loads)
    costs start-up time before Today is on screen."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class InterventionKind:
    slug: str
    name: str
    category: str
    default_amount: float | None = None
    default_unit: str | None = None
    hidden: bool = False
    builtin: bool = False
    # Whether it acts over weeks (judged by its sustained use); None: the default rule
    # (:func:`quietlegs.domain.vocab.is_slow_acting_by_default`).
    slow_acting: bool | None = None


@dataclass(frozen=True)
class Night:
    """One night of the sleep diary: the night that began on the evening of ``night_of``."""

    night_of: date
    in_bed: datetime
    lights_out: datetime
    sleep_latency_min: int
    awakenings: int
    wake_after_sleep_onset_min: int
    final_wake: datetime
    out_of_bed: datetime
    quality: int | None = None
    rested: int | None = None
    legs_severity: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class SymptomEvent:
    at: datetime
    kind: str
    severity: int
    locations: tuple[str, ...] = ()
    duration_min: int | None = None
    woke_me: bool | None = None
    preceded_by: tuple[str, ...] = ()
    relieved_by: tuple[str, ...] = ()
    relief_min: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Intervention:
    at: datetime
    kind: str
    amount: float | None = None
    unit: str | None = None
    duration_min: int | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Appointment:
    """A visit to a doctor or therapist: the questions beforehand, what was said afterwards."""

    date: date
    with_whom: str
    time: time | None = None
    purpose: str = ""
    questions: tuple[str, ...] = ()
    diagnosis: str = ""
    new_medicine: str = ""
    treatment_or_test: str = ""
    instructions: str = ""
    follow_up_date: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class JournalData:
    """A whole journal, or a part of one: what an import brings or an export writes.

    ``generated_ids``: the ids a reader made up for records the file gave none; an import
    matches those records by their content instead (docs/format.md, "Importing again").
    ``hidden_stated``: whether the kinds' ``hidden`` flags say anything (a CSV file, or a JSON
    file without our ``extensions`` list, does not say which kinds are hidden: an import then
    keeps the journal's).
    """

    kinds: tuple[InterventionKind, ...] = ()
    nights: tuple[Night, ...] = ()
    symptoms: tuple[SymptomEvent, ...] = ()
    interventions: tuple[Intervention, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    milestones: tuple[Milestone, ...] = ()  # domain/milestones.py
    experiments: tuple[Experiment, ...] = ()  # domain/experiments.py: planned self-experiments
    regimens: tuple[Regimen, ...] = ()  # domain/regimens.py: scheduled interventions, their skipped nights
    generated_ids: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    hidden_stated: bool = field(default=True, compare=False, repr=False)


__all__ = [
    "InterventionKind", "Night", "SymptomEvent", "Intervention", "Appointment", "JournalData", "new_id", "replace",
]
