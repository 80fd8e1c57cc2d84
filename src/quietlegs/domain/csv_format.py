"""The journal as CSV files for spreadsheets (FORMAT.md, "CSV"): write and read, stdlib only.

Four files, ``kinds.csv``, ``nights.csv``, ``symptoms.csv``, ``interventions.csv``, with the
interchange format's field names as columns and lists joined with ``;``. A text cell that a
spreadsheet would run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) is written with a leading apostrophe, and read back without it.

Reading takes UTF-8 (with or without BOM) and UTF-16 (which no other text looks like), and
refuses anything else in words rather than guess it into mojibake; it finds the delimiter, and
reports *every* bad row by file, line, column and reason (the error's message is the first of
them, on one line); the rows become a version-1 document checked by the same rules as a JSON
file, so nothing is imported unless all of it is good.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from quietlegs.domain import vocab
from quietlegs.domain.format_reading import MAX_DIGITS, shown
from quietlegs.domain.journal_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INTERVENTION_FIELDS,
    KIND_FIELDS,
    NIGHT_FIELDS,
    SYMPTOM_FIELDS,
    FormatError,
    _read_intervention,
    _read_kind,
    _read_night,
    _read_symptom,
    intervention_to_dict,
    kind_to_dict,
    night_to_dict,
    parse_document,
    symptom_to_dict,
)
from quietlegs.domain.records import JournalData

SECTIONS: dict[str, tuple[str, ...]] = {
    "kinds": KIND_FIELDS,
    "nights": NIGHT_FIELDS,
    "symptoms": SYMPTOM_FIELDS,
    "interventions": INTERVENTION_FIELDS,
}
FILE_NAMES = {f"{section}.csv": section for section in SECTIONS}

INTEGER_FIELDS = {"sleep_latency_min", "awakenings", "wake_after_sleep_onset_min", "quality", "rested",
                  "legs_severity", "severity", "duration_min", "relief_min"}
NUMBER_FIELDS = {"default_amount", "amount"}
BOOLEAN_FIELDS = {"woke_me", "slow_acting"}
LIST_FIELDS = {"locations", "preceded_by", "relieved_by"}
FREE_TEXT_FIELDS = {"notes", "name", "unit", "default_unit"}
DATETIME_FIELDS = {"in_bed", "lights_out", "final_wake", "out_of_bed", "at"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
_SPACED_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2}(:[0-9]{2})?)")
# Numbers in ASCII digits only: Python's int() and float() would also read ``2_5`` and ``٢٥`` as 25.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?")
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]+")
_THOUSANDS = re.compile(r"[0-9]{1,3}(,[0-9]{3})+")


@dataclass(frozen=True)
class CsvProblem:
    file: str
    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


class CsvImportError(ValueError):
    """Every problem found, in file and line order, in ``problems``; ``str()`` is one line: the
    first problem and how many more there are (the command line's contract: one line)."""

    def __init__(self, problems: list[CsvProblem]):
        self.problems = problems
        first = " ".join(str(problems[0]).split()) if problems else "not journal CSV files"
        more = len(problems) - 1
        also = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(f"{first}{also}; nothing was imported")


# ----------------------------------------------------------------------------- formula guard

def _needs_guard(text: str) -> bool:
    """Whether ``text``, after any leading apostrophes, begins like a formula (no recursion: a
    note of 10,000 apostrophes is text too)."""
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_STARTS


def guard_cell(text: str) -> str:
    """What to write so that a spreadsheet shows ``text`` as text, never runs it."""
    return "'" + text if _needs_guard(text) else text


def unguard_cell(text: str) -> str:
    """The inverse of :func:`guard_cell`."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text


# ----------------------------------------------------------------------------- writing

def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return guard_cell(str(value))


def _table(fields: tuple[str, ...], rows: Iterable[dict]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_cell(row.get(f)) for f in fields])
    return out.getvalue()


def dump_csv(data: JournalData) -> dict[str, str]:
    """The four files' text, by file name (write them as UTF-8)."""
    return {
        "kinds.csv": _table(KIND_FIELDS, (kind_to_dict(k) for k in sorted(data.kinds, key=lambda k: k.slug))),
        "nights.csv": _table(NIGHT_FIELDS, (night_to_dict(n) for n in sorted(data.nights, key=lambda n: n.night_of))),
        "symptoms.csv": _table(SYMPTOM_FIELDS, (symptom_to_dict(s) for s in
                                                sorted(data.symptoms, key=lambda s: (s.at, s.id)))),
        "interventions.csv": _table(INTERVENTION_FIELDS, (intervention_to_dict(i) for i in
                                                          sorted(data.interventions, key=lambda i: (i.at, i.id)))),
    }


# ----------------------------------------------------------------------------- reading

class NotUtf8(ValueError):
    """Bytes that are not UTF-8 (nor UTF-16) text; the message says what to do, ``line`` where."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def decode_text(raw: bytes) -> str:
    """Text in UTF-8 (with or without BOM) or UTF-16 (with BOM, or plainly so: every other byte
    NUL). Anything else raises :class:`NotUtf8`: KOI8-R, ISO-8859-2 or Windows-1252 bytes would all
    "decode" as Windows-1252, the wrong letters stored for good, and no file says which it is."""
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return raw.decode("utf-16")
        if len(raw) >= 4 and raw.count(0) >= len(raw) // 4:
            even_nuls = raw[0::2].count(0)
            odd_nuls = raw[1::2].count(0)
            return raw.decode("utf-16-be" if even_nuls > odd_nuls else "utf-16-le")
        return raw[bom:].decode("utf-8")  # a BOM is dropped, not read as part of the first column
    except UnicodeDecodeError as exc:
        start = min(exc.start + (bom if exc.encoding == "utf-8" else 0), len(raw) - 1)
        line = raw[:start].count(b"\n") + 1
        raise NotUtf8(f"not UTF-8 text (byte 0x{raw[start]:02X} is not UTF-8): save it as UTF-8 "
                      "(\"CSV UTF-8\" in a spreadsheet) and import it again", line) from None


def _delimiter(text: str, fields: tuple[str, ...]) -> str:
    """The delimiter whose header names the most known columns (csv.Sniffer's guess first)."""
    first_line = text.split("\n", 1)[0]
    candidates = [",", ";", "\t", "|"]
    try:
        sniffed = csv.Sniffer().sniff(text[:4096], delimiters="".join(candidates)).delimiter
        candidates.remove(sniffed)
        candidates.insert(0, sniffed)
    except csv.Error:
        pass

    def score(d: str) -> int:
        return sum(1 for name in first_line.split(d) if name.strip().strip('"') in fields)

    return max(candidates, key=score)  # max keeps the first of equals: the sniffed one


def _typed(field: str, text: str) -> tuple[Any, str | None]:
    """The cell as the value a JSON document would hold, or a reason it cannot be."""
    text = unguard_cell(text)
    stripped = text.strip()
    if field in FREE_TEXT_FIELDS:  # kept exactly as written, spaces and all
        return (text if text != "" else None), None
    if stripped == "":
        return None, None
    if field in LIST_FIELDS:
        return [part.strip() for part in stripped.split(";") if part.strip()], None
    if field in BOOLEAN_FIELDS:
        low = stripped.lower()
        if low in _TRUE or low in _FALSE:
            return low in _TRUE, None
        return None, f"must be true or false (it is {stripped!r})"
    if field in INTEGER_FIELDS or field in NUMBER_FIELDS:
        return _number(field, stripped)
    if field in DATETIME_FIELDS:
        m = _SPACED_DATETIME.fullmatch(stripped)
        if m:  # a spreadsheet's way of showing 2026-11-20T22:40
            stripped = f"{m.group(1)}T{m.group(2)}"
    return stripped, None


def _number(field: str, text: str) -> tuple[Any, str | None]:
    """A number cell, strictly: ASCII digits, a point (or one decimal comma), an exponent."""
    kind = "a whole number" if field in INTEGER_FIELDS else "a number"
    if field in NUMBER_FIELDS and _THOUSANDS.fullmatch(text) and not _INTEGER.fullmatch(text):
        return None, (f"could be read two ways (it is {text!r}): write it without the comma, "
                      "or with a decimal point")
    if field in NUMBER_FIELDS and _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    if _INTEGER.fullmatch(text):
        digits = len(text.lstrip("+-"))
        return (int(text), None) if digits <= MAX_DIGITS else (None, f"is far too large (a number {digits} digits long)")
    if not _NUMBER.fullmatch(text):
        return None, f"must be {kind} (it is {shown(text)!r})"
    value = float(text)
    return (value, None) if math.isfinite(value) else (None, f"is far too large (it is {shown(text)!r})")


@dataclass
class _Rows:
    file: str
    section: str
    records: list[dict]
    lines: list[int]
    bad: set[int] = field(default_factory=set)  # rows whose cells could not be read


def _read_table(file: str, section: str, raw: bytes, problems: list[CsvProblem]) -> _Rows:
    rows = _Rows(file, section, [], [])
    fields = SECTIONS[section]
    try:
        text = decode_text(raw)
    except NotUtf8 as exc:
        problems.append(CsvProblem(file, exc.line, None, str(exc)))
        return rows
    if not text.strip():  # (an export always writes the header, even of an empty journal)
        problems.append(CsvProblem(file, 1, None, "is empty: it has no header row naming the columns"))
        return rows
    # strict: a quote that is never closed is an error naming its line, not the rest of the
    # file swallowed into one cell (a note).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, fields), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except (csv.Error, StopIteration) as exc:
        problems.append(CsvProblem(file, 1, None, f"the header row cannot be read ({_csv_words(exc)})"))
        return rows
    unknown = [h for h in header if h not in fields]
    for h in unknown:
        problems.append(CsvProblem(file, 1, shown(h) if h else "(empty)", "is not a column of this file" +
                                   (f"; the columns are {', '.join(fields)}" if h else "")))
    duplicated = {h for h in header if header.count(h) > 1}
    for h in sorted(duplicated):
        problems.append(CsvProblem(file, 1, shown(h), "appears twice in the header"))
    if unknown or duplicated:
        return rows
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(CsvProblem(file, line, None, _csv_words(exc)))
            break
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            problems.append(CsvProblem(file, start, None,
                                       f"has {len(cells)} cells but the header has {len(header)} columns"))
            continue
        record: dict[str, Any] = {}
        for name, cell in zip(header, cells):
            value, problem = _typed(name, cell)
            if problem:
                problems.append(CsvProblem(file, start, name, problem))
                rows.bad.add(len(rows.records))
            elif value is not None:
                record[name] = value
        rows.records.append(record)
        rows.lines.append(start)
    return rows


def _csv_words(exc: Exception) -> str:
    """The csv module's complaint in a spreadsheet user's words."""
    text = str(exc)
    if "unexpected end of data" in text:
        return 'has a quote (") that is never closed: the rest of the file would become one cell'
    if "expected after" in text:
        return 'has text right after a closing quote (") in a cell'
    return f"cannot be read as CSV ({text})"


def parse_csv(files: Mapping[str, bytes], known_kinds: Iterable[str] = ()) -> JournalData:
    """Parse the CSV files (by name: ``nights.csv`` …; any subset) into checked journal data.

    Raises :class:`CsvImportError` listing every problem found; nothing is returned partly.
    """
    problems: list[CsvProblem] = []
    unknown = sorted(name for name in files if name not in FILE_NAMES)
    for name in unknown:
        problems.append(CsvProblem(name, 1, None, "is not one of " + ", ".join(FILE_NAMES)))
    if not any(name in FILE_NAMES for name in files) and not unknown:
        problems.append(CsvProblem("(folder)", 1, None, "holds none of " + ", ".join(FILE_NAMES)))
    tables = {FILE_NAMES[name]: _read_table(name, FILE_NAMES[name], raw, problems)
              for name, raw in files.items() if name in FILE_NAMES}

    def rows_of(section: str) -> _Rows:
        return tables.get(section) or _Rows(f"{section}.csv", section, [], [])

    def at(section: str, index: int | None) -> tuple[str, int]:
        r = rows_of(section)
        return r.file, (r.lines[index] if index is not None and index < len(r.lines) else 1)

    def note(exc: FormatError) -> None:
        if exc.section is None:
            problems.append(CsvProblem("(files)", 1, None, str(exc)))
            return
        file, line = at(exc.section, exc.index)
        problems.append(CsvProblem(file, line, exc.field, exc.reason))

    # Each row on its own first, so that every bad row is reported, not only the first.
    kinds = rows_of("kinds")
    slugs = set(known_kinds) | vocab.BUILTIN_SLUGS
    for i, raw in enumerate(kinds.records):
        if i in kinds.bad:
            continue
        try:
            slugs.add(_read_kind(i, raw).slug)
        except FormatError as exc:
            note(exc)
    for i, raw in enumerate(rows_of("nights").records):
        if i in rows_of("nights").bad:
            continue
        try:
            _read_night(i, raw)
        except FormatError as exc:
            note(exc)
    for section, read in (("symptoms", _read_symptom), ("interventions", _read_intervention)):
        for i, raw in enumerate(rows_of(section).records):
            if i in rows_of(section).bad:
                continue
            try:
                read(i, raw, slugs)
            except FormatError as exc:
                note(exc)
    if problems:
        raise CsvImportError(sorted(problems, key=lambda p: (p.file, p.line)))

    # Then the rules between records (duplicates, overlapping nights), on the whole document.
    doc = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
           **{section: rows_of(section).records for section in SECTIONS}}
    try:
        return parse_document(doc, known_kinds)
    except FormatError as exc:
        note(exc)
        raise CsvImportError(problems) from None


def left_out_of_csv(data: JournalData) -> list[tuple[int, str]]:
    """What a CSV export cannot hold, as ``(count, noun)``: the appointments, milestones,
    planned experiments and regimens of ``data`` (the CSV files are nights, symptoms, interventions and kinds).
    A JSON export keeps everything."""
    parts = [(len(data.appointments), "appointment", "appointments"),
             (len(data.milestones), "milestone", "milestones"),
             (len(data.experiments), "planned experiment", "planned experiments"),
             (len(data.regimens), "regimen", "regimens")]
    return [(n, one if n == 1 else many) for n, one, many in parts if n]
