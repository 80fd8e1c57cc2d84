"""Charts reach the page as vectors: SVG from a matplotlib Figure, painted with QSvgRenderer."""

from dataclasses import replace
from datetime import date, datetime

from matplotlib.figure import Figure
from pypdf import PdfReader

from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.insights import chart_from_figure
from quietlegs.report.render import write_pdf


def a_figure() -> Figure:
    fig = Figure(figsize=(8, 3))
    ax = fig.add_subplot()
    ax.plot(range(30), [x % 7 for x in range(30)], color="black")
    ax.set_title("Sleep efficiency by night")
    return fig


def test_a_chart_is_painted_as_vectors_not_as_a_picture(visit_journal, tmp_path):
    chart = chart_from_figure("Timeline", a_figure())
    assert chart.svg.startswith(b"<?xml") and abs(chart.aspect - 3 / 8) < 1e-9
    opts = ReportOptions(date(2026, 11, 1), date(2026, 11, 20), sections=("charts",),
                         generated_at=datetime(2026, 11, 21, 8), app_version="test")
    content = replace(compose_content(visit_journal, opts), charts=[chart, chart])
    path = tmp_path / "charts.pdf"
    assert write_pdf(path, content) == 1
    page = PdfReader(str(path)).pages[0]
    xobjects = page["/Resources"].get_object().get("/XObject", {})
    images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == []  # no bitmap anywhere: the lines are PDF paths
    assert len(page.get_contents().get_data()) > 20_000  # …and there are many of them
    assert "Sleep efficiency by night" in " ".join(page.extract_text().split())  # its words stay text


def test_the_report_carries_the_five_insights_charts(visit_journal, tmp_path):
    from quietlegs.report.insights import REPORT_CHARTS

    opts = ReportOptions(date(2026, 8, 1), date(2026, 11, 20), sections=("charts",),
                         generated_at=datetime(2026, 11, 21, 8), app_version="test")
    content = compose_content(visit_journal, opts)
    assert [c.title for c in content.charts] == ["Timeline", "Effects", "Calendar", "Time of night",
                                                 "Where on the legs"]
    assert len(REPORT_CHARTS) == 5
    path = tmp_path / "charts.pdf"
    pages = write_pdf(path, content)
    assert 2 <= pages <= 4
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert "Sleep efficiency night by night" in words and "Where on the legs" in words


def test_hatched_bars_reach_the_pdf_as_lines_not_pictures(tmp_path):
    fig = Figure(figsize=(6, 3))
    ax = fig.add_subplot()
    ax.bar(range(4), [3, 5, 0, 2], hatch="//", color="#E69F00", edgecolor="white", label="Cramp")
    ax.legend()
    chart = chart_from_figure("Time of night", fig)
    assert b"url(#h" not in chart.svg  # no pattern left for Qt to turn into bitmaps
    opts = ReportOptions(date(2026, 11, 1), date(2026, 11, 20), sections=("charts",),
                         generated_at=datetime(2026, 11, 21, 8), app_version="test")
    from quietlegs.report.content import ReportContent

    content = ReportContent(opts, {}, {}, [], [], {}, None, None, [], [chart])
    path = tmp_path / "hatch.pdf"
    assert write_pdf(path, content) == 1
    page = PdfReader(str(path)).pages[0]
    resources = page["/Resources"].get_object()
    images = [x for x in resources.get("/XObject", {}).values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == [] and not resources.get("/Pattern", {})
    assert page.get_contents().get_data().count(b" l\n") > 20  # the hatch lines themselves


def test_the_charts_note_names_what_the_effects_were_adjusted_for_and_what_not(visit_journal, tmp_path):
    opts = ReportOptions(date(2026, 8, 1), date(2026, 11, 20), sections=("charts",),
                         generated_at=datetime(2026, 11, 21, 8), app_version="test")
    content = compose_content(visit_journal, opts)
    effects = next(c for c in content.charts if c.title == "Effects")
    assert "trend" in effects.adjusted_for and dict(effects.not_adjusted_for)["season"] == "less than 300 days of nights"
    path = tmp_path / "charts.pdf"
    write_pdf(path, content)
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert "adjusted for the general trend over time, " in words
    assert "and the other habits; not adjusted for the season (less than 300 days of nights)" in words
    assert "adjusted for the trend and the other habits" not in words
