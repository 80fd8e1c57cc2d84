import re
from datetime import date, timedelta

import pytest

from quietlegs import __version__
from quietlegs.analysis.summary import summarize
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.render import page_size_named, write_pdf

GENERATED = __import__("datetime").datetime(2026, 11, 21, 8, 0)


def options(start, end, **kw):
    return ReportOptions(start=start, end=end, person="Ann Example", generated_at=GENERATED,
                         app_version=__version__, **kw)


@pytest.fixture
def month_report(visit_journal, tmp_path):
    opts = options(date(2026, 10, 21), date(2026, 11, 20))
    path = tmp_path / "report.pdf"
    pages = write_pdf(path, compose_content(visit_journal, opts), page_size_named("a4"))
    return path, pages, opts


def hours_min(minutes):
    m = round(minutes)
    return f"{m // 60} h {m % 60:02d} min"


def test_the_summary_page_shows_the_figures_of_summarize_for_both_periods(month_report, visit_journal, read_pdf):
    path, _, opts = month_report
    page = read_pdf(path)[0]
    now = summarize(visit_journal.snapshot(opts.start, opts.end), opts.start, opts.end)
    p_start, p_end = opts.previous_period
    before = summarize(visit_journal.snapshot(p_start, p_end), p_start, p_end)
    assert f"Nights logged: {now['nights_logged']} of {now['nights_in_period']}" in page
    for figures in (now, before):
        assert hours_min(figures["mean_total_sleep_min"]) in page
        assert f"{figures['mean_sleep_efficiency']:.1f} %" in page
        assert f"{figures['mean_sleep_latency_min']:.0f} min" in page
        assert f"{figures['mean_waso_min']:.0f} min" in page
        for key in ("mean_awakenings", "mean_quality", "mean_legs_severity"):
            assert f"{figures[key]:.1f}" in page
    for kind, count in now["symptoms_by_kind"].items():
        assert re.search(rf"{count}\s+{now['symptoms_that_woke'].get(kind, 0)}", page)
    assert "better" in page or "worse" in page


def test_every_page_has_the_header_and_the_footer(month_report, read_pdf):
    path, pages, _ = month_report
    texts = read_pdf(path)
    assert len(texts) == pages >= 3
    for n, text in enumerate(texts, 1):
        assert "Ann Example" in text
        assert "21 Oct – 20 Nov 2026" in text
        assert f"Page {n} of {pages}" in text
        assert "Generated on Sat 21 Nov 2026" in text
        assert f"Quiet Legs {__version__}" in text


def test_the_text_is_real_text_in_embedded_fonts(month_report, pdf_fonts):
    path, _, _ = month_report
    assert pdf_fonts(path)


def test_the_visit_page_holds_the_questions_and_what_was_said_last_time(month_report, read_pdf):
    path, _, _ = month_report
    last = read_pdf(path)[-1]
    assert "For this visit" in last
    assert "Tue 24 Nov 2026, 10:30" in last
    assert "1. Could my iron still be low?" in last or "Could my iron still be low?" in last
    assert "Is magnesium safe with ropinirole?" in last
    assert "Ferritin blood test" in last  # said at the last visit
    assert "Write down during the visit" in last


def test_words_are_searchable_as_typed(month_report, read_pdf):
    path, _, _ = month_report
    assert "final awakening" in "\n".join(read_pdf(path))  # no "ﬁ" ligature in the text


def test_a_long_period_breaks_the_nights_table_across_pages_with_repeated_headers(visit_journal, tmp_path,
                                                                                read_pdf):
    opts = options(date(2026, 7, 24), date(2026, 11, 20), sections=("nights",))
    path = tmp_path / "long.pdf"
    pages = write_pdf(path, compose_content(visit_journal, opts), page_size_named("letter"))
    texts = read_pdf(path)
    assert pages == len(texts) >= 3
    for text in texts:
        assert "Night of" in text and "Before bed" in text and "Symptoms" in text
    logged = [n.night_of for n in visit_journal.nights(opts.start, opts.end)]
    whole = "\n".join(texts)
    for night_of in logged:  # every night once: none lost or doubled where the table breaks
        label = f"{night_of:%a} {night_of.day} {night_of:%b}\n"
        assert whole.count(label) == 1, label


def test_chosen_sections_only(visit_journal, tmp_path, read_pdf):
    opts = options(date(2026, 11, 1), date(2026, 11, 20), sections=("visit",))
    path = tmp_path / "visit.pdf"
    assert write_pdf(path, compose_content(visit_journal, opts)) == 1
    text = read_pdf(path)[0]
    assert "For this visit" in text and "Averages per logged night" not in text


def test_an_empty_period_still_makes_an_honest_report(journal, tmp_path, read_pdf):
    opts = options(date(2020, 1, 1), date(2020, 1, 31))
    path = tmp_path / "empty.pdf"
    write_pdf(path, compose_content(journal, opts))
    whole = "\n".join(read_pdf(path))
    assert "Nights logged: 0 of 31" in whole
    assert "No nights were logged in this period." in whole
    assert "No appointment is planned" in whole


def test_a_failed_write_leaves_no_half_file(visit_journal, tmp_path):
    opts = options(date(2026, 11, 1), date(2026, 11, 20))
    target = tmp_path / "missing-folder" / "r.pdf"
    with pytest.raises(Exception):
        write_pdf(target, compose_content(visit_journal, opts))
    assert not target.exists()


def test_the_previous_period_has_the_same_number_of_nights():
    o = options(date(2026, 9, 1), date(2026, 11, 20))
    start, end = o.previous_period
    assert end == date(2026, 8, 31)
    assert (end - start) == (o.end - o.start)
    assert start == date(2026, 9, 1) - timedelta(days=81)


@pytest.mark.parametrize("locale, size", [("en_US", "Letter"), ("de_DE", "A4"), ("en_GB", "A4")])
def test_the_paper_follows_the_locale(locale, size):
    from PySide6.QtCore import QLocale

    from quietlegs.report.render import default_page_size

    assert default_page_size(QLocale(locale)).key() == size


def test_the_top_findings_are_those_of_insights_labelled_as_associations(visit_journal, tmp_path, read_pdf):
    from quietlegs.analysis.effects import estimate_effects
    from quietlegs.analysis.findings import catalog, findings
    from quietlegs.analysis.outcomes import build_night_table
    from quietlegs.report.finding_words import sentence
    from quietlegs.report.insights import FINDING_OUTCOMES

    opts = options(date(2026, 7, 24), date(2026, 11, 20), sections=("summary",))
    content = compose_content(visit_journal, opts)
    assert content.findings
    data = visit_journal.snapshot(opts.start, opts.end)
    rows = build_night_table(data)
    names, cats, builtin = catalog(data.kinds)
    insight_texts = {sentence(f) for o in FINDING_OUTCOMES
                     for f in findings(estimate_effects(rows, o), names, cats, builtin)}
    assert {f.text for f in content.findings} <= insight_texts
    path = tmp_path / "findings.pdf"
    write_pdf(path, content)
    page = " ".join(read_pdf(path)[0].split())
    assert "associations, not proof of cause" in page
    for f in content.findings:
        assert " ".join(f.text.split()) in page
