"""The journal as the Journal page browses it: each night with its events, loaded in bulk.

One ``snapshot()`` fills the index (no query per row), and a change announced for a few nights
reloads only those nights, so a 10-year journal stays quick to edit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from quietlegs.analysis.outcomes import NightRow, night_values
from quietlegs.domain.nights import night_end
from quietlegs.domain.pairing import Phase, Placement, nights_by_date, place_event
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
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


def _placer(nights_by_day: dict[date, Night]):
    """A fast ``place_event`` for many events: the same answers, one bisect each.

    Night D owns the events from the end of night D−1 to its own end (pairing.py). Night ends
    never decrease from one day to the next in a consistent journal, so the owner of ``at`` is
    the first day whose end lies after ``at``. A journal where they do decrease (it cannot be
    saved so, but a file could say so) is placed the slow, general way.
    """
    if not nights_by_day:
        return lambda at: place_event(at, nights_by_day)
    first = min(nights_by_day) - timedelta(days=3)
    last = max(nights_by_day) + timedelta(days=3)
    days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
    ends = [night_end(d, nights_by_day) for d in days]
    if any(b < a for a, b in zip(ends, ends[1:])):
        return lambda at: place_event(at, nights_by_day)
    lo_edge, hi_edge = ends[0], ends[-2]

    def place(at: datetime) -> Placement:
        if not (lo_edge <= at < hi_edge):  # far from every logged night: the general rule
            return place_event(at, nights_by_day)
        night_of = days[bisect.bisect_right(ends, at)]
        if not (-1 <= (at.date() - night_of).days <= 2):  # outside the rule's candidates: be general
            return place_event(at, nights_by_day)
        night = nights_by_day.get(night_of)
        if night is None:
            return Placement(night_of, Phase.NOT_LOGGED)
        return Placement(night_of, Phase.BEFORE_BED if at < night.in_bed else Phase.DURING_NIGHT)

    return place


def entries_of(data: JournalData, tz: tzinfo | None) -> dict[date, NightEntry]:
    """Every night of ``data`` that has a diary or an event, by ``night_of``.

    Each logged night's ``row`` is what :func:`~quietlegs.analysis.outcomes.build_night_table`
    gives for it, built here from the one placement of each event.
    """
    by_date = nights_by_date(data.nights)
    place = _placer(by_date)
    entries: dict[date, NightEntry] = {}

    def entry(d: date) -> NightEntry:
        e = entries.get(d)
        if e is None:
            e = entries[d] = NightEntry(d)
        return e

    for s in sorted(data.symptoms, key=_at):
        entry(place(s.at).night_of).symptoms.append(s)
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
