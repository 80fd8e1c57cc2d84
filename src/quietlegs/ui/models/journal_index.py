"""The journal as the Journal page browses it: each night with its events, loaded in bulk.

One read fills the index (no query per row), and a change announced for a few nights reloads
only those nights, so a 10-year journal stays quick to edit. A night's entry is the read model
of :mod:`quietlegs.services.night_detail`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo

from quietlegs.domain.records import InterventionKind
from quietlegs.services.night_detail import NightEntry, entries_of, read_night_details
from quietlegs.storage.repository import Journal
from quietlegs.ui.models.formatting import shown_name


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
        fresh = read_night_details(self.journal, lo, hi, self.tz)
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
        return shown_name(kind) if kind else slug
