"""Rows to domain records and back. Nothing above storage ever sees a row."""

from __future__ import annotations

from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.storage.orm import InterventionRow, KindRow, NightRow, ReliefRow, SymptomRow


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(";")) if text else ()


def kind_from_row(r: KindRow) -> InterventionKind:
    return InterventionKind(
        slug=r.slug, name=r.name, category=r.category, default_amount=r.default_amount,
        default_unit=r.default_unit, hidden=bool(r.hidden), builtin=bool(r.builtin),
        slow_acting=_maybe_bool(getattr(r, "slow_acting", None)),
    )


def _maybe_bool(value) -> bool | None:
    return None if value is None else bool(value)


def kind_onto_row(k: InterventionKind, r: KindRow) -> None:
    r.name, r.category = k.name.strip(), k.category
    r.default_amount, r.default_unit, r.hidden = k.default_amount, k.default_unit or None, k.hidden
    r.slow_acting = k.slow_acting


NIGHT_FIELDS = (
    "night_of", "in_bed", "lights_out", "sleep_latency_min", "awakenings", "wake_after_sleep_onset_min",
    "final_wake", "out_of_bed", "quality", "rested", "legs_severity", "notes",
)


def night_from_row(r: NightRow) -> Night:
    return Night(id=r.id, **{f: getattr(r, f) for f in NIGHT_FIELDS})


def night_onto_row(n: Night, r: NightRow) -> None:
    for f in NIGHT_FIELDS:
        setattr(r, f, getattr(n, f))
    r.notes = n.notes or ""


def symptom_from_row(r: SymptomRow) -> SymptomEvent:
    return SymptomEvent(
        id=r.id, at=r.at, kind=r.kind, severity=r.severity, locations=_split(r.locations),
        duration_min=r.duration_min, woke_me=r.woke_me, preceded_by=_split(r.preceded_by),
        relieved_by=tuple(x.kind for x in r.reliefs), relief_min=r.relief_min, notes=r.notes or "",
    )


def symptom_onto_row(s: SymptomEvent, r: SymptomRow) -> None:
    r.at, r.kind, r.severity = s.at, s.kind, s.severity
    r.locations, r.preceded_by = ";".join(s.locations), ";".join(s.preceded_by)
    r.duration_min, r.woke_me, r.relief_min, r.notes = s.duration_min, s.woke_me, s.relief_min, s.notes or ""
    r.reliefs = [ReliefRow(kind=k, position=i) for i, k in enumerate(dict.fromkeys(s.relieved_by))]


def intervention_from_row(r: InterventionRow) -> Intervention:
    return Intervention(
        id=r.id, at=r.at, kind=r.kind, amount=r.amount, unit=r.unit, duration_min=r.duration_min,
        notes=r.notes or "",
    )


def intervention_onto_row(i: Intervention, r: InterventionRow) -> None:
    r.at, r.kind, r.amount, r.unit = i.at, i.kind, i.amount, i.unit or None
    r.duration_min, r.notes = i.duration_min, i.notes or ""
