"""The timeline's marks reach the report's PDF as light vector shapes, however many nights."""

from dataclasses import replace
from datetime import date, datetime

from pypdf import PdfReader

from quietlegs.charts import build_chart, chart_data
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.insights import chart_from_figure
from quietlegs.report.render import write_pdf


def mark_lines(figure):
    return [line for ax in figure.axes for line in ax.get_lines() if line.get_marker() not in (None, "None", "")]


def drawing_bytes(journal, figure, path) -> int:
    """How much the PDF page's drawing takes with the figure on it (uncompressed)."""
    opts = ReportOptions(date(2026, 11, 1), date(2026, 11, 20), sections=("charts",),
                         generated_at=datetime(2026, 11, 21, 8), app_version="test")
    content = replace(compose_content(journal, opts), charts=[chart_from_figure("Timeline", figure)])
    write_pdf(path, content)
    return len(PdfReader(str(path)).pages[0].get_contents().get_data())


def test_each_night_dot_and_lane_mark_costs_the_report_only_a_small_shape(visit_journal, demo_data, tmp_path):
    data = chart_data(demo_data)
    with_marks = build_chart("timeline", data, "sleep_efficiency")
    marks = sum(len(line.get_xdata()) for line in mark_lines(with_marks))
    assert marks > 300  # a dot for each of the 120 nights, and the lanes' marks
    without_marks = build_chart("timeline", data, "sleep_efficiency")
    for line in mark_lines(without_marks):
        line.set_visible(False)
    per_mark = (drawing_bytes(visit_journal, with_marks, tmp_path / "a.pdf")
                - drawing_bytes(visit_journal, without_marks, tmp_path / "b.pdf")) / marks
    # A mark with an opaque outline is painted as one shape (some 600 bytes); an outline-less one
    # became a filled circle plus a filled ring, a see-through one with its own graphics state
    # too (some 1,700 bytes a mark, which made the report's chart page weigh megabytes).
    assert per_mark < 1000
