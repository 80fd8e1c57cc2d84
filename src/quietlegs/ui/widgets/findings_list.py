"""The findings of Insights in plain words, best first, under headings: what seems to help,
what seems to hurt, what is not clear yet and what has too little data, with a symbol and a
colour each (so they read in grey too) and the reminder that these are associations."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.report.finding_words import sentence
from quietlegs.report.words import outcome_in_sentence
from quietlegs.ui import colours

VERDICT_LOOK = {  # verdict → (symbol, semantic colour or None for the text's own): symbol and colour both,
    # so it reads in grey too
    "helps": ("▲", "helps"), "hurts": ("▼", "hurts"), "unclear": ("?", None), "too_little_data": ("…", None),
    "warning": ("!", "hurts"),  # unlogged nights: before the findings
}
VERDICT_ROLE = 257  # an item's verdict, for its colour: "note" for the quieter lines


class WrappingDelegate(QStyledItemDelegate):
    """Each item as tall as its words need at the view's width, so that a long finding wraps
    onto as many lines as it takes instead of ending in "…" (Qt's own measure misses the
    style sheet's padding and cuts the last line off)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        view = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = view.viewport().width() - 2 * view.spacing()
        tall = 1_000_000
        opt.rect = QRect(0, 0, width, tall)
        style = view.style()
        inside = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)  # less the padding
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1  # Qt's text margin,
        room = max(1, inside.width() - 4 * margin)  # taken off each side as laid out and again as drawn
        needed = QFontMetrics(opt.font).boundingRect(QRect(0, 0, room, tall), Qt.TextFlag.TextWordWrap,
                                                     opt.text).height()
        return QSize(width, needed + (tall - inside.height()) + 2)


class FindingsList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("findings")
        self.setAccessibleName(self.tr("Findings"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again at each new width
        self.setStyleSheet("QListWidget#findings { font-size: 10.5pt; } "
                           "QListWidget#findings::item { padding: 4px 2px; }")

    def show_findings(self, outcome: str, findings: list, nights: int) -> None:
        """The findings (``analysis.findings``) for ``outcome`` over a period of ``nights`` logged nights,
        worded in the user's language (``report.finding_words``)."""
        self.clear()
        spec = OUTCOMES[outcome]
        heading = QListWidgetItem(
            (self.tr("What lines up with %1 (higher is better)") if spec.higher_is_better
             else self.tr("What lines up with %1 (lower is better)")).replace("%1", outcome_in_sentence(outcome)))
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
            symbol, _colour = VERDICT_LOOK.get(f.verdict, ("•", None))
            item = QListWidgetItem(f"{symbol}  {sentence(f)}")
            item.setData(VERDICT_ROLE, f.verdict)
            item.setData(256, f.kind)
            self.addItem(item)
        for f in notes:
            item = QListWidgetItem(sentence(f))
            item.setData(VERDICT_ROLE, "note")
            self.addItem(item)
        note = QListWidgetItem(self.tr("These are associations in your own nights, not proof of cause."))
        note.setData(VERDICT_ROLE, "note")
        self.addItem(note)
        self._colour_items()

    def _colour_items(self) -> None:
        """Helps and hurts in their colours, notes quieter, the rest in the text's own colour:
        each variant for the palette in use (light or dark), all ≥ 4.5:1 on the list."""
        pal = colours.palette()
        for i in range(self.count()):
            item = self.item(i)
            verdict = item.data(VERDICT_ROLE)
            semantic = VERDICT_LOOK.get(verdict, ("", None))[1]
            if semantic is not None:
                item.setForeground(colours.semantic(semantic, pal))
            elif verdict == "note":
                item.setForeground(colours.dim_text(pal))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_items()
