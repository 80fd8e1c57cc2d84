"""Opening the journal for the windows, and explaining calmly when it cannot be opened.

A damaged journal is never opened, deleted or overwritten: with the user's say-so it is moved
aside as ``*.damaged`` and the newest good backup is put in its place (or a new, empty journal
is started). A journal from a newer Quiet Legs is refused and left exactly as it is.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from quietlegs import clock
from quietlegs.paths import DataPaths
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import local_datetime
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.plain_text import message_box

if TYPE_CHECKING:  # the opening (and SQLAlchemy) load once Today is usable (start_quickly)
    from quietlegs.services.opening import CannotOpen
    from quietlegs.services.today import TodayNight
    from quietlegs.storage.repository import Journal


def _tell(icon: QMessageBox.Icon, title: str, text: str, info: str = "") -> None:
    message_box(icon, title, text, info).exec()  # plain text: paths and file contents are never markup


def open_or_explain(paths: DataPaths) -> JournalService | None:
    """The journal's service, or ``None`` after telling the user why it could not be opened.

    Called by the one process that holds the journal lock. The checks, the backup before a
    migration and the recovery are services.opening's; this is only the talking.
    """
    journal = open_journal_or_explain(paths)
    return None if journal is None else JournalService(journal, paths)


def start_quickly(paths: DataPaths, now: datetime,
                  opener=None) -> tuple[JournalService, TodayNight] | None:
    """Start-up's fast path: Today's first view, read without opening the journal, and a
    service whose journal opens (:func:`open_journal_or_explain`, or ``opener``) on its first
    use: a save waits for every check. ``None`` when only the full opening may read this
    journal (a new, older, newer, damaged or unreadable one): then call :func:`open_or_explain`."""
    from quietlegs.domain.night_rule import night_to_log
    from quietlegs.services.today import first_view

    view = first_view(paths.journal, night_to_log(now))
    if view is None:
        return None
    return JournalService(None, paths, opener=opener or (lambda: open_journal_or_explain(paths))), view


def open_journal_or_explain(paths: DataPaths) -> Journal | None:
    """The journal, opened with every check (a migration's backup, the records set aside), or
    ``None`` after telling the user why it could not be (and offering the way out)."""
    from quietlegs.services.opening import CannotOpen, open_for_window

    try:
        journal = open_for_window(paths, clock.now())
    except CannotOpen as exc:
        if exc.kind == CannotOpen.DAMAGED:
            return _offer_recovery(paths, exc)
        if exc.kind == CannotOpen.TOO_NEW:
            _tell(QMessageBox.Icon.Critical, tr("This journal is from a newer Quiet Legs"), str(exc.cause))
        else:
            _tell(QMessageBox.Icon.Critical, tr("Quiet Legs cannot open the journal"), str(exc.cause))
        return None
    _tell_of_set_aside(journal)
    return journal


def _tell_of_set_aside(journal) -> None:
    """Once the window is up, say calmly which records were set aside and where (services.repair:
    it happens once, so this is said once)."""
    done = getattr(journal, "set_aside", None)
    if done is None:
        return
    from quietlegs.domain.validation import FIRST_DATE, LAST_DATE

    records = tr("%n record(s)", "", done.count)
    text = tr("Quiet Legs set aside {0} it cannot use (a date outside {1}–{2}, an impossible amount or "
              "broken text), so that the rest of your journal works.").format(
        records, FIRST_DATE.year, LAST_DATE.year)
    info = tr("They are kept in {0} in {1}. To have them back, fix the dates in that file and import it "
              "again (File → Import…). A backup from before this is in the backups folder.").format(
        done.path.name, done.path.parent)
    QTimer.singleShot(0, lambda: _tell(QMessageBox.Icon.Information, tr("Some records were set aside"), text, info))


def _offer_recovery(paths: DataPaths, damage: CannotOpen) -> Journal | None:
    from quietlegs.services.opening import journal_files_exist, recover
    from quietlegs.storage.errors import StorageError
    from quietlegs.storage.inspect import JournalEmpty
    from quietlegs.storage.migrate import JournalOutOfStep

    good = damage.good
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Your journal needs attention"),
                      tr("Quiet Legs found a problem with your journal file and did not open it, "
                         "so nothing more can happen to it."))
    missing = not journal_files_exist(paths)
    if isinstance(damage.cause, JournalEmpty):
        info = tr("The journal file is empty (0 bytes). Quiet Legs never leaves its journal empty, so a copy, "
                  "a sync tool or a start that stopped at once made it so. If you did not just create it, "
                  "a backup you keep elsewhere may hold your journal.")
    elif missing:
        info = tr("The journal file is not there, though there are backups of it: a sync tool or a copy "
                  "may have removed it.")
    elif isinstance(damage.cause, JournalOutOfStep):
        info = tr("The journal's record of which version made it does not match the tables it holds "
                  "(a copy or an update that mixed two versions), so it cannot be updated safely.")
    else:
        info = tr("Part of the file cannot be read as it should. This happens after a disk problem, a copy "
                  "that did not finish, or a file left over from another copy of the journal.")
    empty = isinstance(damage.cause, JournalEmpty)
    if empty:
        info += "\n\n" + tr("The empty file will be kept beside the journal, renamed to end in “.damaged”. "
                             "Nothing is deleted.")
    elif not missing:
        info += "\n\n" + tr("The damaged file will be kept beside the journal, renamed to end in “.damaged”. "
                             "Nothing is deleted.")
    box.setDetailedText(tr("What the check found: {0}").format(damage.detail))
    if good is not None:
        info += "\n\n" + tr("The newest good backup is from {0} and holds %n night(s). "
                            "Restore it and carry on?", "", good.nights or 0).format(local_datetime(good.made_at))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Restore the backup"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
    else:
        info += "\n\n" + (tr("There is no good backup to restore. You can start a new, empty journal.")
                           if missing or empty else tr("There is no good backup to restore. You can start a new, empty journal; "
                                   "the damaged file stays beside it for someone to rescue."))
        box.setStandardButtons(QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.No).setText(tr("Start an empty journal"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Quit without changing anything"))
    box.setInformativeText(info)
    answer = box.exec()
    if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        return None
    try:
        journal, kept = recover(paths, clock.now(), good if answer == QMessageBox.StandardButton.Yes else None)
    except (StorageError, OSError) as exc:
        _tell(QMessageBox.Icon.Critical, tr("Quiet Legs cannot open the journal"),
              tr("That did not work: {0}").format(exc),
              tr("Nothing was deleted; the damaged file is beside the journal."))
        return None
    done = (tr("The backup from {0} is now your journal (%n night(s)).", "", good.nights or 0).format(
        local_datetime(good.made_at))
        if answer == QMessageBox.StandardButton.Yes else tr("A new, empty journal was started."))
    _tell(QMessageBox.Icon.Information, tr("Your journal is ready"), done,
          tr("The damaged file was kept as {0} in {1}.").format(kept.name, kept.parent) if kept else "")
    _tell_of_set_aside(journal)
    return journal
