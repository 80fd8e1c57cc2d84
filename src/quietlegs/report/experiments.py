"""The self-experiments in the report: which ones the period holds, their result and chart.

An experiment is shown when any of its nights fall in the report's period; its result covers
all of its nights (an experiment is judged whole, not cut at the report's edge), as of the
day the report is made. The result and the chart come from ``analysis`` and ``charts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from quietlegs.analysis.experiment_result import ExperimentResult, experiment_result
from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.experiments import last_followed, smallest_p_value
from quietlegs.report.insights import Chart, chart_from_figure


@dataclass(frozen=True)
class ExperimentReport:
    result: ExperimentResult
    kind_name: str
    chart: Chart
    words: str = ""  # the result in the user's language (``report.experiment_words``)

    @property
    def outcome_label(self) -> str:
        from quietlegs.report.words import outcome_label

        return outcome_label(self.result.experiment.outcome)

    @property
    def smallest_p(self) -> float:
        return float(smallest_p_value(self.result.experiment.pairs))


def experiment_reports(journal, start: date, end: date, today: date, tz: tzinfo | None = None) -> list[ExperimentReport]:
    """The experiments with nights in ``start``..``end``, earliest first."""
    from quietlegs.charts.experiment import build
    from quietlegs.report.chart_words import chart_words
    from quietlegs.report.experiment_words import experiment_sentence
    from quietlegs.report.words import kind_name, outcome_in_sentence, outcome_label

    words = chart_words()
    kinds = {k.slug: k for k in journal.kinds()}
    out = []
    for exp in journal.experiments():
        last = last_followed(exp)
        if last < start or exp.start > end or last < exp.start:
            continue
        rows = build_night_table(journal.snapshot(exp.start, last), tz)
        known = kinds.get(exp.kind)
        name = kind_name(exp.kind, known.name, known.builtin) if known else exp.kind
        result = experiment_result(exp, rows, today, name)
        figure = build(result, name, outcome_label(exp.outcome), words=words,
                       outcome_in_sentence=outcome_in_sentence(exp.outcome))
        out.append(ExperimentReport(result, name, chart_from_figure(f"{name} experiment", figure),
                                    experiment_sentence(result, name, today)))
    return out
