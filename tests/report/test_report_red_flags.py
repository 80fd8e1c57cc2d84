"""The report lists the period's warning signs under "Worth raising at this visit", read back from a real PDF."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from quietlegs import __version__
from quietlegs.domain.records import SymptomEvent
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.render import page_size_named, write_pdf

GENERATED = datetime(2026, 11, 21, 8, 0)
HEADING = "Worth raising at this visit"


def _write(journal, tmp_path, read_pdf, **kw) -> list[str]:
    opts = ReportOptions(start=date(2026, 10, 21), end=date(2026, 11, 20), person="Ann Example",
                         generated_at=GENERATED, app_version=__version__, **kw)
    path = tmp_path / "report.pdf"
    write_pdf(path, compose_content(journal, opts), page_size_named("a4"))
    return read_pdf(path)


@pytest.fixture
def flagged_journal(visit_journal):
    # The night of Sat 14 Nov: a swollen, red, warm left calf; Tue 17 Nov: a 25-minute cramp.
    visit_journal.save_symptom(SymptomEvent(at=datetime(2026, 11, 15, 2, 30), kind="swelling", severity=6,
                                            locations=("left_calf",), notes="red and warm"))
    visit_journal.save_symptom(SymptomEvent(at=datetime(2026, 11, 18, 3, 0), kind="cramp", severity=8,
                                            duration_min=25))
    return visit_journal


def test_the_visit_page_lists_each_warning_sign_with_its_first_night_urgent_first(flagged_journal, tmp_path, read_pdf):
    pages = _write(flagged_journal, tmp_path, read_pdf)
    visit = pages[-1]
    assert "For this visit" in visit and HEADING in visit
    assert sum(HEADING in page for page in pages) == 1
    section = visit[visit.index(HEADING):]
    swelling = section.index("Swelling, redness or warmth in one leg")
    cramp = section.index("A cramp longer than 10 minutes")
    assert swelling < cramp
    assert "Sat 14 Nov" in section[:cramp] and "Urgent: care the same day" in section[:cramp]
    assert "Tue 17 Nov" in section[cramp - 40:]


def test_without_the_summary_the_signs_are_still_on_the_visit_page(flagged_journal, tmp_path, read_pdf):
    pages = _write(flagged_journal, tmp_path, read_pdf, sections=("visit",))
    assert HEADING in pages[-1] and "For this visit" in pages[-1]
    assert "Swelling, redness or warmth in one leg" in pages[-1]


def test_a_period_without_warning_signs_has_no_such_heading(visit_journal, tmp_path, read_pdf):
    assert not any(HEADING in page for page in _write(visit_journal, tmp_path, read_pdf))
