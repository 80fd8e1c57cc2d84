"""The night rule, in one place: which night a moment belongs to, before bed or during it, and
how a clock time typed for a night becomes a date.

*Night of D* is the night that began on the evening of date D. It ends at its ``out_of_bed``
time; an unlogged night D ends at D+1 12:00. ``in_bed`` lies between D 12:00 and D+1 12:00.

An event belongs to night D when it happened after night D−1 ended and before night D ended.
It is *before bed* when it happened before night D's ``in_bed`` and *during the night*
otherwise. Before-bed interventions are the candidates for "what makes a night better";
during-the-night ones are reactions to a symptom and are judged only by how fast it eased.

Times are local wall-clock readings without a zone (FORMAT.md), and the rule compares them as
such: a night across a daylight-saving change is placed by what the clocks read, and
:mod:`quietlegs.domain.localtime` turns readings into real minutes where durations matter.
Nothing here reads the time: every function is handed the moment and the nights it needs.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain.records import Night

NOON = time(12, 0)
EVENING = time(18, 0)  # from here on a check-in is about tonight, not last night
MAX_TIME_IN_BED = timedelta(hours=20)
_DAY = timedelta(days=1)


class Phase(enum.Enum):
    BEFORE_BED = "before_bed"
    DURING_NIGHT = "during_night"
    NOT_LOGGED = "not_logged"  # the night has no diary entry yet: no bedtime to compare with


@dataclass(frozen=True)
class Placement:
    night_of: date
    phase: Phase


# ---------------------------------------------------------------------- a night's bounds

def window_start(night_of: date) -> datetime:
    """The earliest ``in_bed`` a night of ``night_of`` may have: noon of that date."""
    return datetime.combine(night_of, NOON)


def window_end(night_of: date) -> datetime:
    """The latest ``in_bed`` (exclusive), and the end of the night when it is not logged."""
    return datetime.combine(night_of + _DAY, NOON)


def nights_by_date(nights: Iterable[Night]) -> dict[date, Night]:
    return {n.night_of: n for n in nights}


def night_end(night_of: date, nights: Mapping[date, Night]) -> datetime:
    """When night ``night_of`` ended: its ``out_of_bed``, or D+1 12:00 when not logged."""
    night = nights.get(night_of)
    return night.out_of_bed if night is not None else window_end(night_of)


def night_start(night_of: date, nights: Mapping[date, Night]) -> datetime:
    """When night ``night_of``'s events begin: the moment the night before it ended."""
    return night_end(night_of - _DAY, nights)


# ---------------------------------------------------------------------- placing events

def candidate_nights(at: datetime) -> tuple[date, ...]:
    """The nights an event at ``at`` may belong to, whatever was logged, the likeliest first:
    the evening's own night, the night before (an event after midnight), the next one, and the
    one before that (a night that began before noon and lasted 20 h). So a change at ``at``
    touches no other night's events."""
    return tuple(at.date() - timedelta(days=offset) for offset in (0, 1, -1, 2))


def night_of_event(at: datetime, nights: Mapping[date, Night]) -> date:
    """The night an event at ``at`` belongs to, given the logged nights by ``night_of``."""
    # Night ends never decrease from one night to the next (nights may not overlap, a bedtime
    # lies in its window and lasts at most 20 h), so the owner is among a few candidates, and
    # their spans [end of the night before, end of the night) do not overlap: at most one holds
    # the event, whatever the order they are tried in.
    for candidate in candidate_nights(at):
        if night_start(candidate, nights) <= at < night_end(candidate, nights):
            return candidate
    # Unreachable for a consistent journal; fall back to the calendar rule.
    return at.date() if at.time() >= NOON else at.date() - _DAY


def _phase(at: datetime, night: Night | None) -> Phase:
    if night is None:
        return Phase.NOT_LOGGED
    return Phase.BEFORE_BED if at < night.in_bed else Phase.DURING_NIGHT


def place_event(at: datetime, nights: Mapping[date, Night]) -> Placement:
    """Which night ``at`` belongs to, and whether before its bedtime or during it."""
    night_of = night_of_event(at, nights)
    return Placement(night_of, _phase(at, nights.get(night_of)))


class NightPlacer:
    """:func:`place_event` for many events at once: built once from the nights, one bisect each.

    Night D owns the events from the end of night D−1 to its own end. Night ends never decrease
    from one day to the next in a consistent journal, so the owner of ``at`` is the first day
    whose end lies after ``at``. Far from every logged night, or in a journal where the ends do
    decrease (it cannot be saved so, but a file could say so), it asks :func:`place_event`.
    """

    def __init__(self, nights: Iterable[Night] | Mapping[date, Night]):
        self.nights: Mapping[date, Night] = nights if isinstance(nights, Mapping) else nights_by_date(nights)
        self._days: list[date] = []
        self._ends: list[datetime] = []
        if not self.nights:
            return
        first, last = min(self.nights) - timedelta(days=3), max(self.nights) + timedelta(days=3)
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        ends = [night_end(d, self.nights) for d in days]
        if all(a <= b for a, b in zip(ends, ends[1:])):
            self._days, self._ends = days, ends

    def night_of(self, at: datetime) -> date:
        ends = self._ends
        if ends and ends[0] <= at < ends[-2]:
            night_of = self._days[bisect.bisect_right(ends, at)]
            if -1 <= (at.date() - night_of).days <= 2:  # among the rule's candidates
                return night_of
        return night_of_event(at, self.nights)

    def place(self, at: datetime) -> Placement:
        night_of = self.night_of(at)
        return Placement(night_of, _phase(at, self.nights.get(night_of)))

    __call__ = place


@dataclass(frozen=True)
class NightRange:
    """Nights ``first``..``last`` (inclusive; ``None`` = open), and the moments a reader must
    look at to find their events without reading the whole journal."""

    first: date | None
    last: date | None

    def holds(self, night_of: date) -> bool:
        return (self.first is None or night_of >= self.first) and (self.last is None or night_of <= self.last)

    def events_window(self) -> tuple[datetime | None, datetime | None]:
        """A time window sure to hold every event of these nights (and a little more): night D
        begins after D−1 12:00 and ends before D+2 08:00 (a bedtime before D+1 12:00, at most
        20 h in bed)."""
        lo = datetime.combine(self.first - _DAY, time(0)) if self.first else None
        hi = datetime.combine(self.last + 3 * _DAY, time(0)) if self.last else None
        return lo, hi

    def neighbours(self) -> tuple[date | None, date | None]:
        """The nights whose times decide where the events at the edges belong."""
        return (self.first - 2 * _DAY if self.first else None,
                self.last + 2 * _DAY if self.last else None)

    def surely_holds(self, at: datetime) -> bool:
        """True when an event at ``at`` belongs to one of these nights whatever the nights say:
        its owner is one of :func:`candidate_nights`."""
        candidates = candidate_nights(at)
        return ((self.first is None or min(candidates) >= self.first)
                and (self.last is None or max(candidates) <= self.last))


# ---------------------------------------------------------------------- typed clock times

def clock_on_or_after(clock: time, not_before: datetime) -> datetime:
    """The first moment at or after ``not_before`` whose wall clock reads ``clock``."""
    candidate = datetime.combine(not_before.date(), clock)
    if candidate < not_before:
        candidate += _DAY
    return candidate


def time_in_night(night_of: date, clock: time, nights: Mapping[date, Night]) -> datetime:
    """The moment a clock time typed for night ``night_of`` means: the person never types a date.

    After midnight until the night ended (its ``out_of_bed``, even past noon; D+1 12:00 when not
    logged) it is on D+1: 02:30 on the night of Mon 30 Nov is Tue 1 Dec 02:30. From noon to
    midnight it is on D. A morning time after the night ended is the morning of D when the
    night before had ended by then (morning coffee counts for the coming night), else the
    morning after. Whenever either date would put the moment in night D, it is the one chosen.
    """
    after_midnight = datetime.combine(night_of + _DAY, clock)
    if after_midnight < night_end(night_of, nights):
        return after_midnight
    same_day = datetime.combine(night_of, clock)
    if clock >= NOON or same_day >= night_start(night_of, nights):
        return same_day
    return after_midnight


USUAL_INTERVENTION_CLOCK = time(21, 0)  # a first guess for a new intervention of a night
USUAL_SYMPTOM_CLOCK = time(2, 0)  # ... and for a new symptom: in the small hours


def suggested_moment(night_of: date, usual: time, now: datetime, nights: Mapping[date, Night]) -> datetime:
    """A first guess for a new event of night ``night_of``: the ``usual`` clock in that night,
    or ``now`` when that is still to come and the night has begun (nothing is logged ahead)."""
    at = time_in_night(night_of, usual, nights)
    now = now.replace(second=0, microsecond=0)
    if now < at and night_start(night_of, nights) <= now:
        return now
    return at


def resolve_night_clocks(
    night_of: date, in_bed: time, lights_out: time, final_wake: time, out_of_bed: time
) -> tuple[datetime, datetime, datetime, datetime]:
    """Turn the four clock readings of a diary entry into dated times.

    The bedtime lands in the night's window (from D 12:00 to D+1 12:00), so 23:10 is the
    evening of D and 00:40 the early morning of D+1; each later reading is the first such
    clock time at or after the one before. A person typing times never thinks about dates.
    """
    bed = datetime.combine(night_of, in_bed)
    if in_bed < NOON:
        bed += _DAY
    lights = clock_on_or_after(lights_out, bed)
    wake = clock_on_or_after(final_wake, lights)
    up = clock_on_or_after(out_of_bed, wake)
    return bed, lights, wake, up


def night_of_for_bedtime(in_bed: datetime) -> date:
    """The night a bedtime starts: before noon it belongs to the previous evening's night."""
    return in_bed.date() if in_bed.time() >= NOON else in_bed.date() - _DAY


# ---------------------------------------------------------------------- which night now is about

def night_to_log(now: datetime) -> date:
    """Which night a check-in at ``now`` is about.

    Until 18:00 it is last night, the one that began yesterday evening (also at 4 a.m.).
    From 18:00 on it is tonight, the night that begins today.
    """
    return now.date() if now.time() >= EVENING else now.date() - _DAY


@dataclass(frozen=True)
class EveningTarget:
    """The evening the "this evening" buttons are about at some moment.

    ``tonight``: the evening that is now, and a click logs the present moment. Otherwise the
    evening of ``night_of`` is over: a click logs a moment in that evening, before its bedtime.
    """

    night_of: date
    tonight: bool


def evening_target(now: datetime, nights: Mapping[date, Night]) -> EveningTarget:
    """Which evening one-click buttons log to at ``now``.

    Before noon, and while last night still goes on past noon (a late ``out_of_bed``), it is
    last night's evening: a click at 07:00 is about the evening the person just slept after,
    never about the evening that has not begun. From noon on (once last night is over) it is
    this evening, and a click logs the moment it is made.
    """
    yesterday = now.date() - _DAY
    if now.time() < NOON or now < night_end(yesterday, nights):
        return EveningTarget(yesterday, tonight=False)
    return EveningTarget(now.date(), tonight=True)


EVENING_CLOCK = USUAL_INTERVENTION_CLOCK  # when a past evening's habit is logged, unless bedtime was earlier
BEFORE_BEDTIME = timedelta(minutes=15)


def evening_moment(night_of: date, nights: Mapping[date, Night]) -> datetime:
    """When a habit of night ``night_of``'s evening is logged after the fact: 21:00 that day, or
    a quarter of an hour before that night's bedtime if it was earlier, and always after the
    night before had ended, so the entry belongs to that night, before bed."""
    at = datetime.combine(night_of, EVENING_CLOCK)
    night = nights.get(night_of)
    if night is not None and at >= night.in_bed:
        at = (night.in_bed - BEFORE_BEDTIME).replace(second=0, microsecond=0)
    previous_end = night_start(night_of, nights)
    if at < previous_end:
        at = previous_end.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return at
