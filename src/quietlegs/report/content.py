"""What goes into the report, gathered from the journal and the analysis layer.

Composing is the slow part (reading a year of nights, summaries, charts), so it is plain
Python with no painting: the window runs it off the UI thread and paints afterwards.
Nothing here recomputes what ``analysis`` computes; it only asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from quietlegs.analysis.outcomes import NightRow, build_night_table
from quietlegs.analysis.summary import summarize
from quietlegs.analysis.usage import KindUse, usage_by_kind
from quietlegs.domain.appointments import last_appointment, next_appointment
from quietlegs.domain.records import Appointment, InterventionKind
from quietlegs.domain.regimens import Adherence, adherence, doses
from quietlegs.report.experiments import experiment_reports
from quietlegs.report.insights import Chart, Finding, charts_and_findings

SECTIONS = ("summary", "charts", "experiments", "nights", "visit")


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    person: str = ""
    sections: tuple[str, ...] = SECTIONS
    generated_at: datetime = field(default_factory=lambda: datetime(2000, 1, 1))
    app_version: str = ""

    @property
    def previous_period(self) -> tuple[date, date]:
        """The same number of nights just before ``start``."""
        length = (self.end - self.start).days + 1
        return self.start - timedelta(days=length), self.start - timedelta(days=1)


@dataclass(frozen=True)
class ReportContent:
    options: ReportOptions
    summary: dict
    previous_summary: dict
    night_rows: list[NightRow]
    usage: list[KindUse]
    kinds: dict[str, InterventionKind]
    visit: Appointment | None  # the next appointment: its questions go on the last page
    last_visit: Appointment | None  # the one before: what was said then
    findings: list[Finding]
    charts: list[Chart]
    experiments: list = field(default_factory=list)  # report.experiments.ExperimentReport, one each
    regimen: list[Adherence] = field(default_factory=list)  # per kind: evenings due, taken, missed, skipped

    def has(self, section: str) -> bool:
        return section in self.options.sections


def compose_content(journal, options: ReportOptions, tz: tzinfo | None = None,
                    submit_estimate=None) -> ReportContent:
    """Everything the report shows for ``options``; safe to call off the UI thread.

    ``submit_estimate(rows, outcome)`` sends the effects away and returns something whose
    ``result()`` is the estimate (the faces pass :func:`quietlegs.services.estimates.submit`,
    the worker process's, so the charts are drawn here meanwhile); by default they are worked
    out here. The content is the same either way.
    """
    data = journal.snapshot(options.start, options.end)
    prev_start, prev_end = options.previous_period
    previous = journal.snapshot(prev_start, prev_end)
    appointments = journal.appointments()
    today = options.generated_at.date()
    rows = build_night_table(data, tz)
    want_insights = "charts" in options.sections or "summary" in options.sections
    charts, findings = (charts_and_findings(data, rows, options.start, options.end, tz,
                                            "charts" in options.sections, submit_estimate)
                        if want_insights else ([], []))
    return ReportContent(
        options=options,
        summary=summarize(data, options.start, options.end, tz),
        previous_summary=summarize(previous, prev_start, prev_end, tz),
        night_rows=rows,
        usage=usage_by_kind(data, tz),
        kinds={k.slug: k for k in data.kinds},
        visit=next_appointment(appointments, today),
        last_visit=last_appointment(appointments, today),
        findings=findings,
        charts=charts,
        experiments=(experiment_reports(journal, options.start, options.end, today, tz)
                     if "experiments" in options.sections else []),
        regimen=adherence(doses(data.regimens, data.nights, data.interventions, options.start, options.end,
                                options.generated_at)) if data.regimens else [],
    )
