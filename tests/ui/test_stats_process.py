"""The statistics process: the effects worked out in a second Python process are the very same
as worked out here, a process that dies is replaced (or done without), and the window's own
process never loads statsmodels."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from quietlegs.analysis.effects import estimate_effects
from quietlegs.analysis.outcomes import build_night_table
from quietlegs.ui.stats_process import GIVE_UP_AFTER, StatsProcess, pack, unpack

SRC = Path(__file__).resolve().parents[2] / "src"
kills = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the test kills the process with SIGKILL")


@pytest.fixture(scope="module")
def rows(demo_data):
    from zoneinfo import ZoneInfo

    return build_night_table(demo_data, ZoneInfo("Europe/Berlin"))


@pytest.fixture
def stats():
    process = StatsProcess()
    yield process
    process.stop()


def test_the_estimate_sent_away_is_the_estimate_made_here(stats, rows):
    for outcome in ("sleep_efficiency", "legs_severity", "quality"):
        assert stats.estimate(rows, outcome) == estimate_effects(rows, outcome)
    assert stats.running and stats.pid != os.getpid()


def test_what_is_sent_keeps_the_date_the_outcome_and_the_kinds_used_before_bed(rows):
    back = unpack(pack(rows, "total_sleep_min"), "total_sleep_min")
    assert [r.night_of for r in back] == [r.night_of for r in rows]
    assert [r.values["total_sleep_min"] for r in back] == [r.values["total_sleep_min"] for r in rows]
    assert [set(r.before_bed) for r in back] == [r.before_bed for r in rows]


def test_a_problem_in_the_statistics_comes_back_as_it_would_here(stats, rows):
    with pytest.raises(ValueError, match="unknown outcome"):
        stats.estimate(rows, "happiness")
    assert stats.estimate(rows[-60:], "sleep_efficiency") == estimate_effects(rows[-60:], "sleep_efficiency")


@kills
def test_a_process_that_dies_is_replaced_and_the_answer_still_comes(stats, rows):
    stats.start()
    first = stats.pid
    os.kill(first, signal.SIGKILL)
    assert stats.estimate(rows, "sleep_efficiency") == estimate_effects(rows, "sleep_efficiency")
    assert stats.estimate(rows, "sleep_efficiency") == estimate_effects(rows, "sleep_efficiency")
    assert stats.running and stats.pid != first


@kills
def test_a_process_that_keeps_dying_is_done_without(stats, rows):
    expected = estimate_effects(rows[-90:], "legs_severity")
    for _ in range(GIVE_UP_AFTER):
        stats.start()
        os.kill(stats.pid, signal.SIGKILL)
        assert stats.estimate(rows[-90:], "legs_severity") == expected  # the process died mid-way
    assert not stats.running
    assert stats.estimate(rows[-90:], "legs_severity") == expected  # worked out here from now on
    assert not stats.running


def test_a_request_waits_while_another_is_on_its_way(stats, rows):
    first = stats.submit(rows, "sleep_efficiency")

    second: list = []
    worker = threading.Thread(target=lambda: second.append(stats.estimate(rows[-30:], "quality")))
    worker.start()
    worker.join(timeout=0.2)
    assert worker.is_alive()  # one request at a time: the second waits for the first's answer
    assert first.result() == estimate_effects(rows, "sleep_efficiency")
    worker.join(timeout=60)
    assert second == [estimate_effects(rows[-30:], "quality")]


def test_the_windows_process_never_loads_statsmodels(tmp_path):
    """The Insights page of the real window, opened on a demo journal, in a fresh process."""
    script = textwrap.dedent(f"""
        import json, sys
        from datetime import date
        from PySide6.QtWidgets import QApplication
        from quietlegs.domain.demo_journal import generate_demo_journal
        from quietlegs.paths import DataPaths
        from quietlegs.storage.journal_file import open_journal
        from quietlegs.ui.journal_service import JournalService
        from quietlegs.ui.window_factory import build_main_window

        def main():
            app = QApplication([])
            paths = DataPaths(__import__("pathlib").Path({str(tmp_path / "data")!r}))
            journal = open_journal(paths.journal)
            journal.import_data(generate_demo_journal(date(2026, 11, 20)))
            window = build_main_window(JournalService(journal, paths))
            window.show()
            page = window.page("insights")
            done = []
            page.ready.connect(lambda: done.append(True))
            window.show_page("insights")
            while not done:
                app.processEvents()
            texts = [page.findings.item(i).text() for i in range(page.findings.count())]
            print(json.dumps({{"statsmodels": "statsmodels" in sys.modules, "findings": texts}}))
            page._stop_work()

        if __name__ == "__main__":
            main()
    """)
    path = tmp_path / "open_insights.py"
    path.write_text(script, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(path)], env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["statsmodels"] is False
    assert any(t.startswith(("▲", "▼")) for t in seen["findings"]), seen["findings"]
