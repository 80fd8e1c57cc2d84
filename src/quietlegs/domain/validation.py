"""Validation of records: every problem named by its field, in plain words.

Functions return a list of :class:`FieldError`; an empty list means the record may be saved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from quietlegs.domain import vocab
from quietlegs.domain.night_rule import MAX_TIME_IN_BED, window_end, window_start
from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent

SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$")
MAX_NOTES = 10_000
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _fmt(dt: datetime) -> str:
    return dt.strftime("%a %d %b %H:%M")


def _int_in(errors: list[FieldError], name: str, value, low: int, high: int | None, optional: bool) -> None:
    if value is None:
        if not optional:
            errors.append(FieldError(name, "is required"))
        return
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(FieldError(name, "must be a whole number"))
        return
    if value < low or (high is not None and value > high):
        bound = f"from {low} to {high}" if high is not None else f"{low} or more"
        errors.append(FieldError(name, f"must be {bound} (it is {value})"))


def _notes(errors: list[FieldError], notes) -> None:
    if notes is not None and not isinstance(notes, str):
        errors.append(FieldError("notes", "must be text"))
    elif notes and len(notes) > MAX_NOTES:
        errors.append(FieldError("notes", f"is longer than {MAX_NOTES} characters"))


def validate_night(night: Night, others: Iterable[Night] = ()) -> list[FieldError]:
    """Check one diary entry, and that it overlaps none of ``others`` (other logged nights)."""
    errors: list[FieldError] = []
    _int_in(errors, "sleep_latency_min", night.sleep_latency_min, 0, MAX_MINUTES, False)
    _int_in(errors, "awakenings", night.awakenings, 0, 100, False)
    _int_in(errors, "wake_after_sleep_onset_min", night.wake_after_sleep_onset_min, 0, MAX_MINUTES, False)
    _int_in(errors, "quality", night.quality, 1, 5, True)
    _int_in(errors, "rested", night.rested, 1, 5, True)
    _int_in(errors, "legs_severity", night.legs_severity, 0, 10, True)
    _notes(errors, night.notes)
    if errors:
        return errors

    start, end = window_start(night.night_of), window_end(night.night_of)
    if not (start <= night.in_bed < end):
        errors.append(FieldError(
            "in_bed",
            f"must be between noon on {night.night_of:%a %d %b} and noon the next day "
            f"(it is {_fmt(night.in_bed)})",
        ))
    if night.lights_out < night.in_bed:
        errors.append(FieldError("lights_out", "is before getting into bed"))
    asleep_by = night.lights_out + timedelta(minutes=night.sleep_latency_min + night.wake_after_sleep_onset_min)
    if night.final_wake < night.lights_out:
        errors.append(FieldError("final_wake", "is before lights out: the wake time must come after trying to sleep"))
    elif night.final_wake < asleep_by:
        errors.append(FieldError(
            "final_wake",
            "is too early: minutes to fall asleep plus minutes awake are more than the time "
            "from lights out to the final awakening",
        ))
    if night.out_of_bed < night.final_wake:
        errors.append(FieldError("out_of_bed", "is before the final awakening"))
    elif night.out_of_bed - night.in_bed > MAX_TIME_IN_BED:
        errors.append(FieldError("out_of_bed", "makes the time in bed longer than 20 hours"))
    if errors:
        return errors

    for other in others:
        if other.id == night.id:
            continue
        if other.night_of == night.night_of:
            errors.append(FieldError("night_of", f"the night of {night.night_of:%a %d %b %Y} is already logged"))
        elif night.in_bed < other.out_of_bed and other.in_bed < night.out_of_bed:
            field = "in_bed" if other.night_of < night.night_of else "out_of_bed"
            errors.append(FieldError(
                field,
                f"overlaps the night of {other.night_of:%a %d %b} "
                f"({_fmt(other.in_bed)} to {_fmt(other.out_of_bed)})",
            ))
    return errors


def validate_symptom(event: SymptomEvent, kind_slugs: Iterable[str] = ()) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(event.at, datetime):
        errors.append(FieldError("at", "is required"))
    if event.kind not in vocab.SYMPTOM_KINDS:
        errors.append(FieldError("kind", f"must be one of {', '.join(vocab.SYMPTOM_KINDS)} (it is {event.kind!r})"))
    _int_in(errors, "severity", event.severity, 0, 10, False)
    for loc in event.locations:
        if loc not in vocab.LOCATIONS:
            errors.append(FieldError("locations", f"{loc!r} is not a known place on the body"))
    if len(set(event.locations)) != len(event.locations):
        errors.append(FieldError("locations", "lists a place twice"))
    _int_in(errors, "duration_min", event.duration_min, 0, MAX_MINUTES, True)
    if event.woke_me is not None and not isinstance(event.woke_me, bool):
        errors.append(FieldError("woke_me", "must be true or false"))
    for cause in event.preceded_by:
        if cause not in vocab.PRECEDED_BY:
            errors.append(FieldError("preceded_by", f"{cause!r} is not one of {', '.join(vocab.PRECEDED_BY)}"))
    if len(set(event.relieved_by)) != len(event.relieved_by):
        errors.append(FieldError("relieved_by", "lists a kind twice"))
    known = set(kind_slugs)
    for slug in event.relieved_by:
        if known and slug not in known:
            errors.append(FieldError("relieved_by", f"{slug!r} is not an intervention kind in the catalog"))
    _int_in(errors, "relief_min", event.relief_min, 0, MAX_MINUTES, True)
    _notes(errors, event.notes)
    return errors


def _amount(errors: list[FieldError], name: str, value) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        errors.append(FieldError(name, "must be a number"))
    elif value < 0:
        errors.append(FieldError(name, "cannot be negative"))


def validate_intervention(item: Intervention, kind_slugs: Iterable[str] = ()) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(item.at, datetime):
        errors.append(FieldError("at", "is required"))
    known = set(kind_slugs)
    if not item.kind:
        errors.append(FieldError("kind", "is required"))
    elif known and item.kind not in known:
        errors.append(FieldError("kind", f"{item.kind!r} is neither built in nor in the catalog"))
    _amount(errors, "amount", item.amount)
    if item.unit is not None and (not isinstance(item.unit, str) or len(item.unit) > 20):
        errors.append(FieldError("unit", "must be short text (at most 20 characters)"))
    _int_in(errors, "duration_min", item.duration_min, 0, MAX_MINUTES, True)
    _notes(errors, item.notes)
    return errors


def validate_kind(kind: InterventionKind) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(kind.slug, str) or not SLUG_RE.match(kind.slug):
        errors.append(FieldError("slug", "must be 1–40 lowercase letters, digits or underscores"))
    name = kind.name.strip() if isinstance(kind.name, str) else ""
    if not 1 <= len(name) <= 80:
        errors.append(FieldError("name", "must be 1–80 characters"))
    if kind.category not in vocab.CATEGORIES:
        errors.append(FieldError("category", f"must be one of {', '.join(vocab.CATEGORIES)}"))
    _amount(errors, "default_amount", kind.default_amount)
    if kind.default_unit is not None and (not isinstance(kind.default_unit, str) or len(kind.default_unit) > 20):
        errors.append(FieldError("default_unit", "must be short text (at most 20 characters)"))
    return errors


def slug_for(name: str, taken: Iterable[str]) -> str:
    """A slug made from a display name, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:36] or "kind"
    taken = set(taken)
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}_{n}"
        n += 1
    return slug


class InvalidRecord(ValueError):
    """A record that may not be saved; ``errors`` names each field and what is wrong."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


def first_of_each(errors: Iterable[FieldError]) -> dict[str, str]:
    """The first message for each field: what a form shows beside each field."""
    shown: dict[str, str] = {}
    for e in errors:
        shown.setdefault(e.field, e.message)
    return shown


__all__ = [
    "FieldError", "validate_night", "validate_symptom", "validate_intervention", "validate_kind",
    "slug_for", "first_of_each", "InvalidRecord",
]
