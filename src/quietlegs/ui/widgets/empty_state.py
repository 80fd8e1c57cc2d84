"""What a page says while it has nothing to show: what will appear there, and how to begin.

Shown in place of an empty table or a blank chart on first start. Links in the text take the
user straight there: ``page:NAME`` opens that page of the main window, ``action:import`` runs
File → Import….
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, body: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(body)
        self.body.setObjectName("emptyBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.linkActivated.connect(self.follow)
        font = self.body.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.body.setFont(font)
        column = QWidget()  # a readable column, centred; its labels fill it and wrap within it
        column.setMaximumWidth(560)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.hide()

    def text(self) -> str:
        """Everything it says, as plain text (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.body.text())
        return f"{self.title.text()}\n{doc.toPlainText()}"

    def follow(self, link: str) -> None:
        window = self.window()
        kind, _, name = link.partition(":")
        if kind == "page" and hasattr(window, "show_page"):
            window.show_page(name)
        elif kind == "action" and name == "import" and hasattr(window, "import_export"):
            window.import_export.import_action.trigger()
