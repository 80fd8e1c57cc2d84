"""Plan a self-experiment: the remedy, the outcome that decides, the periods, the start.

Before anything is saved the dialog shows the whole schedule (the order drawn at random within
each pair), the last night, and what the result will and will not be able to tell, including
the smallest p-value the design can reach. Choosing a slow-acting remedy suggests longer
periods with a washout. Saving goes through ``services.experiments``, like the command line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox, QWidget

from quietlegs.analysis.outcomes import DEFAULT_OUTCOME, OUTCOMES
from quietlegs.domain.experiments import (
    DEFAULT_PAIRS, MAX_PAIRS, MAX_PERIOD_NIGHTS, MAX_WASHOUT_NIGHTS, MIN_PAIRS, OFF, ON, WASHOUT, Experiment,
    end_of, schedule, suggested_design,
)
from quietlegs.domain.records import InterventionKind
from quietlegs.services import experiments
from quietlegs.ui.dialogs.form_dialog import FormDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, in_sentence, shown_name
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.look import hint
from quietlegs.ui.widgets.date_fields import DateField


def _day(d: date) -> str:
    return day_label(d)


class ExperimentDialog(FormDialog):
    def __init__(self, service: JournalService, today: date, kind: InterventionKind | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Plan an experiment"), parent)
        self.service = service
        self.seed = experiments.new_seed()  # drawn once: the schedule shown is the one saved
        self.saved: Experiment | None = None
        self.kinds = [k for k in service.journal.kinds() if not k.hidden or (kind and k.slug == kind.slug)]
        self.kind_box = QComboBox()
        for k in self.kinds:
            self.kind_box.addItem(shown_name(k), k.slug)
        self.outcome_box = QComboBox()
        for o in OUTCOMES.values():
            self.outcome_box.addItem(vocab_tr(o.label), o.name)
        self.outcome_box.setCurrentIndex(list(OUTCOMES).index(DEFAULT_OUTCOME))
        self.period_box = self._spin(1, MAX_PERIOD_NIGHTS, self.tr(" nights"))
        self.pairs_box = self._spin(MIN_PAIRS, MAX_PAIRS, self.tr(" pairs"))
        self.pairs_box.setValue(DEFAULT_PAIRS)
        self.washout_box = self._spin(0, MAX_WASHOUT_NIGHTS, self.tr(" nights"))
        self.start_edit = DateField(QDate(today.year, today.month, today.day))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy")
        self.add_field("kind", self.tr("&Remedy"), self.kind_box)
        self.add_field("outcome", self.tr("&Judged by"), self.outcome_box)
        self.add_field("period_nights", self.tr("&Each period"), self.period_box)
        self.add_field("pairs", self.tr("On/off &pairs"), self.pairs_box)
        self.add_field("washout_nights", self.tr("&Washout before a switch"), self.washout_box)
        self.add_field("start", self.tr("&First night"), self.start_edit)
        self.schedule_text = hint()
        self.schedule_text.setAccessibleName(self.tr("Schedule"))
        self.sentence = hint()
        self.sentence.setAccessibleName(self.tr("What it can tell"))
        self.add_field("schedule", self.tr("Schedule"), self.schedule_text, align_top=True)
        self.add_field("what_it_tells", self.tr("What it can tell"), self.sentence, align_top=True)
        self.setMinimumWidth(620)

        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        for box in (self.period_box, self.pairs_box, self.washout_box):
            box.valueChanged.connect(self.update_preview)
        self.outcome_box.currentIndexChanged.connect(self.update_preview)
        self.start_edit.dateChanged.connect(self.update_preview)
        if kind is not None and self.kind_box.findData(kind.slug) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind.slug))
        self._kind_chosen()

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        return box

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Wrapped words know their height only at their width: make room for all of them."""
        for label in (self.schedule_text, self.sentence):
            label.setMinimumHeight(label.heightForWidth(label.width()))
        self.adjustSize()

    def _kind_chosen(self) -> None:
        """A slow-acting remedy gets longer periods and a washout, as a suggestion."""
        slug = self.kind_box.currentData()
        kind = next((k for k in self.kinds if k.slug == slug), None)
        period, washout = suggested_design(slug or "", kind.category if kind else None,
                                           kind.slow_acting if kind else None)
        self.period_box.setValue(period)
        self.washout_box.setValue(washout)
        self.update_preview()

    def plan(self) -> Experiment:
        d = self.start_edit.date()
        return Experiment(kind=self.kind_box.currentData() or "", outcome=self.outcome_box.currentData(),
                          start=date(d.year(), d.month(), d.day()), seed=self.seed,
                          period_nights=self.period_box.value(), pairs=self.pairs_box.value(),
                          washout_nights=self.washout_box.value())

    def update_preview(self) -> None:
        exp = self.plan()
        errors = experiments.problems(self.service.journal, exp)
        self.show_errors(errors)
        if errors:
            self.schedule_text.setText("")
            self.sentence.setText("")
            return
        words = {ON: self.tr("ON"), OFF: self.tr("OFF")}
        lines = []
        for pair in range(exp.pairs):
            periods = [p for p in schedule(exp) if p.pair == pair]
            lines.append(self.tr("Pair {0}: {1}").format(pair + 1, ",  ".join(
                f"{words[p.condition]} {_day(p.first)} – {_day(p.last)}" for p in periods)))
        if exp.washout_nights:
            washouts = sum(p.condition == WASHOUT for p in schedule(exp))
            lines.append(self.tr("%n washout night(s) before each switch ({0} in all).", "", exp.washout_nights).format(
                washouts))
        end = end_of(exp)
        lines.append(self.tr("Ends after the night of {0}.").format(day_label(end, year=True)))
        self.schedule_text.setText("\n".join(lines))
        self.sentence.setText(self._what_it_can_tell(exp))
        if self.isVisible():
            self._fit()  # the schedule grows with the pairs

    def _what_it_can_tell(self, exp) -> str:
        """What the result will and will not be able to tell (domain.experiments.what_it_can_tell,
        in the window's language)."""
        from PySide6.QtCore import QLocale

        from quietlegs.domain.experiments import USUAL_LEVEL, pairs_needed, smallest_p_value
        from quietlegs.report.words import arg, outcome_in_sentence

        known = {k.slug: k for k in self.service.journal.kinds()}.get(exp.kind)
        kind = in_sentence(shown_name(known)) if known else exp.kind
        smallest = smallest_p_value(exp.pairs)
        fraction = f"{smallest.numerator}/{smallest.denominator}"
        value = QLocale().toString(float(smallest), "g", 3)
        can = arg(self.tr("It tells whether %1 differs on %2 nights, for you: the order is random, so a clear "
                          "difference can be put down to %2."), outcome_in_sentence(exp.outcome), kind)
        if smallest > USUAL_LEVEL:
            floor = arg(self.tr("With %1 pairs no p-value can fall below %2 (%3), so it can never show a difference "
                                "at the usual 5% level: plan at least %4 pairs for that."),
                        exp.pairs, fraction, value, pairs_needed())
        else:
            floor = arg(self.tr("With %1 pairs no p-value can fall below %2 (%3)."), exp.pairs, fraction, value)
        cannot = self.tr("It cannot tell whether it would help someone else, nor effects slower than a period; "
                         "nights that do not follow the plan weaken it.")
        return " ".join((can, floor, cannot))

    def accept(self) -> None:
        exp = self.plan()
        self.save_and_accept(exp, experiments.problems(self.service.journal, exp),
                             lambda: experiments.save_plan(self.service.journal, exp))


def plan_experiment(parent: QWidget, service: JournalService, kind: InterventionKind | None = None,
                    today: date | None = None) -> Experiment | None:
    """Open the dialog; the plan saved, or ``None`` when cancelled."""
    if today is None:
        from quietlegs import clock

        today = clock.now().date()
    dialog = ExperimentDialog(service, today, kind, parent)
    return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["ExperimentDialog", "plan_experiment"]
