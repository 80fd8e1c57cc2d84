"""A night in full, as the Journal's detail and its rows show it: the diary entry with its
outcome figures, its symptoms, and its interventions sorted into before bed, during the night,
or "not logged" (no bedtime to compare with), by the night rule of DESIGN.md.

Read in bulk for any run of nights (one transaction); the Journal page keeps them in memory
(:class:`quietlegs.ui.models.journal_index.JournalIndex`) and reads again only the nights a
change touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from quietlegs.analysis.outcomes import NightRow, build_night_table
from quietlegs.domain.night_rule import NightPlacer, Phase
from quietlegs.domain.records import Intervention, JournalData, SymptomEvent
from quietlegs.domain.regimens import Dose, judged

if TYPE_CHECKING:
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
    regimen: list[Dose] = field(default_factory=list)  # the regimen's doses due that night (domain/regimens.py)

    @property
    def interventions(self) -> list[Intervention]:
        return self.before_bed + self.during_night + self.not_logged


def entries_of(data: JournalData, tz: tzinfo | None) -> dict[date, NightEntry]:
    """Every night of ``data`` that has a diary or an event, by ``night_of``.

    Each logged night's ``row`` is what :func:`~quietlegs.analysis.outcomes.build_night_table`
    gives for it (the same function builds it).
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
        placement = place.place(i.at)
        getattr(entry(placement.night_of), lists[placement.phase]).append(i)
    for row in build_night_table(data, tz):  # the analysis' own row for each logged night
        entry(row.night_of).row = row
    if data.regimens and entries:  # the regimen's doses: a dose is missed once its night is logged
        used: dict[tuple[date, str], list[Intervention]] = {}
        for e in entries.values():
            for i in e.before_bed + e.not_logged:  # placed above, oldest first
                used.setdefault((e.night_of, i.kind), []).append(i)
        for night_of, due in judged(data.regimens, used, place.nights, min(entries), max(entries), None).items():
            if night_of in entries:
                entries[night_of].regimen = due
    return entries


def _at(record) -> datetime:
    return record.at


def read_night_details(journal: Journal, start: date | None = None, end: date | None = None,
                       tz: tzinfo | None = None) -> dict[date, NightEntry]:
    """Every night ``start``..``end`` (inclusive, ``None`` = open) that has a diary or an event,
    read in one transaction. Nights at the edges are placed among their neighbours, so an edge
    night is as complete as any other."""
    lo = start - timedelta(days=2) if start else None  # events at the edges are placed by their neighbours
    hi = end + timedelta(days=2) if end else None
    entries = entries_of(journal.snapshot(lo, hi), tz)
    return {d: e for d, e in entries.items() if (start is None or d >= start) and (end is None or d <= end)}


def read_night_detail(journal: Journal, night_of: date, tz: tzinfo | None = None) -> NightEntry | None:
    """Night ``night_of`` in full, or ``None`` when it has neither a diary nor an event."""
    return read_night_details(journal, night_of, night_of, tz).get(night_of)
