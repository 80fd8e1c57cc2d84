"""Loop Habit Tracker's CSV export: ``Habits.csv`` (one habit a line) and ``Checkmarks.csv``
(a date a line, a column a habit), as the app writes them into its .zip; each habit's own
folder (``001 Meditate/Checkmarks.csv``, ``Date,Value,Notes``) adds the notes of a day.

A habit becomes an intervention only when the person maps it to an intervention kind (e.g.
"Magnesium" → ``magnesium``); a habit named like a kind (its name or slug, any case) maps to
it by itself. Only a check the person made counts: ``2`` (YES_MANUAL), or a number above 0
for a measurable habit (its amount, in the habit's unit). ``1`` (YES_AUTO) is Loop's own guess
from the habit's frequency and is left out and counted; ``0``, ``-1`` and ``3`` (no, unknown,
skip) are no intervention. Loop keeps a day, not a time: the intervention is placed on that
day's evening by the night rule (:func:`quietlegs.domain.night_rule.evening_moment`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from quietlegs.domain.night_rule import EVENING_CLOCK
from quietlegs.domain.readers import IMPLAUSIBLE, Reading, Skipped, SourceFormatError, derived_id
from quietlegs.domain.records import Intervention, InterventionKind, JournalData
from quietlegs.domain.validation import validate_intervention

SOURCE = "loop_habits"
NAME = "Loop Habit Tracker"
UNMAPPED = "a habit not mapped to an intervention kind"
GUESSED = "a day Loop only guessed from the habit's frequency (not checked)"
YES_MANUAL = 2
CHECK_WORDS = {"YES_MANUAL": 2, "YES_AUTO": 1, "NO": 0, "UNKNOWN": -1, "SKIP": 3}


@dataclass(frozen=True)
class Habit:
    position: str
    name: str
    measurable: bool = False
    unit: str | None = None


def looks_like_habits(text: str) -> bool:
    """True when the first line is Loop's Habits.csv header (Position,Name,…)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return [c.strip() for c in first.split(",")[:2]] == ["Position", "Name"]


def _rows(text: str) -> list[list[str]]:
    return [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")) if any(c.strip() for c in r)]


def read_habits(text: str, file_name: str = "Habits.csv") -> list[Habit]:
    rows = _rows(text)
    header = [c.strip() for c in rows[0]] if rows else []
    if "Name" not in header:
        raise SourceFormatError(f"{file_name} line 1: has no Name column")
    col = {name: i for i, name in enumerate(header)}

    def cell(row: list[str], name: str) -> str:
        i = col.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    habits = []
    for line, row in enumerate(rows[1:], start=2):
        name = cell(row, "Name")
        if not name:
            raise SourceFormatError(f"{file_name} line {line}: Name is empty")
        kind = cell(row, "Type").upper()
        measurable = kind in ("NUMERICAL", "MEASURABLE", "NUMERICAL_HABIT", "MEASURABLE_HABIT")
        habits.append(Habit(cell(row, "Position"), name, measurable, cell(row, "Unit") or None))
    return habits


def suggested_kind(habit: str, kinds: Iterable[InterventionKind]) -> str | None:
    """The kind a habit maps to by itself: the one whose name or slug is the habit's name."""
    key = habit.strip().casefold()
    for k in kinds:
        if key in (k.slug.casefold(), k.name.strip().casefold(), k.slug.replace("_", " ").casefold()):
            return k.slug
    return None


def _value(text: str, measurable: bool, where: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if not measurable and text.upper() in CHECK_WORDS:
        return CHECK_WORDS[text.upper()]
    try:
        return float(text)
    except ValueError:
        raise SourceFormatError(f"{where}: {text!r} is not a check (2, 1, 0, -1, 3) or a number") from None


def read_loop_habits(habits_text: str, checkmarks_text: str, mapping: Mapping[str, str],
                     kinds: Iterable[InterventionKind], notes: Mapping[tuple[str, date], str] | None = None,
                     file_names: tuple[str, str] = ("Habits.csv", "Checkmarks.csv")) -> Reading:
    """The interventions the checks of mapped habits give; ``mapping``: habit name → kind slug, or
    "" for not imported (a habit not in it maps by name, or not at all). Raises :class:`SourceFormatError`."""
    habits = {h.name: h for h in read_habits(habits_text, file_names[0])}
    kinds = list(kinds)
    slugs = {k.slug for k in kinds}
    # An empty kind in the mapping is the person's "do not import", which no suggestion overrides.
    chosen = {name: (mapping[name] or None) if name in mapping else suggested_kind(name, kinds) for name in habits}
    for name, slug in chosen.items():
        if slug is not None and slug not in slugs:
            raise SourceFormatError(f"the habit {name!r} is mapped to {slug!r}, which is no intervention kind")
    rows = _rows(checkmarks_text)
    header = [c.strip() for c in rows[0]] if rows else []
    if not header or header[0] != "Date":
        raise SourceFormatError(f"{file_names[1]} line 1: the first column must be Date")
    items: list[Intervention] = []
    skipped: list[Skipped] = []
    for line, row in enumerate(rows[1:], start=2):
        try:
            day = date.fromisoformat(row[0].strip())
        except ValueError:
            raise SourceFormatError(f"{file_names[1]} line {line}: Date: {row[0]!r} is not a date like 2015-01-25") \
                from None
        for column, text in zip(header[1:], row[1:]):
            habit = habits.get(column)
            if habit is None:
                continue  # the trailing empty column Loop writes, or a habit Habits.csv does not list
            value = _value(text, habit.measurable, f"{file_names[1]} line {line} ({column})")
            done = value is not None and (value > 0 if habit.measurable else value == YES_MANUAL)
            if not habit.measurable and value == CHECK_WORDS["YES_AUTO"]:
                skipped.append(Skipped(f"{column} {day}", GUESSED))
            if not done:
                continue
            slug = chosen[column]
            if slug is None:
                skipped.append(Skipped(column, UNMAPPED, str(day)))
                continue
            note = (notes or {}).get((column, day), "")
            item = Intervention(
                at=datetime.combine(day, EVENING_CLOCK), kind=slug,
                amount=value if habit.measurable else None, unit=habit.unit if habit.measurable else None,
                notes=f"Loop Habit Tracker: {column}" + (f" — {note}" if note else ""),
                id=derived_id(SOURCE, f"{column}\n{day.isoformat()}"))
            errors = validate_intervention(item, slugs)
            if errors:
                skipped.append(Skipped(f"{column} {day}", IMPLAUSIBLE, str(errors[0])))
                continue
            items.append(item)
    return Reading(NAME, JournalData(interventions=tuple(items)), tuple(skipped), files=2,
                   extra={"habits": list(habits), "mapping": {k: v for k, v in chosen.items() if v},
                          "day_only": True})


def read_habit_notes(folder_files: Iterable[tuple[str, str]], habits_text: str) -> dict[tuple[str, date], str]:
    """The notes of each habit's own Checkmarks.csv (``NNN Name/Checkmarks.csv``: Date,Value,Notes),
    by (habit name, day). A file that does not read so is passed over: notes are a bonus."""
    by_position = {h.position: h.name for h in read_habits(habits_text)}
    notes: dict[tuple[str, date], str] = {}
    for folder, text in folder_files:
        name = by_position.get(folder.split(" ", 1)[0])
        if name is None:
            continue
        for row in _rows(text)[1:]:
            if len(row) >= 3 and row[2].strip():
                try:
                    notes[(name, date.fromisoformat(row[0].strip()))] = " ".join(row[2].split())
                except ValueError:
                    continue
    return notes
