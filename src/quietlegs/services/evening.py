"""The evening as the one-click buttons show it: which evening they are about at a moment, what
was logged before that night's bedtime, the user's usual evening kinds, and when a click logs.

Before noon the buttons are about last night's evening, the one the person just slept after
(a click at 07:00 never lands on the evening that has not begun); from noon on about this
evening, and a click logs the moment it is made. Which night is which comes from the night
rule (:mod:`quietlegs.domain.night_rule`); nothing here reads the clock. While a self-experiment
runs, the evening also says whether its remedy is to be taken or skipped (:class:`EveningPlan`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quietlegs.domain.night_rule import (
    EVENING_CLOCK,
    NightPlacer,
    Phase,
    evening_moment,
    evening_target,
    nights_by_date,
)
from quietlegs.domain.records import Intervention, InterventionKind, Night

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load after Today is usable
    from quietlegs.storage.repository import Journal

MAX_BUTTONS = 8
LOOK_BACK_DAYS = 30
FIRST_START_KINDS = ("stretching", "magnesium", "warm_soak", "hydration")


@dataclass(frozen=True)
class Evening:
    """The evening of night ``night_of``, as its buttons show it."""

    night_of: date
    tonight: bool  # the evening that is now: a click logs the present moment
    logged: tuple[Intervention, ...]  # before that night's bedtime (or its night not logged yet)
    usual: tuple[str, ...]  # the kinds offered as buttons, most used first
    log_at: datetime  # when a click logs a kind
    plan: EveningPlan | None = None  # what a running experiment asks of this evening


@dataclass(frozen=True)
class EveningPlan:
    """A running experiment's say over one evening: take ``kind`` (an ON night) or skip it (an
    OFF or washout night). The buttons show the kind even when it is not a usual one."""

    kind: str
    kind_name: str
    take: bool
    condition: str  # "on", "off" or "washout"


def evening_plan(journal: Journal, night_of: date) -> EveningPlan | None:
    """What the experiment that has a say over the night of ``night_of`` asks of its evening."""
    from quietlegs.domain.experiments import ON
    from quietlegs.services.experiments import following

    follow_up = following(journal, night_of)
    if follow_up is None:
        return None
    condition = follow_up.tonight.condition
    return EveningPlan(follow_up.experiment.kind, follow_up.kind_name, condition == ON, condition)


def nights_around(journal: Journal, *days: date) -> dict[date, Night]:
    """The nights that decide where the events near ``days`` belong (one read when they are
    close together, as this evening and last evening are)."""
    lo, hi = min(days), max(days)
    if (hi - lo).days > 7:
        return {**nights_around(journal, lo), **nights_around(journal, hi)}
    return nights_by_date(journal.nights(lo - timedelta(days=2), hi + timedelta(days=1)))


def usual_doses(journal: Journal, kinds: list[InterventionKind]) -> dict[str, tuple[float | None, str | None]]:
    """Each kind's usual dose, by slug: the amount and unit of its latest use when that gave
    either, else the catalog's default (a click logs it; the intervention dialog offers it)."""
    last = journal.last_doses([k.slug for k in kinds])
    doses = {}
    for kind in kinds:
        amount, unit = last.get(kind.slug, (None, None))
        doses[kind.slug] = (amount, unit) if amount is not None or unit else (kind.default_amount, kind.default_unit)
    return doses


def usual_evening_kinds(journal: Journal, at: datetime) -> list[str]:
    """Kinds used before bed on at least three of the 30 nights before ``at``, most used first;
    a few common habits while there are none yet."""
    start = at.date() - timedelta(days=LOOK_BACK_DAYS)
    data = journal.snapshot(start, at.date())
    place = NightPlacer(data.nights)
    nights_used: Counter[str] = Counter()
    seen: set[tuple[str, date]] = set()
    for item in data.interventions:
        placement = place(item.at)
        if placement.phase is Phase.DURING_NIGHT or (item.kind, placement.night_of) in seen:
            continue
        seen.add((item.kind, placement.night_of))
        nights_used[item.kind] += 1
    usual = [kind for kind, n in nights_used.most_common() if n >= 3][:MAX_BUTTONS]
    return usual or list(FIRST_START_KINDS)


def evening_items(journal: Journal, night_of: date, nights: dict[date, Night] | None = None) -> list[Intervention]:
    """Interventions of night ``night_of`` that came before its bedtime (or it has none yet);
    ``nights``: those around it, when the caller has them already."""
    place = NightPlacer(nights if nights is not None else nights_around(journal, night_of))
    return [i for i in journal.snapshot(night_of, night_of).interventions
            if place(i.at).phase is not Phase.DURING_NIGHT]


def evening_of(journal: Journal, night_of: date, now: datetime) -> Evening:
    """The evening of night ``night_of`` seen at ``now``: the evening that is now, or one that
    is over (a click then logs a moment in it, before that night's bedtime)."""
    return _evening(journal, night_of, now, nights_around(journal, night_of, now.date()))


def evening_now(journal: Journal, now: datetime) -> Evening:
    """The evening the buttons are about at ``now``: last night's before noon, else this one."""
    nights = nights_around(journal, now.date() - timedelta(days=1), now.date())
    return _evening(journal, evening_target(now, nights).night_of, now, nights)


def _evening(journal: Journal, night_of: date, now: datetime, nights: dict[date, Night]) -> Evening:
    target = evening_target(now, nights)
    tonight = target.tonight and target.night_of == night_of
    if tonight:
        log_at, habits_at = now.replace(second=0, microsecond=0), now
    else:  # the habits of that time, not of today
        log_at, habits_at = evening_moment(night_of, nights), datetime.combine(night_of, EVENING_CLOCK)
    return Evening(night_of=night_of, tonight=tonight, logged=tuple(evening_items(journal, night_of, nights)),
                   usual=tuple(usual_evening_kinds(journal, habits_at)), log_at=log_at,
                   plan=evening_plan(journal, night_of))
