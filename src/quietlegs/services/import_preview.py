"""What an import would do, before it does it: the one count the command line's ``--dry-run``
prints and the window's confirmation shows, and the records the import then writes.

Quiet Legs' own files keep FORMAT.md's rule: a record whose id is in the journal is replaced by
the file's version. Another app's export never overwrites: a night whose date is already
logged (by hand, or imported before and edited since) is left as it is and counted; one
imported before and unchanged is counted as already imported; naps, duplicates and
implausible records the reader left out are counted with their reason.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from quietlegs.domain.night_rule import evening_moment
from quietlegs.domain.readers import Skipped
from quietlegs.domain.records import JournalData, Night
from quietlegs.domain.validation import InvalidRecord
from quietlegs.paths import DataPaths
from quietlegs.services.importing import ImportResult, import_into
from quietlegs.storage.import_sources import ImportSource
from quietlegs.storage.repository import Journal

ALREADY_IMPORTED = "already imported (unchanged)"
ALREADY_LOGGED = "that night is already logged in your journal (kept as it is)"
OVERLAPS_LOGGED = "overlaps a night already logged in your journal"
SHOWN_EXAMPLES = 3
SECTIONS = ("nights", "symptoms", "interventions", "kinds", "appointments", "experiments", "regimens")


def _many(n: int, one: str) -> str:
    more = {"night": "nights", "symptom": "symptoms", "intervention": "interventions", "kind": "kinds",
            "appointment": "appointments", "part": "parts"}.get(one, one + "s")
    return f"{n:,} {one if n == 1 else more}"


@dataclass(frozen=True)
class ImportPlan:
    """What importing ``source`` into a journal would add, replace and skip (and why)."""

    source: str  # "Quiet Legs", "Sleep as Android", "Fitbit"
    to_write: JournalData
    added: dict[str, int]
    replaced: dict[str, int]  # Quiet Legs' own files: records the file's version replaces
    skipped: tuple[Skipped, ...] = ()
    joined_segments: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    own_format: bool = False  # Quiet Legs' own file: written even when it brings nothing (as ever)
    problems: tuple[str, ...] = ()  # why the import would be refused (the import's own check, run ahead)
    habits: tuple[tuple[str, str | None], ...] = ()  # a habit tracker's habits and the kinds they map to
    columns: tuple[tuple[str, str], ...] = ()  # a CSV file of nights: (field, column) as read

    @property
    def unmapped_habits(self) -> list[str]:
        return [name for name, slug in self.habits if slug is None]

    @property
    def skipped_by_reason(self) -> list[tuple[str, int]]:
        counts = Counter(s.reason for s in self.skipped)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def writes_anything(self) -> bool:
        return any(self.added.values()) or any(self.replaced.values())

    def lines(self, done: bool = False, with_added: bool = True) -> list[str]:
        """The plan in plain sentences, one a line: what would happen, or (``done``) what did
        (``with_added=False``: all but the sentence of what is added, said apart after an import)."""
        verb = {"add": "Added", "replace": "Replaced", "join": "Joined", "skip": "Skipped"} if done else \
            {"add": "Would add", "replace": "Would replace", "join": "Would join", "skip": "Would skip"}
        out: list[str] = [f"Habit {name!r} → {slug}" if slug else f"Habit {name!r} → not mapped to a kind"
                          for name, slug in self.habits]
        out += [f"Column {column!r} → {name}" for name, column in self.columns]
        added = [_many(self.added[s], s[:-1]) for s in SECTIONS if self.added.get(s)]
        if with_added:
            out.append(f"{verb['add']} " + ", ".join(added) + "." if added else
                       ("Nothing new was added." if done else "Nothing new would be added."))
        replaced = [_many(self.replaced[s], s[:-1]) for s in SECTIONS if self.replaced.get(s)]
        if replaced:
            out.append(f"{verb['replace']} " + ", ".join(replaced) + " with the file's version.")
        if self.joined_segments:
            out.append(f"{verb['join']} {_many(self.joined_segments, 'part')} of split nights into the nights "
                       "they belong to.")
        for reason, n in self.skipped_by_reason:
            every = self.examples.get(reason, [])
            example = every[:SHOWN_EXAMPLES]
            more = len(every) - len(example)
            shown = (": " + ", ".join(example) + (f" and {more:,} more" if more else "")) if example else ""
            out.append(f"{verb['skip']} {n:,} — {reason}{shown}.")
        return out


def _overlaps(night: Night, logged: dict[date, Night], dates: list[date]) -> bool:
    """Whether ``night`` overlaps the logged night before it or after it (``dates``: sorted)."""
    i = bisect.bisect_left(dates, night.night_of)
    before = logged[dates[i - 1]] if i > 0 else None
    after = logged[dates[i]] if i < len(dates) else None
    return bool((before and night.in_bed < before.out_of_bed) or (after and after.in_bed < night.out_of_bed))


def _count_known(records, journal_records, made_up: frozenset[str], by_content) -> tuple[int, int]:
    """(new, replaced): a record is the journal's when its id is (whatever its case), or, when
    the file gave it no id, when its content is (the rule of storage.import_matching)."""
    ids = {r.id.lower() for r in journal_records}
    contents = {by_content(r) for r in journal_records}
    replaced = sum(1 for r in records if (by_content(r) in contents if r.id in made_up else r.id.lower() in ids))
    return len(records) - replaced, replaced


def _own_plan(journal: Journal, current: JournalData, data: JournalData) -> ImportPlan:
    added: dict[str, int] = {}
    replaced: dict[str, int] = {}
    for section, by_content in (("nights", lambda n: n.night_of), ("symptoms", lambda r: replace(r, id="")),
                                ("interventions", lambda r: replace(r, id="")),
                                ("appointments", lambda r: replace(r, id="")),
                                ("experiments", lambda r: replace(r, id="")),
                                ("regimens", lambda r: replace(r, id="", skipped=frozenset()))):
        added[section], replaced[section] = _count_known(
            getattr(data, section), getattr(current, section), data.generated_ids, by_content)
    slugs = {k.slug for k in current.kinds}
    added["kinds"] = sum(1 for k in data.kinds if k.slug not in slugs)
    replaced["kinds"] = 0  # a listed kind renames the one there: not a record of the journal
    try:
        journal.check_import(data)  # the import's own check against the journal, which writes nothing
        problems: tuple[str, ...] = ()
    except InvalidRecord as exc:
        problems = (str(exc),)
    return ImportPlan("Quiet Legs", data, added, replaced, own_format=True, problems=problems)


def plan_import(journal: Journal, source: ImportSource) -> ImportPlan:
    """What importing ``source`` into ``journal`` would do; reads the journal, writes nothing."""
    current = journal.export()
    data = source.data
    if source.reading is None:  # Quiet Legs' own file: FORMAT.md's merge by id
        return _own_plan(journal, current, data)

    reading = source.reading
    by_id = {n.id: n for n in current.nights}
    by_date = {n.night_of: n for n in current.nights}
    dates = sorted(by_date)
    skipped = list(reading.skipped)
    nights: list[Night] = []
    for n in data.nights:
        if n.id in by_id and by_id[n.id] == n:
            skipped.append(Skipped(f"{n.night_of}", ALREADY_IMPORTED))
        elif n.id in by_id or n.night_of in by_date:
            skipped.append(Skipped(f"{n.night_of}", ALREADY_LOGGED))
        elif _overlaps(n, by_date, dates):
            skipped.append(Skipped(f"{n.night_of}", OVERLAPS_LOGGED))
        else:
            nights.append(n)
    known_events = {i.id for i in current.interventions}
    interventions = tuple(i for i in data.interventions if i.id not in known_events)
    if reading.extra.get("day_only"):  # the source keeps a day, not a time: that day's evening
        logged = {**by_date, **{n.night_of: n for n in nights}}
        interventions = tuple(replace(i, at=evening_moment(i.at.date(), logged)) for i in interventions)
    for i in data.interventions:
        if i.id in known_events:
            skipped.append(Skipped(f"{i.kind} {i.at:%Y-%m-%d}", ALREADY_IMPORTED))
    slugs = {k.slug for k in current.kinds}
    kinds = tuple(k for k in data.kinds if k.slug not in slugs)
    to_write = JournalData(kinds=kinds, nights=tuple(nights), interventions=interventions)
    examples: dict[str, list[str]] = {}
    for s in skipped:
        shown = examples.setdefault(s.reason, [])
        if s.what not in shown:
            shown.append(s.what)
    problems: tuple[str, ...] = ()
    try:
        journal.check_import(to_write)  # anything the counts above did not foresee, as the import would say it
    except InvalidRecord as exc:
        problems = (str(exc),)
    mapping = reading.extra.get("mapping", {})
    habits = tuple((name, mapping.get(name)) for name in reading.extra.get("habits", ()))
    return ImportPlan(reading.source, to_write,
                      {"nights": len(nights), "interventions": len(interventions), "kinds": len(kinds)},
                      {}, tuple(skipped), reading.joined_segments, examples, habits=habits, problems=problems,
                      columns=tuple(reading.extra.get("columns", {}).items()))


def carry_out(journal: Journal, paths: DataPaths, plan: ImportPlan, now: datetime) -> ImportResult | None:
    """Write what ``plan`` adds (services.importing: checked, backed up, all or nothing);
    None when it adds nothing (then nothing is backed up or written)."""
    if not plan.writes_anything and not plan.own_format:
        return None
    return import_into(journal, paths, plan.to_write, now)
