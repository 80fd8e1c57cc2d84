"""The journal interchange format, version 1 (FORMAT.md): parse, check and write.

Parsing is strict: unknown sections and fields, duplicate keys, NaN, wrong types and broken
rules are refused with one message naming the record and the field, e.g.
``nights[12] (night_of 2026-03-04): final_wake is before lights_out``.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from quietlegs.domain import vocab
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent, new_id
from quietlegs.domain.validation import (
    validate_intervention,
    validate_kind,
    validate_night,
    validate_symptom,
)

FORMAT_NAME = "quietlegs-journal"
FORMAT_VERSION = 1
TOP_LEVEL = (
    "format", "version", "exported_at", "kinds", "nights", "symptoms", "interventions", "appointments",
    "extensions",
)

EXTENSION_KEY = "quietlegs"

_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class FormatError(ValueError):
    """A file that is not a valid journal; the message names the record and the field.

    ``section``, ``index`` and ``field`` say where (when the problem lies in one record), and
    ``reason`` what is wrong there, so a CSV reader can point at a file, line and column.
    """

    def __init__(self, message: str, section: str | None = None, index: int | None = None,
                 field: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.section, self.index, self.field, self.reason = section, index, field, reason or message


# ----------------------------------------------------------------------------- reading JSON

def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise FormatError(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise FormatError(f"{name} is not a number a journal can hold")


def load_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except FormatError:
        raise
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise FormatError("not a journal: the JSON is nested too deeply") from None


# ----------------------------------------------------------------------------- field readers

class _Record:
    """Reads the fields of one record, naming it in every error."""

    def __init__(self, label: str, raw: Any, allowed: Iterable[str], section: str | None = None,
                 index: int | None = None):
        self.label, self.section, self.index = label, section, index
        if not isinstance(raw, dict):
            raise FormatError(f"{label}: must be an object", section, index, None, "must be an object")
        self.raw = raw
        unknown = sorted(set(raw) - set(allowed))
        if unknown:
            raise FormatError(f"{label}: unknown field {unknown[0]!r}", section, index, unknown[0], "unknown field")

    def fail(self, field: str, message: str) -> FormatError:
        return FormatError(f"{self.label}: {field} {message}", self.section, self.index, field, message)

    def get(self, field: str, required: bool = False) -> Any:
        value = self.raw.get(field)
        if value is None and required:
            raise self.fail(field, "is required")
        return value

    def datetime(self, field: str, required: bool = True) -> datetime | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATETIME_RE.match(value):
            raise self.fail(field, f"must be a local time like 2026-11-20T22:40 (it is {value!r})")
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not a real date and time ({value!r})") from None

    def date(self, field: str, required: bool = True) -> date | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE_RE.match(value):
            raise self.fail(field, f"must be a date like 2026-11-20 (it is {value!r})")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not a real date ({value!r})") from None

    def integer(self, field: str, required: bool = False) -> int | None:
        value = self.get(field, required)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, f"must be a whole number (it is {value!r})")
        return value

    def number(self, field: str) -> float | None:
        value = self.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(field, f"must be a number (it is {value!r})")
        return float(value)

    def text(self, field: str, required: bool = False) -> str | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(field, f"must be text (it is {value!r})")
        return value

    def boolean(self, field: str) -> bool | None:
        value = self.get(field)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(field, f"must be true or false (it is {value!r})")
        return value

    def text_list(self, field: str) -> tuple[str, ...]:
        value = self.get(field)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "must be a list of text values")
        return tuple(value)

    def record_id(self) -> str:
        value = self.get("id")
        if value is None:
            return new_id()
        if not isinstance(value, str):
            raise self.fail("id", "must be a UUID string")
        try:
            uuid.UUID(value)
        except ValueError:
            raise self.fail("id", f"is not a UUID ({value!r})") from None
        return value


def _raise_first(rec: _Record, errors) -> None:
    if errors:
        raise rec.fail(errors[0].field, errors[0].message)


def _section(doc: dict, name: str) -> list:
    value = doc.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise FormatError(f"{name}: must be a list of records")
    return value


# ----------------------------------------------------------------------------- records

KIND_FIELDS = ("slug", "name", "category", "default_amount", "default_unit")
NIGHT_FIELDS = (
    "id", "night_of", "in_bed", "lights_out", "sleep_latency_min", "awakenings",
    "wake_after_sleep_onset_min", "final_wake", "out_of_bed", "quality", "rested",
    "legs_severity", "notes",
)
SYMPTOM_FIELDS = (
    "id", "at", "kind", "severity", "locations", "duration_min", "woke_me", "preceded_by",
    "relieved_by", "relief_min", "notes",
)
INTERVENTION_FIELDS = ("id", "at", "kind", "amount", "unit", "duration_min", "notes")


def _hidden_kinds(extensions: dict) -> frozenset[str]:
    """Our own extension: which catalog kinds the user hid (FORMAT.md leaves `extensions` free)."""
    ours = extensions.get(EXTENSION_KEY)
    if not isinstance(ours, dict):
        return frozenset()
    hidden = ours.get("hidden_kinds")
    if isinstance(hidden, list) and all(isinstance(x, str) for x in hidden):
        return frozenset(hidden)
    return frozenset()


def _read_kind(i: int, raw: Any, hidden: frozenset[str] = frozenset()) -> InterventionKind:
    slug = raw.get("slug") if isinstance(raw, dict) else None
    rec = _Record(f"kinds[{i}]" + (f" ({slug})" if isinstance(slug, str) else ""), raw, KIND_FIELDS, "kinds", i)
    kind = InterventionKind(
        slug=rec.text("slug", True),
        name=rec.text("name", True),
        category=rec.text("category", True),
        default_amount=rec.number("default_amount"),
        default_unit=rec.text("default_unit"),
        builtin=rec.get("slug") in vocab.BUILTIN_SLUGS,
        hidden=rec.get("slug") in hidden,
    )
    _raise_first(rec, validate_kind(kind))
    return kind


def _read_night(i: int, raw: Any) -> tuple[_Record, Night]:
    night_of = raw.get("night_of") if isinstance(raw, dict) else None
    rec = _Record(f"nights[{i}]" + (f" (night_of {night_of})" if isinstance(night_of, str) else ""), raw,
                  NIGHT_FIELDS, "nights", i)
    night = Night(
        id=rec.record_id(),
        night_of=rec.date("night_of"),
        in_bed=rec.datetime("in_bed"),
        lights_out=rec.datetime("lights_out"),
        sleep_latency_min=rec.integer("sleep_latency_min", True),
        awakenings=rec.integer("awakenings", True),
        wake_after_sleep_onset_min=rec.integer("wake_after_sleep_onset_min", True),
        final_wake=rec.datetime("final_wake"),
        out_of_bed=rec.datetime("out_of_bed"),
        quality=rec.integer("quality"),
        rested=rec.integer("rested"),
        legs_severity=rec.integer("legs_severity"),
        notes=rec.text("notes") or "",
    )
    _raise_first(rec, validate_night(night))
    return rec, night


def _read_symptom(i: int, raw: Any, kinds: set[str]) -> SymptomEvent:
    at = raw.get("at") if isinstance(raw, dict) else None
    rec = _Record(f"symptoms[{i}]" + (f" (at {at})" if isinstance(at, str) else ""), raw, SYMPTOM_FIELDS,
                  "symptoms", i)
    event = SymptomEvent(
        id=rec.record_id(),
        at=rec.datetime("at"),
        kind=rec.text("kind", True),
        severity=rec.integer("severity", True),
        locations=rec.text_list("locations"),
        duration_min=rec.integer("duration_min"),
        woke_me=rec.boolean("woke_me"),
        preceded_by=rec.text_list("preceded_by"),
        relieved_by=rec.text_list("relieved_by"),
        relief_min=rec.integer("relief_min"),
        notes=rec.text("notes") or "",
    )
    _raise_first(rec, validate_symptom(event, kinds))
    return event


def _read_intervention(i: int, raw: Any, kinds: set[str]) -> Intervention:
    at = raw.get("at") if isinstance(raw, dict) else None
    rec = _Record(f"interventions[{i}]" + (f" (at {at})" if isinstance(at, str) else ""), raw,
                  INTERVENTION_FIELDS, "interventions", i)
    item = Intervention(
        id=rec.record_id(),
        at=rec.datetime("at"),
        kind=rec.text("kind", True),
        amount=rec.number("amount"),
        unit=rec.text("unit"),
        duration_min=rec.integer("duration_min"),
        notes=rec.text("notes") or "",
    )
    _raise_first(rec, validate_intervention(item, kinds))
    return item


def _unique_ids(section: str, records) -> None:
    seen: set[str] = set()
    for i, r in enumerate(records):
        if r.id in seen:
            raise FormatError(f"{section}[{i}]: id {r.id} appears twice in the file", section, i, "id",
                              f"{r.id} appears twice in the file")
        seen.add(r.id)


def parse_journal(text: str, known_kinds: Iterable[str] = ()) -> JournalData:
    """Parse and check a version-1 document. ``known_kinds``: slugs the target journal has."""
    return parse_document(load_json(text), known_kinds)


def parse_document(doc: Any, known_kinds: Iterable[str] = ()) -> JournalData:
    """Check an already-decoded version-1 document (JSON, or rows read from CSV files)."""
    if not isinstance(doc, dict):
        raise FormatError("not a Quiet Legs journal: the file must hold one JSON object")
    if doc.get("format") != FORMAT_NAME:
        raise FormatError(f"not a Quiet Legs journal: format must be {FORMAT_NAME!r}")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise FormatError("version: must be a whole number")
    if version > FORMAT_VERSION:
        raise FormatError(
            f"version: this file is version {version}, made by a newer Quiet Legs; "
            f"this one reads version {FORMAT_VERSION}. Update Quiet Legs to import it."
        )
    if version != FORMAT_VERSION:
        raise FormatError(f"version: {version} is not a journal format version")
    unknown = sorted(set(doc) - set(TOP_LEVEL))
    if unknown:
        raise FormatError(f"unknown section {unknown[0]!r}")
    if doc.get("extensions") is not None and not isinstance(doc["extensions"], dict):
        raise FormatError("extensions: must be an object")

    hidden = _hidden_kinds(doc.get("extensions") or {})
    kinds = tuple(_read_kind(i, raw, hidden) for i, raw in enumerate(_section(doc, "kinds")))
    slugs = [k.slug for k in kinds]
    for i, slug in enumerate(slugs):
        if slug in slugs[:i]:
            raise FormatError(f"kinds[{i}] ({slug}): slug appears twice in the file", "kinds", i, "slug",
                              "appears twice in the file")
    all_kinds = set(slugs) | vocab.BUILTIN_SLUGS | set(known_kinds)

    read = [_read_night(i, raw) for i, raw in enumerate(_section(doc, "nights"))]
    nights = tuple(n for _, n in read)
    _unique_ids("nights", nights)
    by_date: dict[date, int] = {}
    for i, n in enumerate(nights):
        if n.night_of in by_date:
            raise FormatError(f"nights[{i}] (night_of {n.night_of}): night_of appears twice in the file",
                              "nights", i, "night_of", "appears twice in the file")
        by_date[n.night_of] = i
    ordered = sorted(range(len(nights)), key=lambda i: nights[i].night_of)
    for a, b in zip(ordered, ordered[1:]):
        if nights[b].in_bed < nights[a].out_of_bed:
            raise read[b][0].fail("in_bed", f"overlaps the night of {nights[a].night_of}")

    symptoms = tuple(_read_symptom(i, raw, all_kinds) for i, raw in enumerate(_section(doc, "symptoms")))
    _unique_ids("symptoms", symptoms)
    interventions = tuple(
        _read_intervention(i, raw, all_kinds) for i, raw in enumerate(_section(doc, "interventions"))
    )
    _unique_ids("interventions", interventions)
    from quietlegs.domain.appointment_format import read_appointments  # it builds on this module

    appointments = read_appointments(_section(doc, "appointments"))
    return JournalData(kinds=kinds, nights=nights, symptoms=symptoms, interventions=interventions,
                       appointments=appointments)


# ----------------------------------------------------------------------------- writing

def format_datetime(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S" if dt.second else "%Y-%m-%dT%H:%M")


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _opt(d: dict, key: str, value, convert: Callable[[Any], Any] = lambda v: v) -> None:
    if value is not None and value != () and value != "":
        d[key] = convert(value)


def kind_to_dict(k: InterventionKind) -> dict:
    d: dict[str, Any] = {"slug": k.slug, "name": k.name, "category": k.category}
    _opt(d, "default_amount", k.default_amount, _number)
    _opt(d, "default_unit", k.default_unit)
    return d


def night_to_dict(n: Night) -> dict:
    d: dict[str, Any] = {
        "id": n.id,
        "night_of": n.night_of.isoformat(),
        "in_bed": format_datetime(n.in_bed),
        "lights_out": format_datetime(n.lights_out),
        "sleep_latency_min": n.sleep_latency_min,
        "awakenings": n.awakenings,
        "wake_after_sleep_onset_min": n.wake_after_sleep_onset_min,
        "final_wake": format_datetime(n.final_wake),
        "out_of_bed": format_datetime(n.out_of_bed),
    }
    _opt(d, "quality", n.quality)
    _opt(d, "rested", n.rested)
    _opt(d, "legs_severity", n.legs_severity)
    _opt(d, "notes", n.notes)
    return d


def symptom_to_dict(s: SymptomEvent) -> dict:
    d: dict[str, Any] = {"id": s.id, "at": format_datetime(s.at), "kind": s.kind, "severity": s.severity}
    _opt(d, "locations", s.locations, list)
    _opt(d, "duration_min", s.duration_min)
    _opt(d, "woke_me", s.woke_me)
    _opt(d, "preceded_by", s.preceded_by, list)
    _opt(d, "relieved_by", s.relieved_by, list)
    _opt(d, "relief_min", s.relief_min)
    _opt(d, "notes", s.notes)
    return d


def intervention_to_dict(i: Intervention) -> dict:
    d: dict[str, Any] = {"id": i.id, "at": format_datetime(i.at), "kind": i.kind}
    _opt(d, "amount", i.amount, _number)
    _opt(d, "unit", i.unit)
    _opt(d, "duration_min", i.duration_min)
    _opt(d, "notes", i.notes)
    return d


def journal_to_dict(data: JournalData, exported_at: datetime) -> dict:
    from quietlegs.domain.appointment_format import appointments_to_list  # it builds on this module

    doc = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_datetime(exported_at.replace(microsecond=0)),
        "kinds": [kind_to_dict(k) for k in data.kinds],
        "nights": [night_to_dict(n) for n in sorted(data.nights, key=lambda n: n.night_of)],
        "symptoms": [symptom_to_dict(s) for s in sorted(data.symptoms, key=lambda s: (s.at, s.id))],
        "interventions": [intervention_to_dict(i) for i in sorted(data.interventions, key=lambda i: (i.at, i.id))],
        "appointments": appointments_to_list(data.appointments),
    }
    hidden = sorted(k.slug for k in data.kinds if k.hidden)
    if hidden:
        doc["extensions"] = {EXTENSION_KEY: {"hidden_kinds": hidden}}
    return doc


def dump_journal(data: JournalData, exported_at: datetime) -> str:
    return json.dumps(journal_to_dict(data, exported_at), ensure_ascii=False, indent=1) + "\n"
