"""The outcomes a night can be judged by, and the per-night table they are read from.

Each row is one logged night with its sleep metrics, its symptoms and the intervention kinds
used *before bed* (the night rule, :mod:`quietlegs.domain.night_rule`). During-the-night interventions are kept apart:
they are reactions to a bad night, never credited or blamed for it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

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
    # Worst symptom logged before bed that evening (0 when none): the state a remedy answers.
    before_bed_symptoms: float = 0.0
    yesterday: set[str] = field(default_factory=set)  # kinds used before bed the night before
    # For slow-acting kinds: the share of the last SUSTAINED_DAYS nights (logged or not) with it.
    recent_use: dict[str, float] = field(default_factory=dict)
    doses: dict[str, str] = field(default_factory=dict)  # kind -> tonight's amount, "400 mg"

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


SUSTAINED_DAYS = 28  # "sustained use": the share of the last four weeks' nights with a kind


def slow_acting(kinds) -> frozenset[str]:
    """The slow-acting kinds: a catalog kind's own flag when the user set it, else the default
    rule (the built-in set plus every kind in a slow-acting category)."""
    from quietlegs.domain.vocab import BUILTIN_KINDS, is_slow_acting_by_default

    cats = {k.slug: k.category for k in BUILTIN_KINDS} | {k.slug: k.category for k in kinds}
    flags = {k.slug: k.slow_acting for k in kinds if getattr(k, "slow_acting", None) is not None}
    return frozenset(s for s in cats.keys() | flags.keys()
                     if flags.get(s, is_slow_acting_by_default(s, cats.get(s))))


def _amount(value: float, unit: str | None) -> str:
    text = f"{value:g}"
    return f"{text} {unit}" if unit else text


def build_night_table(data: JournalData, tz: tzinfo | None = None) -> list[NightRow]:
    """One row per logged night in ``data``, oldest first."""
    place = NightPlacer(data.nights)
    symptoms_of: dict[date, list[SymptomEvent]] = defaultdict(list)
    state: dict[date, float] = defaultdict(float)
    for s in data.symptoms:
        placement = place(s.at)
        symptoms_of[placement.night_of].append(s)
        if placement.phase is Phase.BEFORE_BED:
            state[placement.night_of] = max(state[placement.night_of], float(s.severity))
    before: dict[date, set[str]] = defaultdict(set)
    during: dict[date, set[str]] = defaultdict(set)
    amounts: dict[tuple[date, str], list] = defaultdict(list)
    for i in data.interventions:
        placement = place(i.at)
        if placement.phase is Phase.BEFORE_BED:
            before[placement.night_of].add(i.kind)
            amounts[placement.night_of, i.kind].append((i.amount, i.unit))
        elif placement.phase is Phase.DURING_NIGHT:
            during[placement.night_of].add(i.kind)
    slow = slow_acting(data.kinds) & {k for ks in before.values() for k in ks}
    first = min((n.night_of for n in data.nights), default=None)
    rows = []
    for night in sorted(data.nights, key=lambda n: n.night_of):
        d = night.night_of
        events = symptoms_of.get(d, [])
        recent = {}
        if slow:
            back = [d - timedelta(days=j) for j in range(1, SUSTAINED_DAYS + 1)]
            back = [b for b in back if b >= first] or [d]
            recent = {k: sum(k in before.get(b, ()) for b in back) / len(back) for k in slow}
        doses = {}
        for k in before.get(d, ()):
            got = amounts[d, k]
            units = {u for _, u in got}
            if got and all(a is not None for a, _ in got) and len(units) == 1:
                doses[k] = _amount(sum(a for a, _ in got), units.pop())
        rows.append(NightRow(
            night=night, values=night_values(night, events, tz), before_bed=before.get(d, set()),
            during_night=during.get(d, set()), symptoms=events, before_bed_symptoms=state.get(d, 0.0),
            yesterday=before.get(d - timedelta(days=1), set()), recent_use=recent, doses=doses,
        ))
    return rows
