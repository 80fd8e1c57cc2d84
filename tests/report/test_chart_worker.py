"""The report (window and command line) and the effects chart have their statistics worked out in
the shared worker process while the charts are drawn here; what comes out must be the same as
when everything is done in one process, and the command leaves no worker behind."""

from __future__ import annotations

from datetime import date

import pytest

from quietlegs.cli import main
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.services import estimates, worker


@pytest.fixture
def sent(monkeypatch):
    """Every estimate sent to the worker, and whether it was worked out in-process instead."""
    seen: list[bool] = []
    real = estimates.submit

    def submit(rows, outcome, on=None):
        pending = real(rows, outcome, on)
        seen.append(pending.in_process)
        return pending

    monkeypatch.setattr(estimates, "submit", submit)
    return seen


@pytest.fixture
def own_worker():
    w = worker.Worker()
    yield w
    w.close()


def test_a_report_whose_effects_came_from_the_worker_is_the_report_made_in_one_process(demo_journal, own_worker):
    options = ReportOptions(date(2026, 8, 1), date(2026, 11, 20))
    in_process = []

    def submit(rows, outcome):
        pending = estimates.submit(rows, outcome, own_worker)
        in_process.append(pending.in_process)
        return pending

    shared = compose_content(demo_journal, options, None, submit_estimate=submit)
    alone = compose_content(demo_journal, options, None)
    assert in_process == [False, False], "both estimates went to the worker (no fallback)"
    assert own_worker.running
    assert [c.title for c in shared.charts] == ["Timeline", "Effects", "Calendar", "Time of night",
                                                "Where on the legs"]
    assert shared.charts == alone.charts, "the charts (SVG bytes) differ"
    assert shared.findings == alone.findings and shared.findings


def test_the_report_command_uses_the_worker_and_stops_it(demo_journal, tmp_path, sent, qapp):
    data_dir = demo_journal.path.parent
    demo_journal.close()
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--from", "2026-09-01", "--to", "2026-11-20",
                 "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert sent == [False, False]
    assert not worker.shared().running  # stopped once the content was composed


def test_the_effects_chart_command_uses_the_worker_and_stops_it(demo_journal, tmp_path, sent, qapp):
    data_dir = demo_journal.path.parent
    demo_journal.close()
    out = tmp_path / "effects.svg"
    assert main(["--data-dir", str(data_dir), "chart", "effects", "--out", str(out)]) == 0
    assert "<svg" in out.read_text(encoding="utf-8")
    assert sent == [False]
    assert not worker.shared().running
    assert main(["--data-dir", str(data_dir), "chart", "calendar", "--out", str(tmp_path / "c.svg")]) == 0
    assert sent == [False]  # a chart without statistics needs no worker
