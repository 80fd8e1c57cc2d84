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


# ------------------------------------------------------------------ nights

def save_night(journal: Journal, night: Night) -> Edited:
    """Log a night, or replace the entry with the same id (checked against its neighbours)."""
    previous = journal.save_night(night)
    change = Change.of_nights(diary_nights(night.night_of) | (diary_nights(previous.night_of) if previous else set()))
    if previous is None:
        return Edited(Action.LOG_NIGHT, night, change, _change(lambda j: delete_night(j, night)),
                      _change(lambda j: save_night(j, night)))
    return Edited(Action.EDIT_NIGHT, night, change, _change(lambda j: save_night(j, previous)),
                  _change(lambda j: save_night(j, night)))


def delete_night(journal: Journal, night: Night) -> Edited:
    """Delete a night's diary entry; its symptoms and interventions stay."""
    deleted = journal.delete_night(night.id)
    return Edited(Action.DELETE_NIGHT, deleted, Change.of_nights(diary_nights(deleted.night_of)),
                  _change(lambda j: save_night(j, deleted)), _change(lambda j: delete_night(j, deleted)))


# ------------------------------------------------------------------ symptoms

def save_symptom(journal: Journal, event: SymptomEvent) -> Edited:
    """Add a symptom, or replace the one with the same id."""
    previous = journal.save_symptom(event)
    change = Change.of_nights(event_nights(event.at) | (event_nights(previous.at) if previous else set()))
    if previous is None:
        return Edited(Action.ADD_SYMPTOM, event, change, _change(lambda j: delete_symptom(j, event)),
                      _change(lambda j: save_symptom(j, event)))
    return Edited(Action.EDIT_SYMPTOM, event, change, _change(lambda j: save_symptom(j, previous)),
                  _change(lambda j: save_symptom(j, event)))


def delete_symptom(journal: Journal, event: SymptomEvent) -> Edited:
    deleted = journal.delete_symptom(event.id)
    return Edited(Action.DELETE_SYMPTOM, deleted, Change.of_nights(event_nights(deleted.at)),
                  _change(lambda j: save_symptom(j, deleted)), _change(lambda j: delete_symptom(j, deleted)))


# ------------------------------------------------------------------ interventions

def save_intervention(journal: Journal, item: Intervention) -> Edited:
    """Add an intervention, or replace the one with the same id."""
    previous = journal.save_intervention(item)
    change = Change.of_nights(event_nights(item.at) | (event_nights(previous.at) if previous else set()))
    if previous is None:
        return Edited(Action.ADD_INTERVENTION, item, change, _change(lambda j: delete_intervention(j, item)),
                      _change(lambda j: save_intervention(j, item)))
    return Edited(Action.EDIT_INTERVENTION, item, change, _change(lambda j: save_intervention(j, previous)),
                  _change(lambda j: save_intervention(j, item)))


def delete_intervention(journal: Journal, item: Intervention) -> Edited:
    deleted = journal.delete_intervention(item.id)
    return Edited(Action.DELETE_INTERVENTION, deleted, Change.of_nights(event_nights(deleted.at)),
                  _change(lambda j: save_intervention(j, deleted)),
                  _change(lambda j: delete_intervention(j, deleted)))


# ------------------------------------------------------------------ kinds

def save_kind(journal: Journal, kind: InterventionKind) -> Edited:
    """Add a kind of intervention, or change the one with the same slug (names show on every
    night that used it: the change is to the catalog, not to any night)."""
    previous = journal.save_kind(kind)
    if previous is None:
        return Edited(Action.ADD_KIND, kind, KINDS, _change(lambda j: delete_kind(j, kind)),
                      _change(lambda j: save_kind(j, kind)))
    return Edited(Action.EDIT_KIND, kind, KINDS, _change(lambda j: save_kind(j, previous)),
                  _change(lambda j: save_kind(j, kind)))


def delete_kind(journal: Journal, kind: InterventionKind) -> Edited:
    """Delete a kind of the user's own that nothing uses (a used or built-in one is refused)."""
    deleted = journal.delete_kind(kind.slug)
    return Edited(Action.DELETE_KIND, deleted, KINDS, _change(lambda j: save_kind(j, deleted)),
                  _change(lambda j: delete_kind(j, deleted)))


# ------------------------------------------------------------------ appointments

def save_appointment(journal: Journal, item: Appointment) -> Edited:
    """Add an appointment, or replace the one with the same id."""
    previous = journal.save_appointment(item)
    if previous is None:
        return Edited(Action.ADD_APPOINTMENT, item, APPOINTMENTS, _change(lambda j: delete_appointment(j, item)),
                      _change(lambda j: save_appointment(j, item)))
    return Edited(Action.EDIT_APPOINTMENT, item, APPOINTMENTS, _change(lambda j: save_appointment(j, previous)),
                  _change(lambda j: save_appointment(j, item)))


def delete_appointment(journal: Journal, item: Appointment) -> Edited:
    deleted = journal.delete_appointment(item.id)
    return Edited(Action.DELETE_APPOINTMENT, deleted, APPOINTMENTS,
                  _change(lambda j: save_appointment(j, deleted)), _change(lambda j: delete_appointment(j, deleted)))
