"""Day counters for Today: "Day 12 since stopped kratom", with what usually happens at that stage.

Give it the service and a clock; Today keeps it up to date (with the red-flag banner, one read:
:class:`quietlegs.ui.widgets.daily_care.DailyCareWatcher`). It shows the latest milestones of the last
three months (:func:`quietlegs.services.milestones.today_day_counts`: the ones typed in the
Milestones dialog and every dry-needling session) and hides itself when there are none.
``edit_requested`` asks the window to open the Milestones dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quietlegs.storage.errors import StorageError
from quietlegs.ui import colours
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:  # the milestones load when the journal is first read (after start-up)
    from quietlegs.domain.milestones import DayCount


def counter_style(pal: QPalette) -> str:
    line = colours.mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.18)
    return f"""
QFrame#dayCounter {{
    border: 1px solid {colours.name(line)};
    border-radius: 10px;
}}
QLabel#dayNumber {{ font-weight: 700; }}
QLabel#hint {{ color: {colours.name(colours.dim_text(pal))}; }}
"""


class DayCounter(QFrame):
    edit_requested = Signal()

    def __init__(self, service: JournalService, now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._now = now
        self.counts: list[DayCount] = []
        self.setObjectName("dayCounter")
        colours.follow_palette(self, counter_style)
        self.lines: list[tuple[QLabel, QLabel]] = []
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        self.edit_button = QPushButton(self.tr("Milestones…"))
        self.edit_button.setToolTip(self.tr("Add, change or delete milestones (Ctrl+Shift+M)"))
        self.edit_button.clicked.connect(self.edit_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addLayout(self._rows, 1)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def _count_text(self, c: DayCount) -> str:
        name = c.milestone.name
        if c.days == 0:
            return self.tr("Today: {0}").format(name)
        return self.tr("Day {0} since {1}").format(c.days, name)

    def refresh(self) -> None:
        if not self.service.is_open:  # start-up: read once the journal is open (it announces everything)
            return
        try:
            from quietlegs.services.milestones import today_day_counts  # (after start-up: see above)

            counts = today_day_counts(self.service.journal, self._now().date())
        except StorageError:
            return
        self.show_counts(counts)

    def show_counts(self, counts: list[DayCount]) -> None:
        if counts == self.counts and self.lines:
            return
        self.counts = counts
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines = []
        for c in counts:
            day = plain_label(self._count_text(c))  # the milestone's name is the person's words
            day.setObjectName("dayNumber")
            day.setWordWrap(True)
            note = QLabel(vocab_tr(c.expectation) if c.expectation else "")
            note.setObjectName("hint")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            note.setVisible(bool(c.expectation))
            self._rows.addWidget(day)
            self._rows.addWidget(note)
            self.lines.append((day, note))
        self.setVisible(bool(counts))
