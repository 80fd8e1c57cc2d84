"""The journal interchange format, version 1 (FORMAT.md): parse, check and write.

Parsing is strict: unknown sections and fields, duplicate keys, NaN, wrong types and broken
rules are refused with one message naming the record and the field, e.g.
``nights[12] (night_of 2026-03-04): final_wake is before lights_out``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from quietlegs.domain import vocab
from quietlegs.domain.format_reading import FormatError, _raise_first, _Record, _section, load_json, shown
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
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
    "milestones", "experiments", "regimens", "extensions",
)

EXTENSION_KEY = "quietlegs"

__all__ = ["FormatError", "load_json", "parse_journal", "parse_document", "dump_journal"]


# ----------------------------------------------------------------------------- records

KIND_FIELDS = ("slug", "name", "category", "default_amount", "default_unit", "slow_acting")
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


def _hidden_kinds(extensions: dict) -> frozenset[str] | None:
    """Our own extension: which catalog kinds the user hid (FORMAT.md leaves `extensions` free);
    ``None`` when the file does not say."""
    ours = extensions.get(EXTENSION_KEY)
    if not isinstance(ours, dict):
        return None
    hidden = ours.get("hidden_kinds")
    if isinstance(hidden, list) and all(isinstance(x, str) for x in hidden):
        return frozenset(hidden)
    return None


def _read_kind(i: int, raw: Any, hidden: frozenset[str] = frozenset()) -> InterventionKind:
    slug = raw.get("slug") if isinstance(raw, dict) else None
    rec = _Record(f"kinds[{i}]" + (f" ({shown(slug)})" if isinstance(slug, str) else ""), raw, KIND_FIELDS, "kinds", i)
    kind = InterventionKind(
        slug=rec.text("slug", True),
        name=rec.text("name", True),
        category=rec.text("category", True),
        default_amount=rec.number("default_amount"),
        default_unit=rec.text("default_unit"),
        builtin=rec.get("slug") in vocab.BUILTIN_SLUGS,
        hidden=rec.get("slug") in hidden,
        slow_acting=rec.boolean("slow_acting"),
    )
    _raise_first(rec, validate_kind(kind))
    return kind


def _read_night(i: int, raw: Any) -> tuple[_Record, Night]:
    night_of = raw.get("night_of") if isinstance(raw, dict) else None
    rec = _Record(f"nights[{i}]" + (f" (night_of {shown(night_of)})" if isinstance(night_of, str) else ""), raw,
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
    rec = _Record(f"symptoms[{i}]" + (f" (at {shown(at)})" if isinstance(at, str) else ""), raw, SYMPTOM_FIELDS,
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
    rec = _Record(f"interventions[{i}]" + (f" (at {shown(at)})" if isinstance(at, str) else ""), raw,
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
    kinds = tuple(_read_kind(i, raw, hidden or frozenset()) for i, raw in enumerate(_section(doc, "kinds")))
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
    from quietlegs.domain.milestone_format import read_milestones

    milestones = read_milestones(_section(doc, "milestones"))
    from quietlegs.domain.experiment_format import read_experiments

    experiments = read_experiments(_section(doc, "experiments"), all_kinds)
    from quietlegs.domain.regimen_format import read_regimens

    regimens = read_regimens(_section(doc, "regimens"), all_kinds)
    sections = (("nights", nights), ("symptoms", symptoms), ("interventions", interventions),
                ("appointments", appointments), ("milestones", milestones), ("experiments", experiments),
                ("regimens", regimens))
    generated = frozenset(record.id for name, records in sections
                          for raw, record in zip(_section(doc, name), records) if raw.get("id") is None)
    return JournalData(kinds=kinds, nights=nights, symptoms=symptoms, interventions=interventions,
                       appointments=appointments, milestones=milestones, experiments=experiments, regimens=regimens,
                       generated_ids=generated,
                       hidden_stated=hidden is not None)


# ----------------------------------------------------------------------------- writing

def format_datetime(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds" if dt.second else "minutes")  # (strftime: year 1 as "1")


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
    _opt(d, "slow_acting", k.slow_acting)
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
    if data.milestones:
        from quietlegs.domain.milestone_format import milestones_to_list

        doc["milestones"] = milestones_to_list(data.milestones)
    if data.experiments:
        from quietlegs.domain.experiment_format import experiments_to_list

        doc["experiments"] = experiments_to_list(data.experiments)
    if data.regimens:
        from quietlegs.domain.regimen_format import regimens_to_list

        doc["regimens"] = regimens_to_list(data.regimens)
    hidden = sorted(k.slug for k in data.kinds if k.hidden)
    if hidden:
        doc["extensions"] = {EXTENSION_KEY: {"hidden_kinds": hidden}}
    return doc


def dump_journal(data: JournalData, exported_at: datetime) -> str:
    return json.dumps(journal_to_dict(data, exported_at), ensure_ascii=False, indent=1) + "\n"
