"""The journal as the windows use it: every change goes through here, is announced and undoable.

The edits themselves (checks, the one transaction, what changed, how to undo) live in
:mod:`quietlegs.services.editing`; this adds what only a window needs. Like Anki's operations,
each stored change is announced once as a typed :class:`~quietlegs.services.changes.Change`
(:attr:`JournalService.journal_changed`), so each view refreshes the parts it shows instead of
being refreshed by whoever made the change. Every change is a command on a ``QUndoStack``
(Ctrl+Z). A change that the journal refuses raises before anything is pushed, so the stack
only ever holds changes that happened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quietlegs.domain.records import Appointment, Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.services import editing
from quietlegs.services.changes import EVERYTHING, Change
from quietlegs.services.editing import Action, Edited
from quietlegs.storage.errors import StorageError
from quietlegs.ui.models.formatting import day_label

if TYPE_CHECKING:
    from quietlegs.paths import DataPaths
    from quietlegs.storage.repository import Journal


class _Change(QUndoCommand):
    """One user action: it was stored (and checked) when the command is pushed; redo stores it again."""

    def __init__(self, service: JournalService, text: str, edited: Edited):
        super().__init__(text)
        self._service, self._edited = service, edited
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made (and checked) before the push
            self._first = False
            return
        self._service.announce(self._edited.redo(self._service.journal))

    def undo(self) -> None:
        self._service.announce(self._edited.undo(self._service.journal))


def _day(d: date) -> str:
    return day_label(d)


def _undo_text(edited: Edited) -> str:
    """The Edit menu's words for an action ("Undo Log the night of 20 Nov")."""
    tr = lambda text: QCoreApplication.translate("", text)  # noqa: E731  (lupdate: a bare tr is the empty context)
    r, a = edited.record, edited.action
    texts: dict[Action, Callable[[], str]] = {
        Action.LOG_NIGHT: lambda: tr("Log the night of {0}").format(_day(r.night_of)),
        Action.EDIT_NIGHT: lambda: tr("Edit the night of {0}").format(_day(r.night_of)),
        Action.DELETE_NIGHT: lambda: tr("Delete the night of {0}").format(_day(r.night_of)),
        Action.ADD_SYMPTOM: lambda: tr("Add a symptom"),
        Action.EDIT_SYMPTOM: lambda: tr("Edit a symptom"),
        Action.DELETE_SYMPTOM: lambda: tr("Delete a symptom"),
        Action.ADD_INTERVENTION: lambda: tr("Add an intervention"),
        Action.EDIT_INTERVENTION: lambda: tr("Edit an intervention"),
        Action.DELETE_INTERVENTION: lambda: tr("Delete an intervention"),
        Action.ADD_KIND: lambda: tr("Add {0}").format(r.name),
        Action.EDIT_KIND: lambda: tr("Change {0}").format(r.name),
        Action.DELETE_KIND: lambda: tr("Delete {0}").format(r.name),
        Action.ADD_APPOINTMENT: lambda: tr("Add the appointment of {0}").format(_day(r.date)),
        Action.EDIT_APPOINTMENT: lambda: tr("Edit the appointment of {0}").format(_day(r.date)),
        Action.DELETE_APPOINTMENT: lambda: tr("Delete the appointment of {0}").format(_day(r.date)),
        Action.ADD_MILESTONE: lambda: tr("Add the milestone of {0}").format(_day(r.date)),
        Action.EDIT_MILESTONE: lambda: tr("Edit the milestone of {0}").format(_day(r.date)),
        Action.DELETE_MILESTONE: lambda: tr("Delete the milestone of {0}").format(_day(r.date)),
        Action.ADD_REGIMEN: lambda: tr("Add a regimen"),
        Action.EDIT_REGIMEN: lambda: tr("Correct a regimen"),
        Action.CHANGE_REGIMEN: lambda: tr("Change a regimen from {0}").format(_day(r.started_on)),
        Action.END_REGIMEN: lambda: tr("End a regimen"),
        Action.DELETE_REGIMEN: lambda: tr("Delete a regimen"),
        Action.LOG_REGIMEN: lambda: tr("Log the regimen of {0}").format(_day(r.night_of)),
        Action.SKIP_REGIMEN: lambda: tr("Skip a dose on {0}").format(_day(r.night_of)),
    }
    return texts[a]()


class JournalNotOpen(StorageError):
    """The journal could not be opened (its checks failed, or the person chose not to go on):
    nothing was read or saved."""

    def __init__(self):
        super().__init__(QCoreApplication.translate(
            "JournalService", "The journal could not be opened, so nothing was saved."))


class JournalService(QObject):
    """The journal for the window's views.

    At start-up it may be made before the journal is open (``journal=None`` and an ``opener``),
    while Today shows a first view read without opening it: the first use of :attr:`journal`
    (a save, a dialog, or the window's own :meth:`finish_opening` once Today is usable) opens
    it, with every check and message the opening has, and everything is then announced as
    changed so that each view reads it. A save before then waits for that opening.
    """

    # Emitted once per stored change, undo and redo included, with the Change it made.
    journal_changed = Signal(object)

    def __init__(self, journal: Journal | None, paths: DataPaths, parent: QObject | None = None,
                 opener: Callable[[], Journal | None] | None = None):
        super().__init__(parent)
        self._journal = journal
        self._opener = opener  # opens the journal (or says why not and gives None); used once
        self.is_opening = False  # True while the opener runs (it may show a message and wait)
        self.paths = paths
        self.undo_stack = QUndoStack(self)

    @property
    def journal(self) -> Journal:
        """The open journal; opened now, checks and all, if it was not yet. Raises
        :class:`JournalNotOpen` when it cannot be opened."""
        if self._journal is None and not self.finish_opening():
            raise JournalNotOpen()
        return self._journal

    @property
    def is_open(self) -> bool:
        """Whether the journal is open (views that read on their own wait for it, see above)."""
        return self._journal is not None

    def finish_opening(self) -> bool:
        """Open the journal if it is not open yet (the opener's checks, messages and choices);
        then announce everything as changed. False when it could not be opened (or is being
        opened right now, further up this thread's stack, behind a message)."""
        if self._journal is not None:
            return True
        opener, self._opener = self._opener, None
        if opener is None:
            return False
        self.is_opening = True
        try:
            journal = opener()
        finally:
            self.is_opening = False
        if journal is None:
            return False
        self._journal = journal
        self.announce(EVERYTHING)  # the views showed a first look, or nothing: now the journal
        return True

    def announce(self, change: Change = EVERYTHING) -> None:
        """Tell the views what changed (by default: anything may have, e.g. an import)."""
        if change:
            self.journal_changed.emit(change)

    # ------------------------------------------------------------------ the whole journal

    def replace_journal(self, journal: Journal) -> None:
        """Hand the views another journal (after a restore). Undo cannot reach across it."""
        self._journal = journal
        self.undo_stack.clear()
        self.announce(EVERYTHING)  # anything may have changed

    def import_data(self, data: JournalData):
        """Merge an imported file into the journal, all or nothing, after a backup (as the
        command line does). Raises InvalidRecord / StorageError with nothing changed."""
        counts = self.store_import(data)
        self.finish_import()
        return counts

    def store_import(self, data: JournalData):
        """The check, backup and write of :meth:`import_data` (services.importing), without
        telling the views; safe on a worker thread (it touches only the journal file and its
        backups). Returns an ImportResult; follow it with :meth:`finish_import` on the UI thread."""
        from quietlegs import clock
        from quietlegs.services.importing import import_into

        return import_into(self.journal, self.paths, data, clock.now())

    def finish_import(self) -> None:
        self.undo_stack.clear()  # an import replaces records by id: undo would put back stale ones
        self.announce(EVERYTHING)

    def restore_backup(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of the journal; the journal as it was is backed up first.

        Returns that safety backup (or where a damaged journal was moved). On failure the
        journal is unchanged and reopened; the :class:`StorageError` says why.
        """
        from quietlegs import clock
        from quietlegs.services import backups, opening

        self.journal.close()
        try:
            kept = backups.restore(self.paths, backup, clock.now())
        finally:
            self.replace_journal(opening.reopen(self.paths, clock.now()))
        return kept

    def _apply(self, edit: Callable[[Journal], Edited]) -> Edited:
        edited = edit(self.journal)  # raises InvalidRecord / StorageError before anything is pushed
        self.undo_stack.push(_Change(self, _undo_text(edited), edited))
        self.announce(edited.change)
        return edited

    # ------------------------------------------------------------------ nights

    def save_night(self, night: Night) -> Edited:
        return self._apply(lambda j: editing.save_night(j, night))

    def delete_night(self, night: Night) -> Edited:
        return self._apply(lambda j: editing.delete_night(j, night))

    # ------------------------------------------------------------------ symptoms
    # ``previous`` (the record being edited) is kept for the callers' sake: the journal itself
    # says what a save replaced.

    def save_symptom(self, event: SymptomEvent, previous: SymptomEvent | None = None) -> Edited:
        """Add ``event``, or replace the stored one with its id."""
        return self._apply(lambda j: editing.save_symptom(j, event))

    def delete_symptom(self, event: SymptomEvent) -> Edited:
        return self._apply(lambda j: editing.delete_symptom(j, event))

    # ------------------------------------------------------------------ interventions

    def save_intervention(self, item: Intervention, previous: Intervention | None = None) -> Edited:
        return self._apply(lambda j: editing.save_intervention(j, item))

    def delete_intervention(self, item: Intervention) -> Edited:
        return self._apply(lambda j: editing.delete_intervention(j, item))

    # ------------------------------------------------------------------ kinds

    def save_kind(self, kind: InterventionKind) -> Edited:
        return self._apply(lambda j: editing.save_kind(j, kind))

    def delete_kind(self, kind: InterventionKind) -> Edited:
        return self._apply(lambda j: editing.delete_kind(j, kind))

    # ------------------------------------------------------------------ appointments

    def save_appointment(self, item: Appointment, previous: Appointment | None = None) -> Edited:
        """Add ``item``, or replace the stored one with its id."""
        return self._apply(lambda j: editing.save_appointment(j, item))

    def delete_appointment(self, item: Appointment) -> Edited:
        return self._apply(lambda j: editing.delete_appointment(j, item))

    # ------------------------------------------------------------------ milestones

    def save_milestone(self, item) -> Edited:
        """Add ``item`` (a :class:`~quietlegs.domain.milestones.Milestone`), or replace the one with its id."""
        from quietlegs.services import milestones

        return self._apply(lambda j: milestones.save_milestone(j, item))

    def delete_milestone(self, item) -> Edited:
        from quietlegs.services import milestones

        return self._apply(lambda j: milestones.delete_milestone(j, item))

    # ------------------------------------------------------------------ regimens

    def edit_regimens(self, edit: Callable[[Journal], Edited]) -> Edited:
        """Store one of :mod:`quietlegs.services.regimens`' edits (``edit(journal)``), undoable."""
        return self._apply(edit)
