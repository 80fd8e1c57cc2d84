"""The journal as the windows use it: every change goes through here, is announced and undoable.

Like Anki's operations, a change emits :attr:`JournalService.changed` once it is stored, so
each view refreshes itself instead of being refreshed by whoever made the change. Every change
is a command on a ``QUndoStack`` (Ctrl+Z) that knows how to put the previous records back.
A change that the journal refuses raises before anything is pushed, so the stack only ever
holds changes that happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from typing import TYPE_CHECKING

from quietlegs.domain.records import Appointment, Intervention, InterventionKind, JournalData, Night, SymptomEvent

if TYPE_CHECKING:
    from quietlegs.paths import DataPaths
    from quietlegs.storage.repository import Journal


class _Change(QUndoCommand):
    """One user action: ``do`` already ran when the command is pushed; redo runs it again."""

    def __init__(self, service: JournalService, text: str, do: Callable[[], None], undo: Callable[[], None],
                 nights: frozenset[date]):
        super().__init__(text)
        self._service, self._do, self._undo, self._nights = service, do, undo, nights
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made (and checked) before the push
            self._first = False
            return
        self._do()
        self._service.announce(self._nights)

    def undo(self) -> None:
        self._undo()
        self._service.announce(self._nights)


def _nights_around(*moments: date | datetime | None) -> frozenset[date]:
    """The nights whose diary or events a change at these dates or times may touch."""
    out: set[date] = set()
    for m in moments:
        if m is None:
            continue
        d = m.date() if isinstance(m, datetime) else m
        out.update(d + timedelta(days=k) for k in (-1, 0, 1))
    return frozenset(out)


class JournalService(QObject):
    changed = Signal()
    # Emitted just before ``changed`` with the ``night_of`` dates a change may have touched
    # (an empty set for catalog changes, ``None`` when anything may have changed, e.g. an
    # import), so a 10-year view can refresh a few nights instead of all of them.
    changed_nights = Signal(object)

    def __init__(self, journal: Journal, paths: DataPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.journal = journal
        self.paths = paths
        self.undo_stack = QUndoStack(self)

    def announce(self, nights: Iterable[date] | None = None) -> None:
        self.changed_nights.emit(None if nights is None else frozenset(nights))
        self.changed.emit()

    # ------------------------------------------------------------------ the whole journal

    def replace_journal(self, journal: Journal) -> None:
        """Hand the views another journal (after a restore). Undo cannot reach across it."""
        self.journal = journal
        self.undo_stack.clear()
        self.announce()  # anything may have changed

    def import_data(self, data: JournalData):
        """Merge an imported file into the journal, all or nothing, after a backup (as the
        command line does). Raises InvalidRecord / StorageError with nothing changed."""
        counts = self.store_import(data)
        self.finish_import()
        return counts

    def store_import(self, data: JournalData):
        """The backup and the write of :meth:`import_data`, without telling the views; safe on
        a worker thread (it touches only the journal file and its backups). Follow it with
        :meth:`finish_import` on the UI thread."""
        from quietlegs import clock
        from quietlegs.storage.backup import make_backup, thin_backups

        self.journal.check_import(data)  # refused before any backup is taken
        if self.journal.counts()["nights"]:
            now = clock.now()
            make_backup(self.paths.journal, self.paths.backups, now, "before-import")
            thin_backups(self.paths.backups, now)
        return self.journal.import_data(data)

    def finish_import(self) -> None:
        self.undo_stack.clear()  # an import replaces records by id: undo would put back stale ones
        self.announce()

    def restore_backup(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of the journal; the journal as it was is backed up first.

        Returns that safety backup (or where a damaged journal was moved). On failure the
        journal is unchanged and reopened; the :class:`StorageError` says why.
        """
        from quietlegs import clock
        from quietlegs.storage.backup import make_backup
        from quietlegs.storage.journal_file import open_journal
        from quietlegs.storage.restore import restore_backup

        paths = self.paths
        self.journal.close()
        try:
            kept = restore_backup(backup, paths.journal, paths.backups, clock.now())
        finally:
            reopened = open_journal(paths.journal, before_migration=lambda p: make_backup(
                p, paths.backups, clock.now(), "before-migration"))
            self.replace_journal(reopened)
        return kept

    def _apply(self, text: str, do: Callable[[], None], undo: Callable[[], None],
               nights: frozenset[date] = frozenset()) -> None:
        do()  # raises InvalidRecord / StorageError before anything is pushed
        self.undo_stack.push(_Change(self, text, do, undo, nights))
        self.announce(nights)

    # ------------------------------------------------------------------ nights

    def save_night(self, night: Night) -> None:
        j = self.journal
        old = j.night_by_id(night.id)
        if old is None:
            self._apply(f"Log the night of {night.night_of:%d %b}", lambda: j.save_night(night),
                        lambda: j.delete_night(night.id), _nights_around(night.night_of))
        else:
            self._apply(f"Edit the night of {night.night_of:%d %b}", lambda: j.save_night(night),
                        lambda: j.save_night(old), _nights_around(night.night_of, old.night_of))

    def delete_night(self, night: Night) -> None:
        j = self.journal
        self._apply(f"Delete the night of {night.night_of:%d %b}", lambda: j.delete_night(night.id),
                    lambda: j.save_night(night), _nights_around(night.night_of))

    # ------------------------------------------------------------------ symptoms

    def save_symptom(self, event: SymptomEvent, previous: SymptomEvent | None = None) -> None:
        """Add ``event``, or replace ``previous`` (the same id) with it."""
        j = self.journal
        if previous is None:
            self._apply("Add a symptom", lambda: j.save_symptom(event), lambda: j.delete_symptom(event.id),
                        _nights_around(event.at))
        else:
            self._apply("Edit a symptom", lambda: j.save_symptom(event), lambda: j.save_symptom(previous),
                        _nights_around(event.at, previous.at))

    def delete_symptom(self, event: SymptomEvent) -> None:
        j = self.journal
        self._apply("Delete a symptom", lambda: j.delete_symptom(event.id), lambda: j.save_symptom(event),
                    _nights_around(event.at))

    # ------------------------------------------------------------------ interventions

    def save_intervention(self, item: Intervention, previous: Intervention | None = None) -> None:
        j = self.journal
        if previous is None:
            self._apply("Add an intervention", lambda: j.save_intervention(item),
                        lambda: j.delete_intervention(item.id), _nights_around(item.at))
        else:
            self._apply("Edit an intervention", lambda: j.save_intervention(item),
                        lambda: j.save_intervention(previous), _nights_around(item.at, previous.at))

    def delete_intervention(self, item: Intervention) -> None:
        j = self.journal
        self._apply("Delete an intervention", lambda: j.delete_intervention(item.id),
                    lambda: j.save_intervention(item), _nights_around(item.at))

    # ------------------------------------------------------------------ kinds

    def save_kind(self, kind: InterventionKind) -> None:
        j = self.journal
        old = next((k for k in j.kinds() if k.slug == kind.slug), None)
        if old is None:
            self._apply(f"Add {kind.name}", lambda: j.save_kind(kind), lambda: j.delete_kind(kind.slug))
        else:
            self._apply(f"Change {kind.name}", lambda: j.save_kind(kind), lambda: j.save_kind(old))

    def delete_kind(self, kind: InterventionKind) -> None:
        j = self.journal
        self._apply(f"Delete {kind.name}", lambda: j.delete_kind(kind.slug), lambda: j.save_kind(kind))

    # ------------------------------------------------------------------ appointments

    def save_appointment(self, item: Appointment, previous: Appointment | None = None) -> None:
        """Add ``item``, or replace ``previous`` (the same id) with it."""
        j = self.journal
        if previous is None:
            self._apply(f"Add the appointment of {item.date:%d %b}", lambda: j.save_appointment(item),
                        lambda: j.delete_appointment(item.id))
        else:
            self._apply(f"Edit the appointment of {item.date:%d %b}", lambda: j.save_appointment(item),
                        lambda: j.save_appointment(previous))

    def delete_appointment(self, item: Appointment) -> None:
        j = self.journal
        self._apply(f"Delete the appointment of {item.date:%d %b}", lambda: j.delete_appointment(item.id),
                    lambda: j.save_appointment(item))
