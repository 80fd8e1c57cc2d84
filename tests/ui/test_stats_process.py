"""The worker process: the effects worked out there are the very same as worked out here, its
errors come back as they are, a process that dies is replaced (or done without), stopping it
never waits for it, and the window's own process never loads statsmodels."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from quietlegs.analysis.effects import estimate_effects
from quietlegs.analysis.outcomes import build_night_table
from quietlegs.services import estimates
from quietlegs.services.worker import GIVE_UP_AFTER, Worker, WorkerStopped

SRC = Path(__file__).resolve().parents[2] / "src"
kills = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="the test kills the process with SIGKILL")


@pytest.fixture(scope="module")
def rows(demo_data):
    from zoneinfo import ZoneInfo

    return build_night_table(demo_data, ZoneInfo("Europe/Berlin"))


@pytest.fixture
def worker():
    w = Worker()
    yield w
    w.close()


def _gone(pid: int) -> bool:
    """Whether the process ``pid`` has ended (or is only a zombie waiting to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or between the open and the read
        return True


def _wait_gone(pid: int, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if _gone(pid):
            return True
        time.sleep(0.05)
    return _gone(pid)


def test_the_estimate_sent_away_is_the_estimate_made_here(worker, rows):
    for outcome in ("sleep_efficiency", "legs_severity", "quality"):
        assert estimates.estimate(rows, outcome, worker) == estimate_effects(rows, outcome)
    assert worker.running and worker.pid != os.getpid()


def test_what_is_sent_keeps_the_date_the_outcome_and_the_kinds_used_before_bed(rows):
    back = estimates.unpack(estimates.pack(rows, "total_sleep_min"), "total_sleep_min")
    assert [r.night_of for r in back] == [r.night_of for r in rows]
    assert [r.values["total_sleep_min"] for r in back] == [r.values["total_sleep_min"] for r in rows]
    assert [set(r.before_bed) for r in back] == [r.before_bed for r in rows]


def test_a_problem_in_the_statistics_comes_back_as_it_would_here(worker, rows):
    with pytest.raises(ValueError, match="unknown outcome"):
        estimates.estimate(rows, "happiness", worker)
    assert worker.running  # an error of the work is not a lost process
    first = worker.pid
    last = rows[-60:]
    assert estimates.estimate(last, "sleep_efficiency", worker) == estimate_effects(last, "sleep_efficiency")
    assert worker.pid == first


@kills
def test_a_process_that_dies_is_replaced_and_the_answer_still_comes(worker, rows):
    estimates.start(worker)
    first = worker.pid
    os.kill(first, signal.SIGKILL)
    assert estimates.estimate(rows, "sleep_efficiency", worker) == estimate_effects(rows, "sleep_efficiency")
    assert estimates.estimate(rows, "sleep_efficiency", worker) == estimate_effects(rows, "sleep_efficiency")
    assert worker.running and worker.pid != first


@kills
def test_a_process_that_keeps_dying_is_done_without(worker, rows):
    expected = estimate_effects(rows[-90:], "legs_severity")
    for _ in range(GIVE_UP_AFTER):
        pending = worker.submit(time.sleep, 3600, fallback=lambda: estimate_effects(rows[-90:], "legs_severity"))
        os.kill(worker.pid, signal.SIGKILL)  # it dies mid-way through a request
        assert pending.result() == expected  # worked out here instead
    assert worker.in_process and not worker.running
    assert estimates.estimate(rows[-90:], "legs_severity", worker) == expected  # here, from now on
    assert not worker.running


def test_requests_from_several_threads_are_each_answered(worker, rows):
    answers: dict = {}

    def ask(outcome: str, some) -> None:
        answers[outcome] = estimates.estimate(some, outcome, worker)

    asks = [threading.Thread(target=ask, args=(o, rows[-n:]))
            for o, n in (("sleep_efficiency", 120), ("quality", 30), ("legs_severity", 60))]
    for t in asks:
        t.start()
    for t in asks:
        t.join(timeout=120)
    assert answers == {o: estimate_effects(rows[-n:], o)
                       for o, n in (("sleep_efficiency", 120), ("quality", 30), ("legs_severity", 60))}


def test_a_request_dropped_before_it_began_is_not_a_lost_process(worker):
    from concurrent.futures import CancelledError

    busy = worker.submit(time.sleep, 3600)  # the worker serves one request at a time
    waiting = worker.submit(os.getpid)
    assert waiting.cancel()
    with pytest.raises(CancelledError):
        waiting.result()
    assert worker.running and not worker.in_process
    worker.stop()
    with pytest.raises(WorkerStopped):
        busy.result()


def test_stopping_never_waits_for_the_request_in_hand(worker):
    busy = worker.submit(time.sleep, 3600)  # a request that would outlast any test
    pid = worker.pid
    stopper = threading.Thread(target=worker.stop)
    stopper.start()
    stopper.join(timeout=60)
    assert not stopper.is_alive(), "stop() waited for the request"
    with pytest.raises(WorkerStopped):
        busy.result()
    assert _wait_gone(pid)
    assert worker.call(os.getpid) not in (pid, os.getpid())  # a later request starts a new process


def test_a_closed_worker_takes_no_more_requests(worker):
    worker.start()
    pid = worker.pid
    worker.close()
    with pytest.raises(WorkerStopped):
        worker.submit(os.getpid)
    assert _wait_gone(pid)


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
            from quietlegs.services import worker
            print(json.dumps({{"statsmodels": "statsmodels" in sys.modules, "findings": texts,
                               "worker": worker.shared().running}}))
            app.aboutToQuit.emit()  # as quitting does: the worker and the runners stop

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
    assert seen["worker"] is True  # the statistics were worked out in the worker process
    assert any(t.startswith(("▲", "▼")) for t in seen["findings"]), seen["findings"]
