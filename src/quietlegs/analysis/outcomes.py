"""The outcomes a night can be judged by, and the per-night table they are read from.

Each row is one logged night with its sleep metrics, its symptoms and the intervention kinds
used *before bed* (the night rule, :mod:`quietlegs.domain.night_rule`). During-the-night interventions are kept apart:
they are reactions to a bad night, never credited or blamed for it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, tzinfo

from quietlegs.domain.metrics import sleep_efficiency, time_in_bed_min, total_sleep_min
from quietlegs.domain.night_rule import NightPlacer, Phase
from quietlegs.domain.records import JournalData, Night, SymptomEvent


@dataclass(frozen=True)
class Outcome:
    name: str
    label: str
    unit: str
    higher_is_better: bool
    decimals: int = 0


OUTCOMES: dict[str, Outcome] = {o.name: o for o in (
    Outcome("total_sleep_min", "Total sleep", "min", True),
    Outcome("sleep_efficiency", "Sleep efficiency", "%", True, 1),
    Outcome("sleep_latency_min", "Minutes to fall asleep", "min", False),
    Outcome("waso_min", "Minutes awake in the night", "min", False),
    Outcome("awakenings", "Awakenings", "", False, 1),
    Outcome("quality", "Sleep quality (1–5)", "", True, 1),
    Outcome("rested", "Feeling rested (1–5)", "", True, 1),
    Outcome("legs_severity", "Leg discomfort (0–10)", "", False, 1),
    Outcome("symptom_count", "Symptom events", "", False, 1),
    Outcome("max_symptom_severity", "Worst symptom (0–10)", "", False, 1),
)}
DEFAULT_OUTCOME = "sleep_efficiency"


@dataclass
class NightRow:
    """One logged night, ready for analysis."""

    night: Night
    values: dict[str, float | None]
    before_bed: set[str] = field(default_factory=set)  # kinds used before bed
    during_night: set[str] = field(default_factory=set)  # kinds used during the night
    symptoms: list[SymptomEvent] = field(default_factory=list)

    @property
    def night_of(self) -> date:
        return self.night.night_of


def night_values(night: Night, symptoms: list[SymptomEvent], tz: tzinfo | None) -> dict[str, float | None]:
    return {
        "total_sleep_min": total_sleep_min(night, tz),
        "sleep_efficiency": sleep_efficiency(night, tz),
        "time_in_bed_min": time_in_bed_min(night, tz),
        "sleep_latency_min": float(night.sleep_latency_min),
        "waso_min": float(night.wake_after_sleep_onset_min),
        "awakenings": float(night.awakenings),
        "quality": None if night.quality is None else float(night.quality),
        "rested": None if night.rested is None else float(night.rested),
        "legs_severity": None if night.legs_severity is None else float(night.legs_severity),
        "symptom_count": float(len(symptoms)),
        "max_symptom_severity": float(max((s.severity for s in symptoms), default=0)),
    }


def build_night_table(data: JournalData, tz: tzinfo | None = None) -> list[NightRow]:
    """One row per logged night in ``data``, oldest first."""
    place = NightPlacer(data.nights)
    symptoms_of: dict[date, list[SymptomEvent]] = defaultdict(list)
    for s in data.symptoms:
        symptoms_of[place.night_of(s.at)].append(s)
    before: dict[date, set[str]] = defaultdict(set)
    during: dict[date, set[str]] = defaultdict(set)
    for i in data.interventions:
        placement = place(i.at)
        if placement.phase is Phase.BEFORE_BED:
            before[placement.night_of].add(i.kind)
        elif placement.phase is Phase.DURING_NIGHT:
            during[placement.night_of].add(i.kind)
    rows = []
    for night in sorted(data.nights, key=lambda n: n.night_of):
        events = symptoms_of.get(night.night_of, [])
        rows.append(NightRow(
            night=night, values=night_values(night, events, tz), before_bed=before.get(night.night_of, set()),
            during_night=during.get(night.night_of, set()), symptoms=events,
        ))
    return rows
