"""Which night an event belongs to, and whether it came before bed or during the night.

An event belongs to night D when it happened after night D−1 ended and before night D ended.
It is *before bed* when it happened before night D's ``in_bed`` and *during the night*
otherwise. Before-bed interventions are the candidates for "what makes a night better";
during-the-night ones are reactions to a symptom and are judged only by how fast it eased.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quietlegs.domain.nights import night_end
from quietlegs.domain.records import Night


class Phase(enum.Enum):
    BEFORE_BED = "before_bed"
    DURING_NIGHT = "during_night"
    NOT_LOGGED = "not_logged"  # the night has no diary entry yet: no bedtime to compare with


@dataclass(frozen=True)
class Placement:
    night_of: date
    phase: Phase


def night_of_event(at: datetime, nights: Mapping[date, Night]) -> date:
    """The night an event at ``at`` belongs to, given the logged nights by ``night_of``."""
    # Night ends never decrease from one night to the next (nights may not overlap, a bedtime
    # lies in its window and lasts at most 20 h), so the owner is among a few candidates, and
    # their spans [end of the night before, end of the night) do not overlap: at most one holds
    # the event, whatever the order they are tried in. The likeliest first: the evening's own
    # night, then the night before (an event after midnight).
    for offset in (0, 1, -1, 2):
        candidate = at.date() - timedelta(days=offset)
        previous_end = night_end(candidate - timedelta(days=1), nights)
        if previous_end <= at < night_end(candidate, nights):
            return candidate
    # Unreachable for a consistent journal; fall back to the calendar rule.
    return at.date() if at.hour >= 12 else at.date() - timedelta(days=1)


def place_event(at: datetime, nights: Mapping[date, Night]) -> Placement:
    night_of = night_of_event(at, nights)
    night = nights.get(night_of)
    if night is None:
        return Placement(night_of, Phase.NOT_LOGGED)
    phase = Phase.BEFORE_BED if at < night.in_bed else Phase.DURING_NIGHT
    return Placement(night_of, phase)


def nights_by_date(nights) -> dict[date, Night]:
    return {n.night_of: n for n in nights}
