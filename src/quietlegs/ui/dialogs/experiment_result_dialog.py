"""The result of a self-experiment so far (or at its end), in the window.

Opened from Today's experiment line ("Result so far…"). It reads the journal and works out the
result off the UI thread, through the page's one :class:`~quietlegs.ui.background.Runner` (the
exact randomisation test and the t interval use numpy and scipy, never on the UI thread, and
never statsmodels), then shows nights on and off, adherence, the difference with its 95%
interval, the p-value and the plain words the analysis gives.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import Experiment, end_of
from quietlegs.services import experiments
from quietlegs.ui.background import Runner
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, in_sentence
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.look import hint, section_title
from quietlegs.ui.widgets.plain_text import plain_label


def _day(d: date) -> str:
    return day_label(d, year=True)


class ExperimentResultDialog(QDialog):
    shown = Signal()  # the result (or the reason there is none) is on show

    def __init__(self, service: JournalService, experiment: Experiment, kind_name: str, today: date,
                 tz: tzinfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.experiment, self.kind_name, self.today, self._tz = service, experiment, kind_name, today, tz
        self.result = None
        self.runner = Runner(self, "experiment-result")
        outcome = OUTCOMES[experiment.outcome]
        self.setWindowTitle(self.tr("Experiment: result so far"))
        self.heading = section_title(self.tr("{0}, judged by {1}").format(kind_name, in_sentence(vocab_tr(outcome.label))))
        self.design = hint(self.tr("{0} of %n night(s) each, from the night of {1} to the night of {2}.", "",
                                   experiment.period_nights).format(
            self.tr("%n pair(s)", "", experiment.pairs), _day(experiment.start), _day(end_of(experiment))))
        self.status = plain_label(self.tr("Working out the result…"))
        self.status.setWordWrap(True)
        self.values = {name: plain_label() for name in ("nights", "adherence", "difference", "interval", "p_value")}
        form = QFormLayout()
        for name, text in (("nights", self.tr("Nights logged")), ("adherence", self.tr("Followed the plan")),
                           ("difference", self.tr("Difference (on − off)")), ("interval", self.tr("95% interval")),
                           ("p_value", self.tr("p-value"))):
            form.addRow(text, self.values[name])
        self.words = plain_label()  # the analysis' plain words (kind names are the person's words)
        self.words.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.design)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.words)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.job = None
        self.refresh()

    def refresh(self) -> None:
        """Work the result out again, off the UI thread."""
        journal, exp_id, today, tz = self.service.journal, self.experiment.id, self.today, self._tz
        self.status.setText(self.tr("Working out the result…"))
        self.status.show()
        self.job = self.runner.start(lambda task: experiments.result(journal, exp_id, today, tz),
                                     done=self._show, error=self._failed)

    def _show(self, result) -> None:
        from PySide6.QtCore import QLocale

        from quietlegs.report.experiment_words import experiment_sentence

        self.result = result
        locale = QLocale()
        o = OUTCOMES[self.experiment.outcome]
        unit = "" if not o.unit else (o.unit if o.unit == "%" else " " + o.unit)

        def signed(value: float) -> str:  # "+3.0", "-1.2" (the locale's signs and decimal mark)
            text = locale.toString(float(value), "f", o.decimals)
            return text if value < 0 else locale.positiveSign() + text

        self.values["nights"].setText(self.tr("{0} on {1}, {2} off").format(
            result.nights_on, self.kind_name, result.nights_off))
        self.values["adherence"].setText(
            self.tr("not yet known") if result.adherence is None
            else self.tr("{0}%").format(locale.toString(100 * result.adherence, "f", 0)))
        if result.difference is None:
            for name in ("difference", "interval", "p_value"):
                self.values[name].setText(self.tr("not yet: needs two pairs logged"))
        else:
            self.values["difference"].setText(f"{signed(result.difference)}{unit}")
            self.values["interval"].setText(self.tr("{0} to {1}").format(
                f"{signed(result.ci_low)}{unit}", f"{signed(result.ci_high)}{unit}"))
            self.values["p_value"].setText(locale.toString(float(result.p_value), "g", 3))
        english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
        # English: the analysis' own words (the command line's); other languages: the same, translated
        self.words.setText(result.words if english else experiment_sentence(result, self.kind_name, self.today))
        self.status.hide()
        self.adjustSize()  # the numbers and the words in full, not the size "Working out…" needed
        self.shown.emit()

    def _failed(self, exc: BaseException) -> None:
        self.result = None
        for label in self.values.values():
            label.setText("")
        self.words.setText("")
        from quietlegs.storage.errors import StorageError

        reason = str(exc) if isinstance(exc, StorageError) else self.tr("the journal could not be read.")
        self.status.setText(self.tr("The result could not be worked out: {0}").format(reason))
        self.status.show()
        self.adjustSize()
        self.shown.emit()
