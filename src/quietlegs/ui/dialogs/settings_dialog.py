"""Settings (File → Settings…, Ctrl+,): the journal's backups, and restoring one of them; running
in the background (dialogs/desktop_settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietlegs.storage.backup import BackupInfo, list_backups
from quietlegs.storage.errors import StorageError
from quietlegs.ui.dialogs.desktop_settings import DesktopSettings
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import local_datetime
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.look import rows_to_pick
from quietlegs.ui.widgets.plain_text import plain_label
from quietlegs.ui.window_state import fit_size

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def when(info: BackupInfo) -> str:
    return local_datetime(info.made_at)


class SettingsDialog(QDialog):
    def __init__(self, service: JournalService, auto_backup=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.auto_backup = service, auto_backup
        self.setWindowTitle(self.tr("Settings"))
        fit_size(self, 640, 620)  # less on a small screen
        self._backups: list[BackupInfo] = []

        heading = QLabel(self.tr("Backups"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        about = QLabel(self.tr(
            "Quiet Legs backs up your journal on its own: before updates, imports and restores, "
            "when you close it, and every 30 minutes while you make changes. It keeps every backup "
            "of today, one a day for two weeks, one a week for three months and one a month after "
            "that.\nBackups are kept in {0}").format(service.paths.backups))
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Nights"), self.tr("Why")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        rows_to_pick(self.table)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.status = plain_label()  # names files and problems
        self.status.setWordWrap(True)
        self.status.setObjectName("status")

        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        from quietlegs.ui.settings import app_settings
        from quietlegs.ui.widgets.language_row import LanguageRow

        self.language = LanguageRow(app_settings(service.paths))
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.desktop = DesktopSettings(service.paths, getattr(parent, "keep_in_tray", None),
                                       demo=getattr(parent, "demo", False))
        layout.addWidget(self.desktop)  # keep running in the notification area, start at login
        layout.addWidget(close)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        self._backups = list_backups(self.service.paths.backups)
        self.model.removeRows(0, self.model.rowCount())
        for info in self._backups:
            made = QStandardItem(when(info))
            made.setData(str(info.path), PATH_ROLE)
            nights = QStandardItem(self.tr("unreadable") if info.nights is None else QLocale().toString(info.nights))
            nights.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([made, nights, QStandardItem(vocab_tr(info.reason_label))])
        if self._backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("There are no backups yet. The first one is made when you close "
                                        "Quiet Legs after a change, or now with “Back up now”."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # ------------------------------------------------------------------ actions

    def backup_now(self) -> None:
        if self.auto_backup is not None:
            path = self.auto_backup.backup_now("manual")
        else:
            from quietlegs import clock
            from quietlegs.services.backups import back_up

            try:  # the same workflow as every backup: verified, then rotated
                path = back_up(self.service.paths, clock.now(), "manual")
            except (StorageError, OSError) as exc:
                self.status.setText(str(exc))
                return
        self.refresh()
        if path is not None:
            self.status.setText(self.tr("Backed up just now."))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        nights = self.tr("nights unknown") if info.nights is None else self.tr("%n night(s)", "", info.nights)
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Restore the backup from {0} ({1})?\n\nYour journal as it is now is backed up "
                    "first, so you can come back to it from this list.").format(when(info), nights),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            kept = self.service.restore_backup(info.path)
        except (StorageError, OSError) as exc:
            self.refresh()
            self.status.setText(self.tr("The backup was not restored: {0}").format(exc))
            return
        self.refresh()
        message = self.tr("Restored the backup from {0}. The journal now holds %n night(s).", "",
                          self.service.journal.counts()["nights"]).format(when(info))
        if kept is not None and kept.name.endswith(".damaged"):
            message += " " + self.tr("The damaged journal was kept as {0}.").format(kept.name)
        elif kept is not None:
            message += " " + self.tr("Your journal as it was is the newest backup in this list.")
        self.status.setText(message)


def add_settings_action(window, service: JournalService, auto_backup=None) -> QAction:
    """File → Settings… (Ctrl+,)."""
    action = QAction(tr("&Settings…"), window)
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        SettingsDialog(service, auto_backup, window).exec()

    action.triggered.connect(open_dialog)
    window.menu("&File").addAction(action)
    return action
