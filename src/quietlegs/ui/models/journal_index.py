"""The journal as the Journal page browses it: each night with its events, loaded in bulk.

One ``snapshot()`` fills the index (no query per row), and a change announced for a few nights
reloads only those nights, so a 10-year journal stays quick to edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from quietlegs.analysis.outcomes import NightRow, night_values
from quietlegs.domain.night_rule import NightPlacer, Phase
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
    """Every night of ``data`` that has a diary or an event, by ``night_of``.

    Each logged night's ``row`` is what :func:`~quietlegs.analysis.outcomes.build_night_table`
    gives for it, built here from the one placement of each event.
    """
    place = NightPlacer(data.nights)  # the night rule, one bisect per event
    entries: dict[date, NightEntry] = {}

    def entry(d: date) -> NightEntry:
        e = entries.get(d)
        if e is None:
            e = entries[d] = NightEntry(d)
        return e

    for s in sorted(data.symptoms, key=_at):
        entry(place.night_of(s.at)).symptoms.append(s)
    lists = {Phase.BEFORE_BED: "before_bed", Phase.DURING_NIGHT: "during_night", Phase.NOT_LOGGED: "not_logged"}
    for i in sorted(data.interventions, key=_at):
        placement = place(i.at)
        getattr(entry(placement.night_of), lists[placement.phase]).append(i)
    for night in sorted(data.nights, key=lambda n: n.night_of):
        e = entry(night.night_of)
        e.row = NightRow(night=night, values=night_values(night, e.symptoms, tz),
                         before_bed={i.kind for i in e.before_bed}, during_night={i.kind for i in e.during_night},
                         symptoms=list(e.symptoms))
    return entries


def _at(record) -> datetime:
    return record.at


class JournalIndex:
    """The nights of a journal in memory, oldest first, refreshed in bulk or a few at a time.

    ``journal`` is the journal itself or, when it may be replaced (a restore reopens the file,
    :meth:`JournalService.replace_journal`), a function that gives the current one: every read
    asks it afresh, so the index never reads through a closed engine.
    """

    def __init__(self, journal: Journal | Callable[[], Journal], tz: tzinfo | None = None):
        self._journal_of = journal if callable(journal) and not isinstance(journal, Journal) else (lambda: journal)
        self.tz = tz
        self.entries: dict[date, NightEntry] = {}
        self.kinds: dict[str, InterventionKind] = {}

    @property
    def journal(self) -> Journal:
        """The journal to read now."""
        return self._journal_of()

    def load(self) -> None:
        self.take(self.read())

    def read(self) -> tuple[dict[str, InterventionKind], dict[date, NightEntry]]:
        """The whole journal, read and sorted into nights; touches nothing of this index, so a
        worker thread may run it while the window goes on (:meth:`take` it afterwards)."""
        data = self.journal.snapshot()
        return {k.slug: k for k in data.kinds}, entries_of(data, self.tz)

    def take(self, loaded: tuple[dict[str, InterventionKind], dict[date, NightEntry]]) -> None:
        self.kinds, self.entries = loaded

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
