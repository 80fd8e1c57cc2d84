"""The next appointment and its questions, for the Today page.

Self-contained: give it the service and a clock; it refreshes itself whenever the journal
changes, and hides itself when no appointment is coming. ``open_requested`` asks the window to
show the Appointments page (to add questions).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quietlegs.domain.records import Appointment
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, time_label
from quietlegs.ui.widgets.plain_text import plain_label

MAX_QUESTIONS_SHOWN = 5


class NextAppointmentWidget(QFrame):
    open_requested = Signal()

    def __init__(self, service: JournalService, now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._now = now
        self.appointment: Appointment | None = None
        self.setObjectName("nextAppointment")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.caption = QLabel()
        self.title = plain_label()  # who the visit is with: the person's words
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.purpose = plain_label()
        self.purpose.setWordWrap(True)
        self.questions = plain_label()
        self.questions.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Questions…"))
        self.open_button.setToolTip(self.tr("Open the appointment to add or change its questions"))
        self.open_button.clicked.connect(self.open_requested)

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.caption)
        heading.addWidget(self.title)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.purpose)
        layout.addWidget(self.questions)

        # Appointments only. It hides itself when none is coming, so it cannot wait to be shown
        # like a page: a change of appointments (one short read) is applied at once.
        service.journal_changed.connect(lambda change: change.touches_appointments() and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if not self.service.is_open:  # start-up: read once the journal is open (it announces everything)
            return
        today = self._now().date()
        from quietlegs.domain.appointments import next_appointment  # (after start-up: see above)

        a = next_appointment(self.service.journal.appointments(today), today)
        self.appointment = a
        self.setVisible(a is not None)
        if a is None:
            return
        days = (a.date - today).days
        when = (self.tr("today") if days == 0 else self.tr("tomorrow") if days == 1
                else self.tr("in %n day(s)", "", days))
        self.caption.setText(self.tr("Next appointment, {0}").format(when))
        at = f", {time_label(a.time)}" if a.time else ""
        self.title.setText(self.tr("{date}{at} with {who}").format(
            date=day_label(a.date), at=at, who=a.with_whom))
        self.purpose.setText(a.purpose)
        self.purpose.setVisible(bool(a.purpose))
        if a.questions:
            shown = [f"{n}. {q}" for n, q in enumerate(a.questions[:MAX_QUESTIONS_SHOWN], 1)]
            more = len(a.questions) - MAX_QUESTIONS_SHOWN
            if more > 0:
                shown.append(self.tr("… and %n more", "", more))
            self.questions.setText("\n".join(shown))
        else:
            self.questions.setText(self.tr("No questions written down yet."))
