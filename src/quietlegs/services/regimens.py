"""Regimens as the faces use them: tonight's items for Today, one click to log them all (with an
exception or a skip for one item), the edits of the Regimens dialog, and the doses missed per
night for the Journal and the report.

Which evening "tonight" is follows the evening buttons (:mod:`quietlegs.services.evening`):
before noon, and while last night goes on, it is last night's evening; from noon on this one.
Each dose is logged as an ordinary intervention at its scheduled time in that night (never
after the moment of the click, always before that night's bedtime), so Insights weighs it like
any other. A dose skipped on purpose is kept on the regimen (its ``skipped`` nights, stored in
the ``regimen_skips`` table) and is never counted as missed.

Every write is one transaction and answers with an :class:`~quietlegs.services.editing.Edited`
(undo and redo), like every other edit. Nothing here reads the clock: ``now`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from quietlegs.domain.night_rule import evening_target, nights_by_date
from quietlegs.domain.records import Intervention, JournalData, Night, new_id
from quietlegs.domain.regimens import (
    Adherence,
    Dose,
    Regimen,
    Status,
    adherence,
    doses,
    logging_moment,
    scheduled_moment,
    usual_bedtime,
)
from quietlegs.services.changes import REGIMENS, Change, event_nights
from quietlegs.services.editing import Action, Edited, _change

if TYPE_CHECKING:
    from quietlegs.storage.repository import Journal

BEDTIME_LOOK_BACK_DAYS = 28


# ---------------------------------------------------------------------- Today's read model

@dataclass(frozen=True)
class RegimenItem:
    """One item of an evening's regimen, as Today shows it."""

    regimen: Regimen
    kind_name: str
    status: Status  # taken, skipped, missed (an evening that is over) or pending
    scheduled: datetime  # when it is due that night
    log_at: datetime  # when a click logs it
    taken_by: Intervention | None = None


@dataclass(frozen=True)
class RegimenEvening:
    night_of: date
    tonight: bool  # the evening that is now (else one that is over)
    items: tuple[RegimenItem, ...]

    @property
    def to_log(self) -> tuple[RegimenItem, ...]:
        """The items one click still logs: neither taken nor skipped."""
        return tuple(i for i in self.items if i.status in (Status.PENDING, Status.MISSED))


def _nights_around(journal: Journal, night_of: date) -> dict[date, Night]:
    return nights_by_date(journal.nights(night_of - timedelta(days=BEDTIME_LOOK_BACK_DAYS), night_of + timedelta(days=1)))


def regimen_evening(journal: Journal, now: datetime, night_of: date | None = None) -> RegimenEvening:
    """The regimen of the evening of ``night_of`` (``None``: the evening the clock says, like the
    evening buttons), read in one transaction."""
    with journal.reading():
        if night_of is None:
            around = nights_by_date(journal.nights(now.date() - timedelta(days=2), now.date()))
            target = evening_target(now, around)
            night_of, tonight = target.night_of, target.tonight
        else:
            tonight = False
        regimens = [r for r in journal.regimens() if r.due(night_of)]
        if not regimens:
            return RegimenEvening(night_of, tonight, ())
        nights = _nights_around(journal, night_of)
        data = journal.snapshot(night_of, night_of)
        names = {k.slug: k.name for k in data.kinds}
    bedtime = usual_bedtime(n for d, n in nights.items() if d < night_of)
    found = doses(regimens, nights, data.interventions, night_of, night_of, now).get(night_of, [])
    items = tuple(
        RegimenItem(dose.regimen, names.get(dose.regimen.kind, dose.regimen.kind), dose.status,
                    scheduled_moment(dose.regimen, night_of, nights, bedtime),
                    logging_moment(dose.regimen, night_of, nights, now, bedtime), dose.taken_by)
        for dose in found)
    return RegimenEvening(night_of, tonight, tuple(sorted(items, key=lambda i: (i.scheduled, i.kind_name))))


# ---------------------------------------------------------------------- logging an evening

@dataclass(frozen=True)
class LoggedEvening:
    """One evening's click as stored: doses logged (and, for an undo, taken out) and the
    regimens (ids) marked skipped or unmarked that night."""

    night_of: date
    logged: tuple[Intervention, ...] = ()
    removed: tuple[Intervention, ...] = ()
    skipped: tuple[str, ...] = ()
    unskipped: tuple[str, ...] = ()

    def reversed(self) -> LoggedEvening:
        return LoggedEvening(self.night_of, self.removed, self.logged, self.unskipped, self.skipped)


def log_evening(journal: Journal, evening: RegimenEvening, take: Iterable[str], skip: Iterable[str] = ()) -> Edited:
    """Log the items of ``evening`` whose regimen ids are in ``take`` as interventions at their
    logging moments, and mark those in ``skip`` skipped for that night: one transaction. Items
    already taken or skipped are left as they are; an item in both is skipped."""
    skip, take = set(skip), set(take)
    pending = evening.to_log
    logged = tuple(Intervention(at=i.log_at, kind=i.regimen.kind, amount=i.regimen.amount, unit=i.regimen.unit)
                   for i in pending if i.regimen.id in take - skip)
    skipped = tuple(i.regimen.id for i in pending if i.regimen.id in skip)
    return _log(journal, LoggedEvening(evening.night_of, logged, skipped=skipped), Action.LOG_REGIMEN)


def set_skipped(journal: Journal, regimen: Regimen, night_of: date, skipped: bool) -> Edited:
    """Mark (or unmark) the dose of ``regimen`` on the night of ``night_of`` as skipped on purpose."""
    ids = (regimen.id,)
    done = LoggedEvening(night_of, skipped=ids) if skipped else LoggedEvening(night_of, unskipped=ids)
    return _log(journal, done, Action.SKIP_REGIMEN)


def _log(journal: Journal, done: LoggedEvening, action: Action) -> Edited:
    d = done.night_of
    journal.log_regimen(done.logged, [i.id for i in done.removed], [(r, d) for r in done.skipped],
                        [(r, d) for r in done.unskipped])
    return Edited(action, done, _evening_change(done), _change(lambda j: _log(j, done.reversed(), action)),
                  _change(lambda j: _log(j, done, action)))


def _evening_change(done: LoggedEvening) -> Change:
    nights = {done.night_of}
    for item in done.logged + done.removed:
        nights |= event_nights(item.at)
    return Change.of_nights(nights) | (REGIMENS if done.skipped or done.unskipped else Change())


# ---------------------------------------------------------------------- the Regimens dialog

def _saved(journal: Journal, items: list[Regimen], action: Action, record) -> Edited:
    previous = journal.save_regimens(items)
    gone = [item for item, before in zip(items, previous) if before is None]
    back = [before for before in previous if before is not None]

    def undo(j: Journal) -> Change:
        for item in gone:
            j.delete_regimen(item.id)
        if back:
            j.save_regimens(back)
        return REGIMENS

    return Edited(action, record, REGIMENS, undo, _change(lambda j: _saved(j, items, action, record)))


def save_regimen(journal: Journal, item: Regimen) -> Edited:
    """Add a regimen, or correct the one with its id in place (a typo, not a change of plan)."""
    stored = {r.id: r for r in journal.regimens()}
    action = Action.EDIT_REGIMEN if item.id in stored else Action.ADD_REGIMEN
    if item.id in stored:
        item = replace(item, skipped=stored[item.id].skipped)
    return _saved(journal, [item], action, item)


def change_regimen(journal: Journal, old: Regimen, new: Regimen, from_night: date) -> Edited:
    """A change of plan from the night of ``from_night`` on: ``old`` ends the night before and
    ``new`` (a regimen of its own) starts, so the nights before keep being judged by ``old``.
    A regimen that only started that night is corrected in place instead."""
    if from_night <= old.started_on:
        return save_regimen(journal, replace(new, id=old.id, started_on=old.started_on))
    ended = replace(old, ended_on=from_night - timedelta(days=1),
                    skipped=frozenset(d for d in old.skipped if d < from_night))
    started = replace(new, id=new.id if new.id != old.id else new_id(),
                      started_on=from_night, skipped=frozenset(d for d in old.skipped if d >= from_night))
    return _saved(journal, [ended, started], Action.CHANGE_REGIMEN, started)


def end_regimen(journal: Journal, item: Regimen, last_night: date) -> Edited:
    """Stop a regimen: the night of ``last_night`` is the last it is due (before its start: the
    regimen is deleted, as it never applied)."""
    if last_night < item.started_on:
        return delete_regimen(journal, item)
    ended = replace(item, ended_on=last_night, skipped=frozenset(d for d in item.skipped if d <= last_night))
    return _saved(journal, [ended], Action.END_REGIMEN, ended)


def delete_regimen(journal: Journal, item: Regimen) -> Edited:
    """Delete a regimen entered by mistake (its logged doses stay: they are interventions)."""
    gone = journal.delete_regimen(item.id)
    return Edited(Action.DELETE_REGIMEN, gone, REGIMENS, _change(lambda j: _saved(j, [gone], Action.ADD_REGIMEN, gone)),
                  _change(lambda j: delete_regimen(j, gone)))


# ---------------------------------------------------------------------- missed doses

def doses_in(data: JournalData, first: date, last: date, now: datetime | None) -> dict[date, list[Dose]]:
    """The doses due on the nights ``first``..``last`` of ``data`` (a snapshot of them)."""
    return doses(data.regimens, data.nights, data.interventions, first, last, now)


def adherence_in(data: JournalData, first: date, last: date, now: datetime | None) -> list[Adherence]:
    """Per kind over the nights ``first``..``last``: evenings due, taken, missed and skipped."""
    return adherence(doses_in(data, first, last, now))


def missed_by_night(journal: Journal, first: date, last: date, now: datetime | None) -> dict[date, list[Regimen]]:
    """The regimens missed on each night ``first``..``last`` (only nights with a miss)."""
    found = doses_in(journal.snapshot(first - timedelta(days=1), last + timedelta(days=1)), first, last, now)
    out = {d: [x.regimen for x in night if x.status is Status.MISSED] for d, night in found.items()}
    return {d: missed for d, missed in out.items() if missed}
