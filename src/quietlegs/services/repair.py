"""Setting aside the records a journal holds that the app would refuse today.

Before imports were checked against the span of dates and the other plausibility rules
(``domain.validation``), a night dated in year 1, a symptom in 9999, an amount of 1e308 or a
note with a lone surrogate could get in, and from then on the summary, the analysis, the report,
the charts and the Journal page failed. Such records are taken out of the journal once, after
the migrations, and kept in ``set-aside-YYYYMMDD-HHMMSS.json`` beside it, in the interchange
format (FORMAT.md), so they can be fixed and imported again.

Why a repair step and not a migration: what is refused depends on the validation rules, not
on the schema. A migration is frozen in time once it has run, yet it would import today's rules;
when they change, its effect would change with them, and a tightened rule would need a new
migration repeating this one. So the journal records which version of the rules it was
screened by (:data:`SCREENED`, in SQLite's ``user_version``), and a journal screened by older
rules, or restored from before any screening, is screened once more. A sound journal is read
once (0.18 s on ten years, 18,000 records: benchmarks/set_aside.py) and gains only that number;
every later open reads the number (0.4 ms).

Order of safety: the before-set-aside backup, then the file (0600, fsynced, renamed into
place, the folder fsynced), and only then the deletion, in one transaction with the mark.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quietlegs.domain import vocab
from quietlegs.domain.appointments import validate_appointment
from quietlegs.domain.appointment_format import appointment_to_dict
from quietlegs.domain.journal_format import (
    EXTENSION_KEY,
    FORMAT_NAME,
    FORMAT_VERSION,
    format_datetime,
    intervention_to_dict,
    kind_to_dict,
    night_to_dict,
    symptom_to_dict,
)
from quietlegs.domain.records import Appointment, Intervention, Night, SymptomEvent
from quietlegs.domain.validation import validate_intervention, validate_night, validate_symptom
from quietlegs.paths import DataPaths
from quietlegs.storage.backup import make_backup
from quietlegs.storage.private_files import write_private_atomically
from quietlegs.storage.repository import Journal
from quietlegs.storage.stored_rows import StoredRow, read_rows, screened_version, take_out, user_kinds

# The version of domain.validation's rules journals are screened by; raise it when a rule
# tightens (a widened rule needs nothing: what was set aside can simply be imported again).
SCREENED = 1

FILE_RE = re.compile(r"^set-aside-\d{8}-\d{6}(-\d+)?\.json$")
WHAT_TO_DO = "fix the dates in that file and import it again"
NOTE = ("Records Quiet Legs took out of the journal because it cannot use them (a date outside the "
        "span a journal can hold, an impossible amount, text that is not text). Fix them in this file "
        "and import it again: quietlegs import FILE, or File > Import in the window.")
UNREADABLE = ("These rows cannot be written as records of the format (a value that is not what its "
              "field holds, or a number JSON cannot hold), so every value is given as stored, as text.")


@dataclass(frozen=True)
class SetAside:
    """What was set aside: the file beside the journal and how many records it holds."""

    path: Path
    count: int


def _problems(record) -> list[str]:
    if isinstance(record, Night):
        errors = validate_night(record)
    elif isinstance(record, SymptomEvent):
        errors = validate_symptom(record)
    elif isinstance(record, Intervention):
        errors = validate_intervention(record)
    else:
        errors = validate_appointment(record)
    return [str(e) for e in errors]


_TO_DICT = {Night: night_to_dict, SymptomEvent: symptom_to_dict, Intervention: intervention_to_dict,
            Appointment: appointment_to_dict}


@dataclass
class _Refused:
    row: StoredRow
    problems: list[str]
    entry: dict | None  # the record in the format, or None when it cannot be written as one


def _judge(row: StoredRow) -> _Refused | None:
    try:
        record = row.record()
    except ValueError as exc:
        return _Refused(row, [str(exc)], None)
    problems = _problems(record)
    if not problems:
        return None
    try:
        entry = _TO_DICT[type(record)](record)
        json.dumps(entry, allow_nan=False)  # an infinite amount has no JSON number
    except (ValueError, TypeError, OverflowError):
        entry = None
        problems.append("a value cannot be written in the format's JSON")
    return _Refused(row, problems, entry)


def _document(refused: list[_Refused], journal: Journal, now: datetime) -> dict:
    sections: dict[str, list] = {"nights": [], "symptoms": [], "interventions": [], "appointments": []}
    unreadable, reasons = [], []
    for r in refused:
        if r.entry is not None:
            sections[r.row.table].append(r.entry)
            reasons.append({"section": r.row.table, "id": r.entry.get("id"), "problems": r.problems})
        else:
            unreadable.append({"table": r.row.table, "values": r.row.shown(), "problems": r.problems})
    used = {e["kind"] for e in sections["interventions"]}
    used |= {k for e in sections["symptoms"] for k in e.get("relieved_by", ())}
    builtin = {k.slug for k in vocab.BUILTIN_KINDS}
    kinds = [kind_to_dict(k) for k in user_kinds(journal.engine) if k.slug in used and k.slug not in builtin]
    ours = {"note": NOTE, "reasons": reasons}
    if unreadable:
        ours.update(unreadable_note=UNREADABLE, unreadable=unreadable)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "exported_at": format_datetime(now.replace(microsecond=0)),
            "kinds": kinds, **sections, "extensions": {f"{EXTENSION_KEY}_set_aside": ours}}


def _json(doc: dict) -> str:
    """UTF-8 JSON a person can read and edit; a lone surrogate (which no UTF-8 file can hold)
    is written as its escape, ``\\ud800``, which import then names and refuses."""
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def _free_name(root: Path, now: datetime) -> Path:
    target, n = root / f"set-aside-{now:%Y%m%d-%H%M%S}.json", 1
    while target.exists():
        n += 1
        target = root / f"set-aside-{now:%Y%m%d-%H%M%S}-{n}.json"
    return target


def set_aside_refused(journal: Journal, paths: DataPaths, now: datetime) -> SetAside | None:
    """Screen an open journal once (see the module's note); returns what was set aside, if anything.

    Raises StorageError (the backup) or OSError (the file), with the journal unchanged.
    """
    version = screened_version(journal.path)
    if version is None or version >= SCREENED:
        return None
    rows = read_rows(journal.engine)
    refused = [r for r in map(_judge, rows) if r is not None]
    if not refused:
        take_out(journal.engine, [], SCREENED)
        return None
    make_backup(journal.path, paths.backups, now, "before-set-aside")
    target = _free_name(paths.root, now)
    # whole or not at all, 0600, and the rename made durable before anything leaves the journal
    write_private_atomically(target, _json(_document(refused, journal, now)).encode("utf-8"), sync_folder=True)
    take_out(journal.engine, [r.row for r in refused], SCREENED)
    return SetAside(target, len(refused))


def set_aside_files(root: Path) -> list[tuple[Path, int | None]]:
    """Each ``set-aside-*.json`` beside the journal with how many records it holds (``None``
    when it cannot be read), oldest first. Reads only."""
    out = []
    for path in sorted(p for p in root.glob("set-aside-*.json") if FILE_RE.match(p.name)):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            ours = (doc.get("extensions") or {}).get(f"{EXTENSION_KEY}_set_aside") or {}
            count = sum(len(doc.get(s) or ()) for s in ("nights", "symptoms", "interventions", "appointments"))
            count += len(ours.get("unreadable") or ())
        except (OSError, ValueError, AttributeError, TypeError):
            count = None
        out.append((path, count))
    return out
