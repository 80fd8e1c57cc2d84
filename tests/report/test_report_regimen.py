"""The report's summary says how each regimen went over the period, read back from a real PDF."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from quietlegs import __version__
from quietlegs.domain.records import Intervention, Night
from quietlegs.domain.regimens import Regimen
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.render import page_size_named, write_pdf

GENERATED = datetime(2026, 11, 21, 8, 0)
FIRST = date(2026, 11, 11)
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg",
                    skipped=frozenset({date(2026, 11, 15)}))


def _night(d: date) -> Night:
    bed = datetime.combine(d, time(23, 0))
    up = datetime.combine(d + timedelta(days=1), time(7, 0))
    return Night(night_of=d, in_bed=bed, lights_out=bed, sleep_latency_min=15, awakenings=1,
                 wake_after_sleep_onset_min=10, final_wake=up, out_of_bed=up, quality=3)


def test_the_summary_names_the_evenings_taken_missed_and_skipped(journal, tmp_path, read_pdf):
    missed = {date(2026, 11, 12), date(2026, 11, 17)}
    for k in range(10):
        d = FIRST + timedelta(days=k)
        journal.save_night(_night(d))
        if d not in missed and d != date(2026, 11, 15):
            journal.save_intervention(Intervention(at=datetime.combine(d, time(21, 5)), kind="magnesium",
                                                   amount=300, unit="mg"))
    journal.save_regimens([MAGNESIUM])
    options = ReportOptions(start=FIRST, end=FIRST + timedelta(days=9), generated_at=GENERATED,
                            app_version=__version__)
    path = tmp_path / "report.pdf"
    write_pdf(path, compose_content(journal, options), page_size_named("a4"))
    text = " ".join(read_pdf(path)[0].split())
    assert "Regimen" in text
    assert ("Magnesium: taken 7 of 10 evenings; missed 2, skipped 1 on purpose. "
            "Missed on Thu 12 Nov, Tue 17 Nov.") in text


def test_no_regimen_no_line(journal, tmp_path, read_pdf):
    journal.save_night(_night(FIRST))
    options = ReportOptions(start=FIRST, end=FIRST, generated_at=GENERATED, app_version=__version__)
    path = tmp_path / "report.pdf"
    write_pdf(path, compose_content(journal, options), page_size_named("a4"))
    assert "evenings; missed" not in " ".join(read_pdf(path)[0].split())
