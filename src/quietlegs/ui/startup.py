"""Opening the journal for the windows, and explaining calmly when it cannot be opened.

A damaged journal is never opened, deleted or overwritten: with the user's say-so it is moved
aside as ``*.damaged`` and the newest good backup is put in its place (or a new, empty journal
is started). A journal from a newer Quiet Legs is refused and left exactly as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from quietlegs import clock
from quietlegs.paths import DataPaths
from quietlegs.storage.backup import make_backup, newest_sound_backup, remove_stale_temps
from quietlegs.storage.inspect import check_journal
from quietlegs.storage.errors import JournalDamaged, JournalTooNew, StorageError
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.quarantine import move_aside
from quietlegs.storage.restore import remove_stale_restore, restore_backup
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.plain_text import message_box


def tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


def _tell(icon: QMessageBox.Icon, title: str, text: str, info: str = "") -> None:
    message_box(icon, title, text, info).exec()  # plain text: paths and file contents are never markup


def _open(paths: DataPaths):
    return open_journal(
        paths.journal,
        before_migration=lambda p: make_backup(p, paths.backups, clock.now(), "before-migration"),
    )


def open_or_explain(paths: DataPaths) -> JournalService | None:
    """The journal's service, or ``None`` after telling the user why it could not be opened.

    Called by the one process that holds the journal lock.
    """
    remove_stale_temps(paths.backups)  # half-made copies of a process that died
    remove_stale_restore(paths.journal)
    try:
        check_journal(paths.journal, paths.backups)
        journal = _open(paths)
    except JournalTooNew as exc:
        _tell(QMessageBox.Icon.Critical, tr("This journal is from a newer Quiet Legs"), str(exc))
        return None
    except JournalDamaged as exc:
        return _offer_recovery(paths, exc)
    except StorageError as exc:
        _tell(QMessageBox.Icon.Critical, tr("Quiet Legs cannot open the journal"), str(exc))
        return None
    return JournalService(journal, paths)


def _offer_recovery(paths: DataPaths, damage: JournalDamaged) -> JournalService | None:
    good = newest_sound_backup(paths.backups)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Your journal needs attention"),
                      tr("Quiet Legs found a problem with your journal file and did not open it, "
                         "so nothing more can happen to it."))
    info = tr("Part of the file cannot be read as it should. This happens after a disk problem, a copy "
              "that did not finish, or a file left over from another copy of the journal.\n\n"
              "The damaged file will be kept beside the journal, renamed to end in “.damaged”. "
              "Nothing is deleted.")
    box.setDetailedText(tr("What the check found: {0}").format(damage.detail))
    if good is not None:
        info += "\n\n" + tr("The newest good backup is from {0} and holds {1} nights. "
                            "Restore it and carry on?").format(f"{good.made_at:%a %d %b %Y, %H:%M}", good.nights)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Restore the backup"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
    else:
        info += "\n\n" + tr("There is no good backup to restore. You can start a new, empty journal; "
                            "the damaged file stays beside it for someone to rescue.")
        box.setStandardButtons(QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.No).setText(tr("Start an empty journal"))
    box.button(QMessageBox.StandardButton.Cancel).setText(tr("Quit without changing anything"))
    box.setInformativeText(info)
    answer = box.exec()
    if answer not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        return None
    now = clock.now()
    try:
        kept = move_aside(paths.journal, now)
        if answer == QMessageBox.StandardButton.Yes and good is not None:
            restore_backup(good.path, paths.journal, paths.backups, now)
        journal = _open(paths)
    except (StorageError, OSError) as exc:
        _tell(QMessageBox.Icon.Critical, tr("Quiet Legs cannot open the journal"),
              tr("That did not work: {0}").format(exc),
              tr("Nothing was deleted; the damaged file is beside the journal."))
        return None
    done = (tr("The backup from {0} is now your journal ({1} nights).").format(
        f"{good.made_at:%a %d %b %Y, %H:%M}", good.nights)
        if answer == QMessageBox.StandardButton.Yes else tr("A new, empty journal was started."))
    _tell(QMessageBox.Icon.Information, tr("Your journal is ready"), done,
          tr("The damaged file was kept as {0} in {1}.").format(kept.name, kept.parent))
    return JournalService(journal, paths)
