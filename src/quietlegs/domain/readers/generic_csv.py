"""Any other CSV file with a night a line: the person says which column holds what (or the
columns are named so plainly that they say it themselves), and each line becomes a night.

Columns are named by FORMAT.md's night fields: ``in_bed`` and ``out_of_bed`` or ``final_wake``
are needed; ``night_of``, ``lights_out``, ``sleep_latency_min``, ``awakenings``,
``wake_after_sleep_onset_min``, ``quality``, ``rested``, ``legs_severity`` and ``notes`` may
be given. Times are full dates and times (the night rule then decides the night, whatever a
date column says), or clock times beside a ``night_of`` date (dated by the night rule: 23:10 is
that evening, 00:40 the morning after). A missing lights out is the
bedtime, a missing final wake the time out of bed (and the other way round), and missing
minutes and awakenings are 0. Dates are ISO (2026-03-04) or day and month in the order the file
shows (31/12/2026 can only be day first) or the person says.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from quietlegs.domain.night_rule import night_of_for_bedtime, resolve_night_clocks
from quietlegs.domain.readers import DUPLICATE, IMPLAUSIBLE, OVERLAP, Reading, Skipped, SourceFormatError, derived_id
from quietlegs.domain.readers.sleeps import describe
from quietlegs.domain.records import JournalData, Night
from quietlegs.domain.validation import validate_night

SOURCE = "csv"
NAME = "CSV"
TIMES = ("in_bed", "lights_out", "final_wake", "out_of_bed")
NUMBERS = ("sleep_latency_min", "awakenings", "wake_after_sleep_onset_min", "quality", "rested", "legs_severity")
FIELDS = ("night_of", *TIMES, *NUMBERS, "notes")
ORDERS = ("dmy", "mdy")

# Column names that say by themselves which field they are (compared without case, spaces or _).
PLAIN_NAMES: dict[str, tuple[str, ...]] = {
    "night_of": ("nightof", "night", "date", "day"),
    "in_bed": ("inbed", "bedtime", "wenttobed", "sleepstart", "starttime", "start"),
    "lights_out": ("lightsout",),
    "final_wake": ("finalwake", "wake", "woke", "wokeup", "waketime", "wakeup", "wakeuptime"),
    "out_of_bed": ("outofbed", "gotup", "risetime", "sleepend", "endtime", "end"),
    "sleep_latency_min": ("sleeplatencymin", "latency", "minutestofallasleep"),
    "awakenings": ("awakenings", "wakings", "timeswoken"),
    "wake_after_sleep_onset_min": ("wakeaftersleeponsetmin", "waso", "minutesawake"),
    "quality": ("quality", "sleepquality"),
    "rested": ("rested",),
    "legs_severity": ("legsseverity", "legs", "legdiscomfort"),
    "notes": ("notes", "note", "comment", "comments"),
}


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds each field (field → column name); ``dates``: "dmy", "mdy" or None
    (decided from the file)."""

    columns: Mapping[str, str] = field(default_factory=dict)
    dates: str | None = None

    @property
    def complete(self) -> bool:
        return "in_bed" in self.columns and ("out_of_bed" in self.columns or "final_wake" in self.columns)


def header_of(text: str) -> list[str]:
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")):
        return [c.strip() for c in row]
    return []


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def guess_columns(header: list[str]) -> ColumnMap:
    """The fields the header's names say plainly (may be incomplete: see ``complete``)."""
    found: dict[str, str] = {}
    keys = {_key(c): c for c in header if c}
    for f, names in PLAIN_NAMES.items():
        for n in names:
            if n in keys and keys[n] not in found.values():
                found[f] = keys[n]
                break
    return ColumnMap(found)


def _date_order(values: list[str], wanted: str | None) -> str | None:
    if wanted is not None:
        return wanted
    for v in values:
        parts = v.replace(".", "/").replace("-", "/").split()[0].split("/") if v.strip() else []
        if len(parts) == 3 and len(parts[0]) <= 2 and parts[0].isdigit() and parts[1].isdigit():
            if int(parts[0]) > 12:
                return "dmy"
            if int(parts[1]) > 12:
                return "mdy"
    return None


_CLOCKS = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I:%M:%S %p")


def _parse_date(text: str, order: str | None, where: str) -> date:
    t = text.strip()
    try:
        return date.fromisoformat(t)
    except ValueError:
        pass
    sep = "/" if "/" in t else "." if "." in t else "-"
    parts = t.split(sep)
    if len(parts) == 3 and all(p.strip().isdigit() for p in parts) and len(parts[2].strip()) == 4:
        a, b, y = (int(p) for p in parts)
        if order is None and a <= 12 and b <= 12 and a != b:
            raise SourceFormatError(f"{where}: {t!r} could be day/month or month/day: say which order the "
                                    "dates are in")
        day, month = (a, b) if order in (None, "dmy") else (b, a)
        try:
            return date(y, month, day)
        except ValueError:
            raise SourceFormatError(f"{where}: {t!r} is not a real date") from None
    raise SourceFormatError(f"{where}: {t!r} is not a date like 2026-03-04 or 04/03/2026")


def _parse_time(text: str, order: str | None, where: str) -> datetime | time:
    """A full date and time, or a clock time alone."""
    t = " ".join(text.replace("T", " ").split())
    for fmt in _CLOCKS:
        try:
            return datetime.strptime(t, fmt).time()
        except ValueError:
            continue
    day_part, _, clock_part = t.partition(" ")
    if clock_part:
        for fmt in _CLOCKS:
            try:
                clock = datetime.strptime(clock_part, fmt).time()
            except ValueError:
                continue
            return datetime.combine(_parse_date(day_part, order, where), clock)
    raise SourceFormatError(f"{where}: {text.strip()!r} is not a time like 23:10 or 2026-03-04 23:10")


def _number(text: str, where: str) -> int | None:
    t = text.strip()
    if not t:
        return None
    try:
        value = float(t.replace(",", "."))
    except ValueError:
        raise SourceFormatError(f"{where}: {t!r} is not a number") from None
    if not value.is_integer():
        raise SourceFormatError(f"{where}: {t!r} is not a whole number")
    return int(value)


def read_generic_csv(text: str, columns: ColumnMap, file_name: str = "nights.csv") -> Reading:
    """One night a line, by ``columns``. Raises SourceFormatError naming the line and column."""
    rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))]
    header = [c.strip() for c in rows[0]] if rows else []
    for f, column in columns.columns.items():
        if f not in FIELDS:
            raise SourceFormatError(f"{f!r} is not a night field (fields: {', '.join(FIELDS)})")
        if column not in header:
            raise SourceFormatError(f"{file_name} has no column {column!r} (its columns: {', '.join(header)})")
    if not columns.complete:
        raise SourceFormatError(f"{file_name}: say which column is in_bed, and which is out_of_bed or final_wake")
    index = {f: header.index(c) for f, c in columns.columns.items()}
    body = [(line, r) for line, r in enumerate(rows[1:], start=2) if any(c.strip() for c in r)]

    def cell(row: list[str], f: str) -> str:
        i = index.get(f)
        return row[i] if i is not None and i < len(row) else ""

    dated = [cell(r, f) for _, r in body for f in ("night_of", *TIMES) if f in index]
    order = _date_order(dated, columns.dates)
    nights: list[Night] = []
    skipped: list[Skipped] = []
    seen: set[date] = set()
    for line, row in body:
        def where(f: str) -> str:
            return f"{file_name} line {line}, column {columns.columns[f]!r}"

        times = {f: _parse_time(cell(row, f), order, where(f)) for f in TIMES if f in index and cell(row, f).strip()}
        if "in_bed" not in times or not ({"out_of_bed", "final_wake"} & set(times)):
            missing = "in_bed" if "in_bed" not in times else "out_of_bed" if "out_of_bed" in index else "final_wake"
            raise SourceFormatError(f"{where(missing)}: is empty")
        times.setdefault("lights_out", times["in_bed"])
        times.setdefault("final_wake", times.get("out_of_bed"))
        times.setdefault("out_of_bed", times["final_wake"])
        night_of = _parse_date(cell(row, "night_of"), order, where("night_of")) if cell(row, "night_of").strip() \
            else None
        if all(isinstance(v, datetime) for v in times.values()):
            moments = [times[f] for f in TIMES]
            night_of = night_of_for_bedtime(moments[0])  # the night rule, whatever day a date column names
        elif night_of is not None:
            clocks = [v.time() if isinstance(v, datetime) else v for v in (times[f] for f in TIMES)]
            moments = list(resolve_night_clocks(night_of, *clocks))
        else:
            raise SourceFormatError(f"{file_name} line {line}: clock times need a night_of date column")
        numbers = {f: _number(cell(row, f), where(f)) for f in NUMBERS if f in index}
        night = Night(
            night_of=night_of, in_bed=moments[0], lights_out=moments[1], final_wake=moments[2],
            out_of_bed=moments[3], sleep_latency_min=numbers.get("sleep_latency_min") or 0,
            awakenings=numbers.get("awakenings") or 0,
            wake_after_sleep_onset_min=numbers.get("wake_after_sleep_onset_min") or 0,
            quality=numbers.get("quality"), rested=numbers.get("rested"),
            legs_severity=numbers.get("legs_severity"), notes=" ".join(cell(row, "notes").split()),
            id=derived_id(SOURCE, f"{night_of.isoformat()}\n{moments[0].isoformat()}"))
        what = f"line {line} ({describe(night.in_bed, night.out_of_bed)})"
        if night_of in seen:
            skipped.append(Skipped(what, DUPLICATE, f"a second line for the night of {night_of}"))
            continue
        errors = validate_night(night)
        if errors:
            skipped.append(Skipped(what, IMPLAUSIBLE, str(errors[0])))
            continue
        seen.add(night_of)
        nights.append(night)
    kept: list[Night] = []
    for n in sorted(nights, key=lambda n: n.night_of):
        if kept and n.in_bed < kept[-1].out_of_bed:
            skipped.append(Skipped(str(n.night_of), OVERLAP, f"the night of {kept[-1].night_of}"))
            continue
        kept.append(n)
    return Reading(NAME, JournalData(nights=tuple(kept)), tuple(skipped),
                   extra={"columns": dict(columns.columns), "dates": order})
