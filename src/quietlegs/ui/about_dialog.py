"""Help → About Quiet Legs: the version, where the journal lives, the licence, and what the
app is not (a medical device)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from quietlegs import APP_NAME, __version__
from quietlegs.paths import DataPaths
from quietlegs.ui.theme import app_icon
from quietlegs.ui.widgets.plain_text import plain_label, tell


class AboutDialog(QDialog):
    def __init__(self, paths: DataPaths, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        name = QLabel(APP_NAME)
        font = QFont(name.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = QLabel(self.tr(
            "A private journal for your nights and your legs: restless legs, night cramps, "
            "aching or sore legs, and what you try for them."))
        purpose.setWordWrap(True)
        not_medical = QLabel(self.tr(
            "<b>Quiet Legs is a personal journal, not a medical device.</b> It does not diagnose "
            "or treat anything. Talk to your doctor about your symptoms and before changing "
            "any treatment."))
        not_medical.setWordWrap(True)

        where_title = QLabel(self.tr("<b>Your journal</b>"))
        self.journal_label = plain_label(paths.journal)  # a folder's name is never read as markup
        self.journal_label.setObjectName("journalPath")
        self.journal_label.setWordWrap(True)
        self.journal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        private = QLabel(self.tr("It stays on this computer: Quiet Legs never connects to the internet."))
        private.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("&Open Folder"))
        self.open_folder_button.setToolTip(self.tr("Show the folder with the journal and its backups"))
        self.open_folder_button.clicked.connect(self.open_folder)

        licence = QLabel(self.tr(
            "Free software: you may share and change it under the terms of the GNU General "
            "Public License, version 3 or (at your option) any later version. It comes with "
            "no warranty."))
        licence.setObjectName("licence")
        licence.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        def group(*widgets, spacing=2) -> QVBoxLayout:
            box = QVBoxLayout()
            box.setSpacing(spacing)
            for widget in widgets:
                box.addWidget(widget)
            return box

        text = QVBoxLayout()
        text.setSpacing(14)
        text.addLayout(group(name, self.version_label, spacing=0))
        text.addLayout(group(purpose, not_medical, spacing=8))
        where = group(where_title, self.journal_label, private)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 4, 0, 0)
        folder_row.addWidget(self.open_folder_button)
        folder_row.addStretch(1)
        where.addLayout(folder_row)
        text.addLayout(where)
        text.addWidget(licence)
        text.addStretch(1)

        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        outer.addLayout(top)
        outer.addSpacing(8)
        outer.addWidget(buttons)
        self.setMinimumWidth(540)
        self.resize(560, outer.totalHeightForWidth(560))  # no empty band under wrapped text

    def open_folder(self) -> bool:
        """Show the journal's folder in the system's file manager (a local file, no network)."""
        folder = self.paths.root
        if folder.is_dir() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        tell(QMessageBox.Icon.Information, self.tr("Cannot open the folder"),
             self.tr("The folder could not be opened here. You will find it at:\n%1").replace("%1", str(folder)),
             parent=self)
        return False
