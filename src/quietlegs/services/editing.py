"""Saving and deleting what a person edits: nights, symptoms, interventions, kinds, appointments.

Each function is one user action in one transaction: it is checked (a refusal raises
:class:`~quietlegs.domain.validation.InvalidRecord` or a
:class:`~quietlegs.storage.errors.StorageError` and changes nothing), stored, and answered
with an :class:`Edited`: the :class:`~quietlegs.services.changes.Change` it made, and how to
undo and redo it. The record it replaced comes back from the same transaction that replaced
it, so undo never needs a read of its own. Any face can keep an undo history of ``Edited``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from quietlegs.domain.records import Appointment, Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.services.changes import APPOINTMENTS, KINDS, Change, diary_nights, event_nights

if TYPE_CHECKING:
    from quietlegs.storage.repository import Journal


class Action(Enum):
    """What the person did, in words a face can turn into its own language."""

    LOG_NIGHT = "log_night"
    EDIT_NIGHT = "edit_night"
    DELETE_NIGHT = "delete_night"
    ADD_SYMPTOM = "add_symptom"
    EDIT_SYMPTOM = "edit_symptom"
    DELETE_SYMPTOM = "delete_symptom"
    ADD_INTERVENTION = "add_intervention"
    EDIT_INTERVENTION = "edit_intervention"
    DELETE_INTERVENTION = "delete_intervention"
    ADD_KIND = "add_kind"
    EDIT_KIND = "edit_kind"
    DELETE_KIND = "delete_kind"
    ADD_APPOINTMENT = "add_appointment"
    EDIT_APPOINTMENT = "edit_appointment"
    DELETE_APPOINTMENT = "delete_appointment"
    ADD_MILESTONE = "add_milestone"  # the edits themselves: services/milestones.py
    EDIT_MILESTONE = "edit_milestone"
    DELETE_MILESTONE = "delete_milestone"
    ADD_REGIMEN = "add_regimen"  # the edits themselves: services/regimens.py
    EDIT_REGIMEN = "edit_regimen"
    CHANGE_REGIMEN = "change_regimen"  # ended, and a new one from a night on
    END_REGIMEN = "end_regimen"
    DELETE_REGIMEN = "delete_regimen"
    LOG_REGIMEN = "log_regimen"  # an evening's doses (and skips) in one click
    SKIP_REGIMEN = "skip_regimen"


@dataclass(frozen=True)
class Edited:
    """One stored user action: what it did, what it changed, and how to undo or redo it.

    ``undo`` and ``redo`` take the journal to act on and return the change they made (they
    check again, so an undo that the journal no longer allows raises and changes nothing)."""

    action: Action
    record: object  # the night, event, kind or appointment acted on
    change: Change
    undo: Callable[[Journal], Change]
    redo: Callable[[Journal], Change]


def _change(edit: Callable[[Journal], Edited]) -> Callable[[Journal], Change]:
    return lambda journal: edit(journal).change


def saved(item, previous, change: Change, added: Action, edited: Action,
          save: Callable[[Journal, object], Edited], delete: Callable[[Journal, object], Edited]) -> Edited:
    """The edit a save made: undo takes a new record out again, or puts back the one it replaced
    (``previous``, read in the same transaction); redo saves ``item`` again."""
    if previous is None:
        return Edited(added, item, change, _change(lambda j: delete(j, item)), _change(lambda j: save(j, item)))
    return Edited(edited, item, change, _change(lambda j: save(j, previous)), _change(lambda j: save(j, item)))


def deleted(action: Action, record, change: Change, save: Callable[[Journal, object], Edited],
            delete: Callable[[Journal, object], Edited]) -> Edited:
    """The edit a delete made: undo saves ``record`` back, redo deletes it again."""
    return Edited(action, record, change, _change(lambda j: save(j, record)), _change(lambda j: delete(j, record)))


# ------------------------------------------------------------------ nights

def save_night(journal: Journal, night: Night) -> Edited:
    """Log a night, or replace the entry with the same id (checked against its neighbours)."""
    previous = journal.save_night(night)
    change = Change.of_nights(diary_nights(night.night_of) | (diary_nights(previous.night_of) if previous else set()))
    return saved(night, previous, change, Action.LOG_NIGHT, Action.EDIT_NIGHT, save_night, delete_night)


def delete_night(journal: Journal, night: Night) -> Edited:
    """Delete a night's diary entry; its symptoms and interventions stay."""
    gone = journal.delete_night(night.id)
    return deleted(Action.DELETE_NIGHT, gone, Change.of_nights(diary_nights(gone.night_of)), save_night, delete_night)


# ------------------------------------------------------------------ symptoms

def save_symptom(journal: Journal, event: SymptomEvent) -> Edited:
    """Add a symptom, or replace the one with the same id."""
    previous = journal.save_symptom(event)
    change = Change.of_nights(event_nights(event.at) | (event_nights(previous.at) if previous else set()))
    return saved(event, previous, change, Action.ADD_SYMPTOM, Action.EDIT_SYMPTOM, save_symptom, delete_symptom)


def delete_symptom(journal: Journal, event: SymptomEvent) -> Edited:
    gone = journal.delete_symptom(event.id)
    return deleted(Action.DELETE_SYMPTOM, gone, Change.of_nights(event_nights(gone.at)), save_symptom, delete_symptom)


# ------------------------------------------------------------------ interventions

def save_intervention(journal: Journal, item: Intervention) -> Edited:
    """Add an intervention, or replace the one with the same id."""
    previous = journal.save_intervention(item)
    change = Change.of_nights(event_nights(item.at) | (event_nights(previous.at) if previous else set()))
    return saved(item, previous, change, Action.ADD_INTERVENTION, Action.EDIT_INTERVENTION, save_intervention,
                 delete_intervention)


def delete_intervention(journal: Journal, item: Intervention) -> Edited:
    gone = journal.delete_intervention(item.id)
    return deleted(Action.DELETE_INTERVENTION, gone, Change.of_nights(event_nights(gone.at)), save_intervention,
                   delete_intervention)


# ------------------------------------------------------------------ kinds

def save_kind(journal: Journal, kind: InterventionKind) -> Edited:
    """Add a kind of intervention, or change the one with the same slug (names show on every
    night that used it: the change is to the catalog, not to any night)."""
    previous = journal.save_kind(kind)
    return saved(kind, previous, KINDS, Action.ADD_KIND, Action.EDIT_KIND, save_kind, delete_kind)


def delete_kind(journal: Journal, kind: InterventionKind) -> Edited:
    """Delete a kind of the user's own that nothing uses (a used or built-in one is refused)."""
    return deleted(Action.DELETE_KIND, journal.delete_kind(kind.slug), KINDS, save_kind, delete_kind)


# ------------------------------------------------------------------ appointments

def save_appointment(journal: Journal, item: Appointment) -> Edited:
    """Add an appointment, or replace the one with the same id."""
    previous = journal.save_appointment(item)
    return saved(item, previous, APPOINTMENTS, Action.ADD_APPOINTMENT, Action.EDIT_APPOINTMENT, save_appointment,
                 delete_appointment)


def delete_appointment(journal: Journal, item: Appointment) -> Edited:
    return deleted(Action.DELETE_APPOINTMENT, journal.delete_appointment(item.id), APPOINTMENTS, save_appointment,
                   delete_appointment)
