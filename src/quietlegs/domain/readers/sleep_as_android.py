"""Sleep as Android's ``sleep-export.csv``: pairs of a header line and a record line.

Each record's header starts ``Id,Tz,From,To,Sched,Hours,Rating,Comment`` and goes on with the
record's own columns (actigraphy times, ``Event``), so every record is read by its own header.
``From`` and ``To`` are wall-clock times in the record's ``Tz`` ("27. 11. 2020 7:00"), which
is what the journal keeps. ``Id`` (the start in milliseconds) names the record. ``Rating`` is
0–5 stars in halves, 0 meaning not rated; a whole star rating is the night's quality, any
other is kept in the notes. ``Comment`` (with its #tags) goes into the notes as it is.
Sleep as Android does not say when sleep began: tracking starts at lights out, latency 0.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

from quietlegs.domain.readers import DUPLICATE, Reading, Skipped, SourceFormatError
from quietlegs.domain.readers.sleeps import Sleep, describe, nights_from_sleeps
from quietlegs.domain.records import JournalData

SOURCE = "sleep_as_android"
NAME = "Sleep as Android"
HEADER_START = ("Id", "Tz", "From", "To")
REQUIRED = ("Id", "From", "To")
_TIME = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s+(\d{1,2}):(\d{2})\s*$")


def looks_like(text: str) -> bool:
    """True when the first line is a Sleep as Android record header."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    cells = [c.strip().strip('"') for c in first.split(",")[:4]]
    return tuple(cells) == HEADER_START


def _time(value: str, column: str, where: str) -> datetime:
    m = _TIME.match(value)
    if not m:
        raise SourceFormatError(f"{where}: {column}: {value!r} is not a time like '27. 11. 2020 7:00'")
    day, month, year, hour, minute = map(int, m.groups())
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        raise SourceFormatError(f"{where}: {column}: {value!r} is not a real date and time") from None


def _rating(value: str, where: str) -> float | None:
    text = value.strip().replace(",", ".")
    if not text:
        return None
    try:
        stars = float(text)
    except ValueError:
        raise SourceFormatError(f"{where}: Rating: {value!r} is not a number of stars") from None
    if not 0 <= stars <= 5:
        raise SourceFormatError(f"{where}: Rating: {value!r} is not from 0 to 5 stars")
    return stars or None  # 0: not rated


def _notes(comment: str, stars: float | None) -> tuple[int | None, str]:
    text = " ".join(comment.replace("\\n", "\n").split())  # the app writes a new line as \n
    if stars is None:
        return None, text
    if stars.is_integer() and stars >= 1:
        return int(stars), text
    rating = f"Sleep as Android rating: {stars:g} of 5 stars"
    return None, f"{text}\n{rating}" if text else rating


def read_sleep_as_android(text: str, file_name: str = "sleep-export.csv") -> Reading:
    """Parse the whole export. Raises :class:`SourceFormatError` naming the line and column."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    sleeps: list[Sleep] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    header: list[str] | None = None
    for row in rows:
        line = rows.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if row[0].strip() == "Id":
            header = [c.strip() for c in row]
            continue
        where = f"{file_name} line {line}"
        if header is None or not all(c in header for c in REQUIRED):
            raise SourceFormatError(f"{where}: a record without its header line (Id,Tz,From,To,…)")
        cells = dict(zip(header, row))  # the first of repeated columns ("Event") is enough here
        for c in REQUIRED:
            if not cells.get(c, "").strip():
                raise SourceFormatError(f"{where}: {c} is empty")
        record_id = cells["Id"].strip()
        start, end = _time(cells["From"], "From", where), _time(cells["To"], "To", where)
        if end < start:
            raise SourceFormatError(f"{where}: To ({cells['To']}) is before From ({cells['From']})")
        if record_id in seen:
            skipped.append(Skipped(describe(start, end), DUPLICATE, f"Id {record_id}"))
            continue
        seen.add(record_id)
        quality, notes = _notes(cells.get("Comment", ""), _rating(cells.get("Rating", ""), where))
        sleeps.append(Sleep(source_id=record_id, in_bed=start, out_of_bed=end, quality=quality, notes=notes))
    nights, left_out, joined = nights_from_sleeps(SOURCE, sleeps)
    return Reading(NAME, JournalData(nights=tuple(nights)), tuple(skipped + left_out), joined)
