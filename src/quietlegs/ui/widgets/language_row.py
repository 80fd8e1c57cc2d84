"""Settings' language row: System default, English, Deutsch, Español (applies at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from quietlegs.ui.settings import sync_private
from quietlegs.ui.translation import LANGUAGE_NAMES, LANGUAGES, choose_language, chosen_language


class LanguageRow(QWidget):
    """A choice of language, remembered in ``settings`` as soon as it is made."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.box = QComboBox()
        self.box.addItem(self.tr("System default"), "")
        for code in LANGUAGES:
            self.box.addItem(LANGUAGE_NAMES[code], code)  # each language in its own words
        self.box.setCurrentIndex(max(0, self.box.findData(chosen_language(settings))))
        self.box.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.box)
        self.note = QLabel(self.tr("A new language shows the next time Quiet Legs starts."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.box.currentIndexChanged.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _chosen(self, _index: int) -> None:
        choose_language(self.settings, self.box.currentData() or "")
        sync_private(self.settings)
        self.note.setVisible(True)
