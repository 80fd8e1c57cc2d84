"""A self-experiment's result (``analysis.experiment_result``) in the user's language, for the
report: the same plain words as the command line's ``experiment result`` (``ExperimentResult.words``,
English, a contract), each sentence translated whole, dates and numbers from ``QLocale``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from quietlegs.analysis.experiment_result import GOOD_ADHERENCE, SIGNIFICANCE, ExperimentResult
from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import smallest_p_value
from quietlegs.report import formatting as F
from quietlegs.report.words import arg, outcome_in_sentence, outcome_unit, shared


def _p(p: float) -> str:
    return f"{p:.3g}".replace(".", QLocale().decimalPoint())


class ExperimentWords(QObject):
    """The translation context of a self-experiment's result."""

    def amount(self, x: float, outcome: str) -> str:
        o = OUTCOMES[outcome]
        text = F.number(abs(x), o.decimals)
        if o.unit == "%":
            return arg(self.tr("%1%", "percentage points of sleep efficiency"), text)
        return arg(self.tr("%1 %2", "an amount and its unit"), text, outcome_unit(outcome)) if o.unit else text

    def sentence(self, r: ExperimentResult, kind_name: str, today: date) -> str:
        exp = r.experiment
        o = OUTCOMES[exp.outcome]
        if exp.stopped_on is None and not r.complete and today < exp.start:
            return arg(self.tr("Starts on the night of %1; nothing to show yet."), F.day(exp.start))
        if exp.stopped_on is not None:
            state = arg(self.tr("Stopped early after the night of %1."), F.day(exp.stopped_on)) + " "
        elif r.complete:
            state = ""
        else:
            state = arg(self.tr("So far (%1 of %2 pairs logged):"), r.pairs_complete, exp.pairs) + " "
        if r.difference is None:
            return state + arg(self.tr("Too little to tell yet: a result needs at least two pairs with nights "
                                       "logged both on and off %1."), kind_name)
        numbers = arg(
            self.tr("%1 was %2 higher on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)")
            if r.difference > 0 else
            self.tr("%1 was %2 lower on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)"),
            outcome_in_sentence(exp.outcome), self.amount(r.difference, exp.outcome), kind_name,
            F.number(r.ci_low, o.decimals), F.number(r.ci_high, o.decimals), _p(r.p_value), r.nights_on, r.nights_off)
        better = (r.difference > 0) == o.higher_is_better
        if r.p_value <= SIGNIFICANCE and better:
            text = arg(self.tr("%1 helps: %2. The on and off periods were in random order, so this difference can "
                               "be put down to %1."), kind_name, numbers)
        elif r.p_value <= SIGNIFICANCE:
            text = arg(self.tr("%1 made nights worse: %2. The periods were in random order, so this can be put "
                               "down to %1."), kind_name, numbers)
        else:
            text = arg(self.tr("No clear difference: %1."), numbers)
            floor = smallest_p_value(r.pairs_complete)
            if floor > SIGNIFICANCE:
                text += " " + arg(self.tr("With %1 pairs no result can be clearer than p = %2, so this says little "
                                          "either way."), r.pairs_complete, _p(float(floor)))
        if r.adherence is not None and r.adherence < GOOD_ADHERENCE:
            share = arg(self.tr("%1%", "a share of nights: 75%"), F.number(100 * r.adherence, 0))
            text += " " + arg(self.tr("Only %1 of nights followed the plan, so the real effect may be larger than "
                                      "this and is less certain."), share)
        return state + text[0].upper() + text[1:]


def experiment_sentence(r: ExperimentResult, kind_name: str, today: date) -> str:
    """The result of a self-experiment in the user's language (English without a translation)."""
    return shared(ExperimentWords).sentence(r, kind_name, today)
