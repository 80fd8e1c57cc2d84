"""Regimens: what a person takes or does on a schedule ("magnesium 300 mg every evening at
21:00", "ropinirole 0.25 mg two hours before bed", "stretching 10 min on weekdays").

A regimen names an intervention kind, an optional dose, the days of the week it is due (by the
evening on which the night begins: the night of a Saturday is due on a "weekdays" schedule
never), and when: a wall-clock time, or so many minutes before that night's bedtime. It is in
force from ``started_on`` to ``ended_on`` (inclusive; ``None``: still going). A change keeps the
history: the old regimen ends the night before and a new one starts, so each past night is
judged by the regimen in force then.

What was done on a night comes from the journal itself: an intervention of the regimen's kind
that belongs to that night and came before its bedtime (or the night has no diary yet) counts
as taken, placed by the one night rule (:mod:`quietlegs.domain.night_rule`). A dose the person
chose not to take is marked skipped (the regimen's ``skipped`` nights), and is never "missed". A dose is
missed when it was due, the night is over (its diary logged, or past its end) and it was
neither taken nor skipped. Nothing here reads the clock: ``now`` is passed in.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from quietlegs.domain.night_rule import (
    BEFORE_BEDTIME,
    NightPlacer,
    Phase,
    night_end,
    night_start,
    time_in_night,
)
from quietlegs.domain.records import Intervention, Night, new_id
from quietlegs.domain.validation import (
    MAX_UNIT,
    SLUG_RE,
    FieldError,
    _amount,
    _notes,
    _text,
    date_problem,
)

DAY_CODES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY: frozenset[int] = frozenset(range(7))
WEEKDAYS: frozenset[int] = frozenset(range(5))
MAX_BEFORE_BED_MIN = 12 * 60
USUAL_BEDTIME = time(22, 30)  # when no night of the last weeks says when the person goes to bed


@dataclass(frozen=True)
class Regimen:
    kind: str
    started_on: date
    days: frozenset[int] = EVERY_DAY  # 0 Monday … 6 Sunday: the evening the night begins
    clock: time | None = None  # at this wall-clock time …
    before_bed_min: int | None = None  # … or this many minutes before that night's bedtime
    amount: float | None = None
    unit: str | None = None
    ended_on: date | None = None  # the last night it applies to; None: still in force
    notes: str = ""
    skipped: frozenset[date] = frozenset()  # nights whose dose the person chose not to take
    id: str = field(default_factory=new_id)

    def in_force(self, night_of: date) -> bool:
        return self.started_on <= night_of and (self.ended_on is None or night_of <= self.ended_on)

    def due(self, night_of: date) -> bool:
        """Whether it is due on the night of ``night_of`` (by that evening's day of the week)."""
        return self.in_force(night_of) and night_of.weekday() in self.days


def days_code(days: Iterable[int]) -> str:
    """``"every_day"``, ``"weekdays"`` or the chosen days (``"mon,wed,fri"``)."""
    days = frozenset(days)
    if days == EVERY_DAY:
        return "every_day"
    if days == WEEKDAYS:
        return "weekdays"
    return ",".join(DAY_CODES[d] for d in sorted(days))


def parse_days(text: str) -> frozenset[int]:
    """The inverse of :func:`days_code`; raises ValueError naming what is not a day."""
    text = text.strip().lower()
    if text == "every_day":
        return EVERY_DAY
    if text == "weekdays":
        return WEEKDAYS
    days = set()
    for part in text.split(","):
        part = part.strip()
        if part not in DAY_CODES:
            raise ValueError(f"{part!r} is not a day (mon, tue, wed, thu, fri, sat, sun)")
        days.add(DAY_CODES.index(part))
    return frozenset(days)


def validate_regimen(item: Regimen, kind_slugs: Iterable[str] = ()) -> list[FieldError]:
    """Every problem with ``item``, each naming its field; an empty list means it may be kept."""
    errors: list[FieldError] = []
    known = set(kind_slugs)
    if not isinstance(item.kind, str) or not SLUG_RE.match(item.kind):
        errors.append(FieldError("kind", "is required: what is taken or done, a kind of the catalog"))
    elif known and item.kind not in known:
        errors.append(FieldError("kind", f"{item.kind!r} is neither built in nor in the catalog"))
    _amount(errors, "amount", item.amount)
    _text(errors, "unit", item.unit, MAX_UNIT, f"short text (at most {MAX_UNIT} characters)")
    if not isinstance(item.days, frozenset) or not item.days or not item.days <= EVERY_DAY:
        errors.append(FieldError("days", "must name at least one day of the week"))
    has_clock, has_before = item.clock is not None, item.before_bed_min is not None
    if has_clock == has_before:
        errors.append(FieldError("time", "needs either a clock time or minutes before bed, not both"))
    elif has_clock and not isinstance(item.clock, time):
        errors.append(FieldError("time", "must be a clock time such as 21:00"))
    elif has_before and (isinstance(item.before_bed_min, bool) or not isinstance(item.before_bed_min, int)
                         or not 0 <= item.before_bed_min <= MAX_BEFORE_BED_MIN):
        errors.append(FieldError("before_bed_min", f"must be a whole number of minutes from 0 to {MAX_BEFORE_BED_MIN}"))
    if not isinstance(item.started_on, date) or isinstance(item.started_on, datetime):
        errors.append(FieldError("started_on", "is required"))
    elif date_problem(item.started_on):
        errors.append(FieldError("started_on", date_problem(item.started_on)))
    elif item.ended_on is not None:
        if not isinstance(item.ended_on, date) or isinstance(item.ended_on, datetime):
            errors.append(FieldError("ended_on", "must be a date"))
        elif date_problem(item.ended_on):
            errors.append(FieldError("ended_on", date_problem(item.ended_on)))
        elif item.ended_on < item.started_on:
            errors.append(FieldError("ended_on", f"is before the regimen started ({item.started_on.isoformat()})"))
    _notes(errors, item.notes)
    if not isinstance(item.skipped, frozenset) or not all(
            isinstance(d, date) and not isinstance(d, datetime) for d in item.skipped):
        errors.append(FieldError("skipped", "must be dates"))
    elif item.skipped and isinstance(item.started_on, date) and (
            min(item.skipped) < item.started_on or (item.ended_on and max(item.skipped) > item.ended_on)):
        errors.append(FieldError("skipped", "holds a night outside the time the regimen was in force"))
    return errors


# ---------------------------------------------------------------------- when a dose is due

def usual_bedtime(nights: Iterable[Night]) -> time:
    """The middle bedtime of ``nights`` (the last weeks' diary), counted from noon so that 23:30
    and 00:30 average to midnight; :data:`USUAL_BEDTIME` when there are none."""
    minutes = sorted(((n.in_bed.hour * 60 + n.in_bed.minute) - 12 * 60) % (24 * 60) for n in nights)
    if not minutes:
        return USUAL_BEDTIME
    middle = (minutes[len(minutes) // 2] + 12 * 60) % (24 * 60)
    return time(middle // 60, middle % 60)


def scheduled_moment(item: Regimen, night_of: date, nights: Mapping[date, Night],
                     bedtime: time = USUAL_BEDTIME) -> datetime:
    """When ``item`` is scheduled on the night of ``night_of``: its clock time in that night (the
    night rule turns 00:30 into the morning after), or so many minutes before that night's
    bedtime (the usual ``bedtime`` while the night is not logged). Wall-clock arithmetic, as the
    person reads the clock: "two hours before bed" at 23:30 is 21:30, on a night the clocks change
    as on any other."""
    if item.clock is not None:
        return time_in_night(night_of, item.clock, nights)
    night = nights.get(night_of)
    bed = night.in_bed if night is not None else time_in_night(night_of, bedtime, nights)
    return bed - timedelta(minutes=item.before_bed_min or 0)


def logging_moment(item: Regimen, night_of: date, nights: Mapping[date, Night], now: datetime,
                   bedtime: time = USUAL_BEDTIME) -> datetime:
    """When "log tonight's regimen" records ``item`` for the night of ``night_of``: at its
    scheduled moment, but never after ``now`` (a dose logged at 19:00 for 21:00 was taken now),
    before that night's bedtime when it is logged (a quarter of an hour before, like the evening
    buttons) and after the night before had ended, so it is this night's, before bed."""
    at = min(scheduled_moment(item, night_of, nights, bedtime), now.replace(second=0, microsecond=0))
    night = nights.get(night_of)
    if night is not None and at >= night.in_bed:
        at = (night.in_bed - BEFORE_BEDTIME).replace(second=0, microsecond=0)
    start = night_start(night_of, nights)
    if at < start:
        at = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return at


# ---------------------------------------------------------------------- taken, skipped, missed

class Status(enum.Enum):
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"
    PENDING = "pending"  # due, not taken yet, and the night is not over


@dataclass(frozen=True)
class Dose:
    """One regimen item on one night, and what became of it (``taken_by``: the intervention)."""

    regimen: Regimen
    night_of: date
    status: Status
    taken_by: Intervention | None = None


def night_is_over(night_of: date, nights: Mapping[date, Night], now: datetime | None) -> bool:
    """Whether a dose of the night of ``night_of`` can no longer come: its diary is logged, or it
    has ended (D+1 12:00 when not logged). ``now`` ``None``: only a logged night is over."""
    if night_of in nights:
        return True
    return now is not None and now >= night_end(night_of, nights)


def doses(regimens: Iterable[Regimen], nights: Iterable[Night] | Mapping[date, Night],
          interventions: Iterable[Intervention], first: date, last: date,
          now: datetime | None) -> dict[date, list[Dose]]:
    """Every dose due on the nights ``first``..``last``, by night, each taken, skipped, missed
    or still pending at ``now``. ``nights`` and ``interventions``: those around the period (a
    day either side decides where the edge events belong).

    Each intervention before bed (or on a night not logged yet) counts for one dose of its kind
    that night, the earliest scheduled first; one used during the night is a reaction to a
    symptom, never a dose of the evening's regimen.
    """
    place = NightPlacer(nights)
    regimens = list(regimens)
    used: dict[tuple[date, str], list[Intervention]] = {}
    kinds = {r.kind for r in regimens}
    lo, hi = first - timedelta(days=1), last + timedelta(days=3)  # the candidate dates of the period's events
    wanted = [i for i in interventions if i.kind in kinds and lo <= i.at.date() <= hi]
    for item in sorted(wanted, key=lambda i: (i.at, i.id)):
        placement = place(item.at)
        if placement.phase is not Phase.DURING_NIGHT and first <= placement.night_of <= last:
            used.setdefault((placement.night_of, item.kind), []).append(item)
    return judged(regimens, used, place.nights, first, last, now)


def judged(regimens: Iterable[Regimen], used: Mapping[tuple[date, str], list[Intervention]],
           nights: Mapping[date, Night], first: date, last: date, now: datetime | None) -> dict[date, list[Dose]]:
    """:func:`doses` for interventions already placed: ``used`` holds, by ``(night_of, kind)``,
    those before bed (or on a night not logged), oldest first."""
    regimens = sorted(regimens, key=lambda r: (r.clock or time(0), r.before_bed_min or 0, r.id))
    out: dict[date, list[Dose]] = {}
    d = first
    while d <= last:
        due = [r for r in regimens if r.due(d)]
        if due:
            over = night_is_over(d, nights, now)
            left = {kind: list(used.get((d, kind), ())) for kind in {r.kind for r in due}}
            night_doses = []
            for r in due:
                taken = left[r.kind]
                if taken:
                    night_doses.append(Dose(r, d, Status.TAKEN, taken.pop(0)))
                elif d in r.skipped:
                    night_doses.append(Dose(r, d, Status.SKIPPED))
                else:
                    night_doses.append(Dose(r, d, Status.MISSED if over else Status.PENDING))
            out[d] = night_doses
        d += timedelta(days=1)
    return out


@dataclass(frozen=True)
class Adherence:
    """How one kind's regimen went over a period: evenings it was due, and what became of them."""

    kind: str
    due: int  # evenings whose night is over (pending ones are not counted yet)
    taken: int
    missed: int
    skipped: int
    missed_nights: tuple[date, ...] = ()


def adherence(by_night: Mapping[date, list[Dose]]) -> list[Adherence]:
    """Per kind (a regimen changed mid-period counts as one), in the order first scheduled."""
    counts: dict[str, list] = {}
    for d in sorted(by_night):
        for dose in by_night[d]:
            if dose.status is Status.PENDING:
                continue
            c = counts.setdefault(dose.regimen.kind, [0, 0, 0, 0, []])
            c[0] += 1
            index = {Status.TAKEN: 1, Status.MISSED: 2, Status.SKIPPED: 3}[dose.status]
            c[index] += 1
            if dose.status is Status.MISSED:
                c[4].append(d)
    return [Adherence(kind, *c[:4], tuple(c[4])) for kind, c in counts.items()]
