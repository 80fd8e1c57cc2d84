"""What a change to the journal touched, so that each view refreshes only what it shows.

Like Anki's ``OpChanges``: every edit returns a :class:`Change` naming the nights (by
``night_of``) whose diary or events may differ now, whether the catalog of kinds or the
appointments changed, or that anything may have (an import, a restore). Views check the parts
they show and ignore the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quietlegs.domain.night_rule import candidate_nights


@dataclass(frozen=True)
class Change:
    nights: frozenset[date] = frozenset()
    kinds: bool = False
    appointments: bool = False
    everything: bool = False
    milestones: bool = False
    regimens: bool = False  # what is scheduled, or a night skipped (services/regimens.py)

    @classmethod
    def of_nights(cls, nights: Iterable[date]) -> Change:
        return cls(nights=frozenset(nights))

    def __or__(self, other: Change) -> Change:
        """Both changes at once (e.g. those that came while a view was hidden)."""
        if self.everything or other.everything:
            return EVERYTHING
        return Change(self.nights | other.nights, self.kinds or other.kinds,
                      self.appointments or other.appointments, milestones=self.milestones or other.milestones,
                      regimens=self.regimens or other.regimens)

    def __bool__(self) -> bool:
        return bool(self.everything or self.nights or self.kinds or self.appointments or self.milestones
                    or self.regimens)

    def touches_night(self, night_of: date) -> bool:
        return self.everything or night_of in self.nights

    def touches_any_night(self) -> bool:
        return self.everything or bool(self.nights)

    def touches_kinds(self) -> bool:
        return self.everything or self.kinds

    def touches_appointments(self) -> bool:
        return self.everything or self.appointments

    def touches_milestones(self) -> bool:
        return self.everything or self.milestones

    def touches_regimens(self) -> bool:
        return self.everything or self.regimens


NOTHING = Change()
EVERYTHING = Change(everything=True)
KINDS = Change(kinds=True)
APPOINTMENTS = Change(appointments=True)
MILESTONES = Change(milestones=True)
REGIMENS = Change(regimens=True)


def combine(changes: Iterable[Change]) -> Change:
    out = NOTHING
    for change in changes:
        out = out | change
    return out


def diary_nights(night_of: date) -> frozenset[date]:
    """The nights a diary entry of ``night_of`` touches: its own, and the next one, whose
    events start where this night ends (its ``out_of_bed``, or noon when unlogged)."""
    return frozenset((night_of, night_of + timedelta(days=1)))


def event_nights(at: datetime) -> frozenset[date]:
    """The nights an event at ``at`` may belong to (the night rule's candidates)."""
    return frozenset(candidate_nights(at))