"""The window's one background runner: work runs on another thread, and its result, error and
progress come back on the UI thread, in order; a cancelled job says nothing more."""

from __future__ import annotations

import threading

import pytest

from quietlegs.ui.background import Runner


@pytest.fixture
def runner(qapp):
    import shiboken6

    r = Runner()
    yield r
    r.stop()
    shiboken6.delete(r)  # now, on this thread, with its jobs: never later from the collector


def _ui_thread():
    return threading.main_thread()


def test_the_work_runs_off_the_ui_thread_and_its_result_comes_back_on_it(qtbot, runner):
    seen = {}

    def work(task):
        seen["work"] = threading.current_thread()
        return 6 * 7

    def done(result):
        seen["done"] = (result, threading.current_thread())

    with qtbot.waitSignal(runner.start(work, done=done).done, timeout=10_000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["work"] is not _ui_thread()
    assert seen["done"] == (42, _ui_thread())


def test_an_error_comes_back_on_the_ui_thread_as_the_exception_raised(qtbot, runner):
    seen = []

    def work(task):
        raise ValueError("legs_severity: not a number")

    job = runner.start(work, done=lambda r: seen.append(("done", r)),
                       error=lambda exc: seen.append((exc, threading.current_thread())))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert len(seen) == 1
    exc, thread = seen[0]
    assert isinstance(exc, ValueError) and str(exc) == "legs_severity: not a number"
    assert thread is _ui_thread()


def test_progress_arrives_on_the_ui_thread_in_order_before_the_result(qtbot, runner):
    seen = []

    def work(task):
        for step in (1, 2, 3):
            task.progress(step, f"step {step}")
        return "drawn"

    job = runner.start(work, progress=lambda step, words: seen.append((step, words, threading.current_thread())),
                       done=lambda result: seen.append(result))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    ui = _ui_thread()
    assert seen == [(1, "step 1", ui), (2, "step 2", ui), (3, "step 3", ui), "drawn"]


def test_jobs_run_one_at_a_time_in_the_order_started(qtbot, runner):
    order = []
    first_may_end = threading.Event()

    def first(task):
        first_may_end.wait(10)
        order.append("first")

    runner.start(first)
    last = runner.start(lambda task: order.append("second"))
    assert runner.busy
    first_may_end.set()
    with qtbot.waitSignal(last.finished, timeout=10_000):
        pass
    assert order == ["first", "second"]


def test_a_cancelled_job_says_nothing_more_and_one_not_begun_never_runs(qtbot, runner):
    release = threading.Event()
    ran, said = [], []

    def slow(task):
        release.wait(10)
        task.progress("late")
        ran.append("slow")
        return "stale"

    running = runner.start(slow, done=said.append, progress=said.append)
    waiting = runner.start(lambda task: ran.append("waiting"), done=said.append)
    qtbot.waitUntil(running.running, timeout=10_000)
    running.cancel()
    waiting.cancel()
    assert running.task.cancelled
    release.set()
    fresh = runner.start(lambda task: "fresh", done=said.append)
    with qtbot.waitSignal(fresh.finished, timeout=10_000):
        pass
    assert said == ["fresh"]
    assert ran == ["slow"]  # the one not begun was skipped
    assert not runner.busy


def test_the_result_can_be_waited_for_in_front(qtbot, runner):
    job = runner.start(lambda task: "read")
    assert job.result(timeout=10) == "read"
    assert job.is_done()


def test_quitting_waits_for_work_that_may_write_but_not_for_a_read_nobody_needs(qtbot, monkeypatch):
    """The app quitting (Qt's aboutToQuit) lets a write end (an import commits) but leaves a read
    of a runner of reads only (the Journal page's whole-journal read) to end with the process."""
    import shiboken6

    from quietlegs.ui import background

    monkeypatch.setattr(background, "QUIT_WAIT_MS", -1)  # wait for as long as the work takes
    released, read_ended, wrote = threading.Event(), threading.Event(), threading.Event()
    reads, writes = Runner(reads_only=True), Runner()

    def read(task):
        released.wait(10)
        read_ended.set()

    def write(task):
        writing.set()
        started_reading.wait(10)
        wrote.set()

    started_reading, writing = threading.Event(), threading.Event()
    reading = reads.start(lambda task: (started_reading.set(), read(task)))
    writes.start(write)
    assert started_reading.wait(10) and writing.wait(10)  # both under way (one not begun is skipped)
    background.stop_everything()
    assert wrote.is_set()  # the write was waited for
    assert reading.cancelled and not read_ended.is_set()  # the read was not
    shiboken6.delete(reads)  # deleting its runner (with its page) does not wait for it either
    assert not read_ended.is_set()
    released.set()
    assert read_ended.wait(10)
    shiboken6.delete(writes)
