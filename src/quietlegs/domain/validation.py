"""Validation of records: every problem named by its field, in plain words.

Functions return a list of :class:`FieldError`; an empty list means the record may be saved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain import vocab
from quietlegs.domain.night_rule import MAX_TIME_IN_BED, window_end, window_start
from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent

SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$", re.ASCII)
MAX_NOTES = 10_000
MAX_MINUTES = 24 * 60
MAX_AWAKENINGS = 100
MAX_NAME = 80
MAX_UNIT = 20

# The span of dates a journal holds, named once: nights (``night_of``), events and appointments
# fall within it, and so do ``--from``/``--to``. A diary is kept in a person's lifetime, and every
# computation after it (a few days either side, matplotlib's and pandas' dates, statsmodels)
# works well inside it: the year 1 or 9999 overflows them.
FIRST_DATE = date(1970, 1, 1)
LAST_DATE = date(2099, 12, 31)
# A time may fall from the first date's midnight to the end of the second day after the last
# date (the last night may begin just before noon the next day and last 20 hours).
FIRST_TIME = datetime.combine(FIRST_DATE, time(0))
LAST_TIME = datetime.combine(LAST_DATE + timedelta(days=2), time(23, 59, 59))
# The largest amount a dose can have: 600,000 IU of vitamin D, 5,000 ml of water fit; 1e308 does not.
MAX_AMOUNT = 1_000_000
SPAN = f"{FIRST_DATE.isoformat()}..{LAST_DATE.isoformat()}"


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _fmt(dt: datetime) -> str:
    return dt.strftime("%a %d %b %H:%M")


_TYPED_NUMBER = re.compile(r"[0-9]{1,15}([.,][0-9]{0,15})?|[.,][0-9]{1,15}", re.ASCII)


def typed_number(text: str) -> float:
    """A number as a person types it in a form: ASCII digits with a point or a decimal comma
    (``0,5``; ``1,000`` could be one thousand or one, and is refused).

    Raises ValueError for anything else: Python's ``float()`` would also take ``2_5``, ``٢٥``,
    ``1e308``, ``nan`` and ``inf``.
    """
    text = text.strip()
    if not _TYPED_NUMBER.fullmatch(text) or re.fullmatch(r"[0-9]{1,3},[0-9]{3}", text):
        raise ValueError(f"not a number: {text!r}")  # (1,000: one thousand, or one?)
    return float(text.replace(",", "."))


def date_problem(value: date) -> str | None:
    """Why ``value`` cannot be a date in the journal, or ``None``."""
    if not FIRST_DATE <= value <= LAST_DATE:
        return f"{value.isoformat()} is outside {SPAN}, the dates a journal can hold"
    return None


def time_problem(value: datetime) -> str | None:
    """Why ``value`` cannot be a time in the journal, or ``None``."""
    if not FIRST_TIME <= value <= LAST_TIME:
        return f"{value.isoformat(timespec='minutes')} is outside {SPAN}, the dates a journal can hold"
    return None


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be kept as text (a NUL, a lone surrogate), or ``None``."""
    if "\x00" in value:
        return "contains a NUL character (\\x00), which is not text"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        return (f"contains a broken character (a lone surrogate, \\u{ord(bad):04x}) "
                "that no file or journal can hold")
    return None


def _text(errors: list[FieldError], name: str, value, limit: int, what: str = "text") -> None:
    """Optional text: a string, at most ``limit`` characters, holding no NUL or lone surrogate."""
    if value is None:
        return
    if not isinstance(value, str):
        errors.append(FieldError(name, f"must be {what}"))
        return
    problem = text_problem(value)
    if problem:
        errors.append(FieldError(name, problem))
    elif len(value) > limit:
        errors.append(FieldError(name, f"is longer than {limit} characters"))


def _date_in_span(errors: list[FieldError], name: str, value) -> bool:
    problem = date_problem(value) if isinstance(value, date) and not isinstance(value, datetime) else None
    if problem:
        errors.append(FieldError(name, problem))
    return problem is None


def _time_in_span(errors: list[FieldError], name: str, value) -> bool:
    problem = time_problem(value) if isinstance(value, datetime) else None
    if problem:
        errors.append(FieldError(name, problem))
    return problem is None


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
        shown = str(value) if abs(value) < 10**15 else "far more"  # (str() of a huge int itself fails)
        errors.append(FieldError(name, f"must be {bound} (it is {shown})"))


def _notes(errors: list[FieldError], notes) -> None:
    _text(errors, "notes", notes, MAX_NOTES)


def validate_night(night: Night, others: Iterable[Night] = ()) -> list[FieldError]:
    """Check one diary entry, and that it overlaps none of ``others`` (other logged nights)."""
    errors: list[FieldError] = []
    if not isinstance(night.night_of, date) or isinstance(night.night_of, datetime):
        errors.append(FieldError("night_of", "is required"))
    else:
        _date_in_span(errors, "night_of", night.night_of)
    for name in ("in_bed", "lights_out", "final_wake", "out_of_bed"):
        if not isinstance(getattr(night, name), datetime):
            errors.append(FieldError(name, "is required"))
        else:
            _time_in_span(errors, name, getattr(night, name))
    if errors:  # every later rule computes with these dates
        return errors
    _int_in(errors, "sleep_latency_min", night.sleep_latency_min, 0, MAX_MINUTES, False)
    _int_in(errors, "awakenings", night.awakenings, 0, MAX_AWAKENINGS, False)
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
    else:
        _time_in_span(errors, "at", event.at)
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
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not math.isfinite(value)):
        errors.append(FieldError(name, "must be a number"))
    elif value < 0:
        errors.append(FieldError(name, "cannot be negative"))
    elif value > MAX_AMOUNT:
        shown = f"{value:g}" if isinstance(value, float) else str(value) if value < 10**15 else "far more"
        errors.append(FieldError(name, f"must be at most {MAX_AMOUNT:,} (it is {shown})"))


def validate_intervention(item: Intervention, kind_slugs: Iterable[str] = ()) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(item.at, datetime):
        errors.append(FieldError("at", "is required"))
    else:
        _time_in_span(errors, "at", item.at)
    known = set(kind_slugs)
    if not item.kind:
        errors.append(FieldError("kind", "is required"))
    elif known and item.kind not in known:
        errors.append(FieldError("kind", f"{item.kind!r} is neither built in nor in the catalog"))
    _amount(errors, "amount", item.amount)
    _text(errors, "unit", item.unit, MAX_UNIT, f"short text (at most {MAX_UNIT} characters)")
    _int_in(errors, "duration_min", item.duration_min, 0, MAX_MINUTES, True)
    _notes(errors, item.notes)
    return errors


def validate_kind(kind: InterventionKind) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(kind.slug, str) or not SLUG_RE.match(kind.slug):
        errors.append(FieldError("slug", "must be 1–40 lowercase letters, digits or underscores"))
    name = kind.name.strip() if isinstance(kind.name, str) else ""
    problem = text_problem(name)
    if problem:
        errors.append(FieldError("name", problem))
    elif not 1 <= len(name) <= MAX_NAME:
        errors.append(FieldError("name", f"must be 1–{MAX_NAME} characters"))
    builtin = BUILTIN_CATEGORY.get(kind.slug) if isinstance(kind.slug, str) else None
    if kind.category not in vocab.CATEGORIES:
        errors.append(FieldError("category", f"must be one of {', '.join(vocab.CATEGORIES)}"))
    elif builtin is not None and kind.category != builtin:
        errors.append(FieldError(
            "category", f"cannot be changed on a built-in kind: {kind.slug} is {builtin}, not {kind.category} "
                        "(make a kind of your own for that)"))
    _amount(errors, "default_amount", kind.default_amount)
    _text(errors, "default_unit", kind.default_unit, MAX_UNIT, f"short text (at most {MAX_UNIT} characters)")
    return errors


BUILTIN_CATEGORY: dict[str, str] = {k.slug: k.category for k in vocab.BUILTIN_KINDS}


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
    "FIRST_DATE", "LAST_DATE", "FIRST_TIME", "LAST_TIME", "MAX_AMOUNT", "date_problem", "time_problem",
    "text_problem", "typed_number", "FieldError", "validate_night", "validate_symptom", "validate_intervention", "validate_kind",
    "slug_for", "first_of_each", "InvalidRecord",
]
