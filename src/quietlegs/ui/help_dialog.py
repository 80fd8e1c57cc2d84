"""Help → Quiet Legs Help (F1): the help page shipped with the app, read offline."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from quietlegs import APP_NAME
from quietlegs.resources import help_file
from quietlegs.ui.window_state import fit_size


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1 Help").replace("%1", APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the help is offline; it has no links to follow
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDocumentMargin(18)
        path = help_file(QLocale().name())
        self.source = path
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_size(self, 640, 600)  # less on a small screen
