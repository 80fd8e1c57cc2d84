"""A calm line on Today while a self-experiment runs: which night it is and what tonight asks.

"Experiment: Magnesium, night 3 of 7 — tonight: ON (take it)". Self-contained: give it the
service, a clock and the page it sits on; it reads the plan when the page is shown and when the
catalog changes (a renamed kind), and hides itself when no experiment has a say over tonight.
Adherence is read from the journal later, never asked here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget

from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import StorageError
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.widgets.plain_text import plain_label


class ExperimentBanner(QFrame):
    stopped = Signal()  # an experiment was stopped here: the evening buttons follow
    def __init__(self, service: JournalService, now: Callable[[], datetime], page: QWidget,
                 parent: QWidget | None = None, tz: tzinfo | None = None):
        super().__init__(parent)
        self.service = service
        self._now = now
        self._tz = tz
        self.follow_up = None  # services.experiments.FollowUp, while one runs
        self.finished = None  # services.experiments.Finished: one that ended in the last two weeks
        self.result_dialog = None  # the "Result so far" dialog, while open
        self.setObjectName("experimentBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.line = plain_label()  # the kind's name is the person's words
        self.line.setWordWrap(True)
        self.line.setAccessibleName(self.tr("Experiment tonight"))
        self.stop_button = QPushButton(self.tr("Stop early…"))
        self.stop_button.setToolTip(self.tr("End the experiment now; the nights so far still give a result"))
        self.stop_button.clicked.connect(self.stop)
        self.result_button = QPushButton(self.tr("Result so far…"))
        self.result_button.setToolTip(self.tr("Nights on and off, how well the plan was followed, and what "
                                              "the difference is so far"))
        self.result_button.clicked.connect(self.show_result)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.result_button)
        layout.addWidget(self.stop_button)
        # The plan changes from another page (the Catalog's dialog): read it whenever Today shows.
        page.installEventFilter(self)
        service.journal_changed.connect(lambda change: change.touches_kinds() and self.refresh())
        self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.refresh()
        return False

    def refresh(self) -> None:
        if not self.service.is_open:  # start-up: read once the journal is open (it announces everything)
            return
        from quietlegs.services import experiments  # not before Today is usable (refresh waits for it)

        today = self._now().date()
        try:
            self.follow_up = experiments.following(self.service.journal, today)
            self.finished = None if self.follow_up else experiments.finished_recently(self.service.journal, today)
        except StorageError:
            self.follow_up = self.finished = None  # the page itself says what is wrong with the journal
        self.setVisible(self.follow_up is not None or self.finished is not None)
        self.stop_button.setVisible(self.follow_up is not None)
        if self.follow_up is None:
            if self.finished is not None:  # over: its result, one click away, for two weeks
                last = self.finished.last_night
                self.line.setText(self.tr("Experiment finished: {kind} (last night {day}) — see what it showed.")
                                  .format(kind=self.finished.kind_name, day=day_label(last)))
                self.result_button.setText(self.tr("Result…"))
                self.setToolTip("")
            return
        self.result_button.setText(self.tr("Result so far…"))
        from quietlegs.domain.experiments import ON, WASHOUT, end_of

        f = self.follow_up
        now, end = f.tonight, end_of(f.experiment)
        if now.condition == WASHOUT:
            text = self.tr("Experiment: {kind}, washout night {n} of {total} — tonight: skip it (washout)")
        elif now.condition == ON:
            text = self.tr("Experiment: {kind}, night {n} of {total} — tonight: ON (take it)")
        else:
            text = self.tr("Experiment: {kind}, night {n} of {total} — tonight: OFF (skip it)")
        self.line.setText(text.format(kind=f.kind_name, n=now.night, total=now.period.nights))
        self.setToolTip(self.tr("Period {0} of {1}; the experiment ends after the night of {2}.").format(
            now.period_number, now.periods, day_label(end, year=True)))

    def show_result(self) -> None:
        """The result so far (or in the end), worked out off the UI thread (the dialog's own runner)."""
        shown = self.follow_up or self.finished
        if shown is None:
            return
        from quietlegs.ui.dialogs.experiment_result_dialog import ExperimentResultDialog

        if self.result_dialog is not None:
            self.result_dialog.close()
        self.result_dialog = ExperimentResultDialog(self.service, shown.experiment, shown.kind_name,
                                                    self._now().date(), self._tz, self)
        self.result_dialog.finished.connect(self._result_closed)
        self.result_dialog.show()

    def _result_closed(self) -> None:
        if self.result_dialog is not None:
            self.result_dialog.deleteLater()
            self.result_dialog = None

    def ask_to_stop(self) -> bool:
        """Whether the person means it (tests answer this in place of a person)."""
        answer = QMessageBox.question(
            self, self.tr("Stop the experiment?"),
            self.tr("Stop the {0} experiment now? Last night is the last that counts; the result says it "
                    "was stopped early.").format(self.follow_up.kind_name))
        return answer == QMessageBox.StandardButton.Yes

    def stop(self) -> None:
        if self.follow_up is None or not self.ask_to_stop():
            return
        try:
            from quietlegs.services import experiments

            experiments.stop(self.service.journal, self.follow_up.experiment.id, self._now().date())
        except (InvalidRecord, StorageError) as exc:
            QMessageBox.information(self, self.tr("Not stopped"), str(exc))
        self.refresh()
        self.stopped.emit()
