"""The findings of Insights in plain words, best first, under headings: what seems to help,
what seems to hurt, what is not clear yet and what has too little data, with a symbol and a
colour each (so they read in grey too) and the reminder that these are associations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from quietlegs.analysis.outcomes import OUTCOMES

VERDICT_LOOK = {  # verdict → (symbol, colour): symbol and colour both, so it reads in grey too
    "helps": ("▲", "#0072B2"), "hurts": ("▼", "#D55E00"), "unclear": ("?", "#6E6E6E"), "too_little_data": ("…", "#6E6E6E"),
    "warning": ("!", "#D55E00"),  # unlogged nights: before the findings
}


class FindingsList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("findings")
        self.setAccessibleName(self.tr("Findings"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget#findings { font-size: 10.5pt; } "
                           "QListWidget#findings::item { padding: 4px 2px; }")

    def show_findings(self, outcome: str, findings: list, nights: int) -> None:
        """The findings (``analysis.findings``) for ``outcome`` over a period of ``nights`` logged nights."""
        self.clear()
        spec = OUTCOMES[outcome]
        heading = QListWidgetItem(self.tr("What lines up with %s (%s)") % (
            spec.label.lower(), self.tr("higher is better") if spec.higher_is_better else self.tr("lower is better")))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.addItem(heading)
        if not findings:
            self.addItem(self.tr("Nothing used before bed in this period, so there is nothing to compare yet.")
                         if nights else self.tr("No nights logged in this period."))
        sections = {"helps": self.tr("Seems to help"), "hurts": self.tr("Seems to hurt"),
                    "unclear": self.tr("Not clear yet"), "too_little_data": self.tr("Too little data yet")}
        notes = [f for f in findings if f.verdict == "note"]  # what was adjusted for: after the findings
        for f in findings:
            if f.verdict == "note":
                continue
            if f.verdict in sections:
                section = QListWidgetItem(sections.pop(f.verdict))
                section.setFont(font)
                self.addItem(section)
            symbol, colour = VERDICT_LOOK.get(f.verdict, ("•", "#222222"))
            item = QListWidgetItem(f"{symbol}  {f.text}")
            item.setForeground(QColor(colour) if f.verdict in ("helps", "hurts", "warning") else QColor("#333333"))
            item.setData(256, f.kind)
            self.addItem(item)
        for f in notes:
            item = QListWidgetItem(f.text)
            item.setForeground(QColor("#6E6E6E"))
            self.addItem(item)
        note = QListWidgetItem(self.tr("These are associations in your own nights, not proof of cause."))
        note.setForeground(QColor("#6E6E6E"))
        self.addItem(note)
