"""The journal as the Journal page browses it: each night with its events, loaded in bulk.

One ``snapshot()`` fills the index (no query per row), and a change announced for a few nights
reloads only those nights, so a 10-year journal stays quick to edit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from quietlegs.analysis.outcomes import NightRow, build_night_table
from quietlegs.domain.pairing import Phase, nights_by_date, place_event
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, SymptomEvent
from quietlegs.storage.repository import Journal


@dataclass
class NightEntry:
    """One night: its diary row (``None`` when only events were logged) and its events."""

    night_of: date
    row: NightRow | None = None
    symptoms: list[SymptomEvent] = field(default_factory=list)
    before_bed: list[Intervention] = field(default_factory=list)
    during_night: list[Intervention] = field(default_factory=list)
    not_logged: list[Intervention] = field(default_factory=list)  # no bedtime to compare with

    @property
    def interventions(self) -> list[Intervention]:
        return self.before_bed + self.during_night + self.not_logged


def entries_of(data: JournalData, tz: tzinfo | None) -> dict[date, NightEntry]:
    """Every night of ``data`` that has a diary or an event, by ``night_of``."""
    by_date = nights_by_date(data.nights)
    entries: dict[date, NightEntry] = {}

    def entry(d: date) -> NightEntry:
        if d not in entries:
            entries[d] = NightEntry(d)
        return entries[d]

    for row in build_night_table(data, tz):
        entry(row.night_of).row = row
    for s in data.symptoms:
        entry(place_event(s.at, by_date).night_of).symptoms.append(s)
    lists = defaultdict(lambda: "not_logged", {Phase.BEFORE_BED: "before_bed", Phase.DURING_NIGHT: "during_night"})
    for i in data.interventions:
        placement = place_event(i.at, by_date)
        getattr(entry(placement.night_of), lists[placement.phase]).append(i)
    for e in entries.values():
        e.symptoms.sort(key=lambda x: x.at)
        for name in ("before_bed", "during_night", "not_logged"):
            getattr(e, name).sort(key=lambda x: x.at)
    return entries


class JournalIndex:
    """The nights of a journal in memory, oldest first, refreshed in bulk or a few at a time."""

    def __init__(self, journal: Journal, tz: tzinfo | None = None):
        self.journal = journal
        self.tz = tz
        self.entries: dict[date, NightEntry] = {}
        self.kinds: dict[str, InterventionKind] = {}

    def load(self) -> None:
        data = self.journal.snapshot()
        self.kinds = {k.slug: k for k in data.kinds}
        self.entries = entries_of(data, self.tz)

    def reload_kinds(self) -> None:
        self.kinds = {k.slug: k for k in self.journal.kinds()}

    def reload_nights(self, dates: frozenset[date]) -> dict[date, tuple[NightEntry | None, NightEntry | None]]:
        """Reload the nights ``min(dates)``..``max(dates)``; returns {night_of: (before, after)} of those
        that changed (``None`` = absent)."""
        if not dates:
            return {}
        lo, hi = min(dates), max(dates)
        # A margin of two nights each side: events at the edges are placed by their neighbours.
        fresh = entries_of(self.journal.snapshot(lo - timedelta(days=2), hi + timedelta(days=2)), self.tz)
        changes = {}
        d = lo
        while d <= hi:
            old, new = self.entries.get(d), fresh.get(d)
            if old != new:
                changes[d] = (old, new)
                if new is None:
                    del self.entries[d]
                else:
                    self.entries[d] = new
            d += timedelta(days=1)
        return changes

    def kind_name(self, slug: str) -> str:
        kind = self.kinds.get(slug)
        return kind.name if kind else slug
