"""The one way the window runs work off its UI thread: a :class:`Runner`.

    runner = Runner(self)  # a child of the page or dialog whose work it runs
    job = runner.start(work, done=show, error=explain, progress=step)

``work(task)`` runs on a worker thread; it may report with ``task.progress(*values)`` and, where
stopping early makes sense, look at ``task.cancelled``. ``done(result)``, ``error(exc)`` and
``progress(*values)`` are then called on the UI thread, in the order they happened; the
:class:`Job` also has them as signals (``done``, ``error``, ``progress``, then ``finished``).
After :meth:`Job.cancel` nothing more is delivered. A runner runs its jobs one at a time, in the
order started: a page's jobs share its caches and never race one another.

When the app quits, the shared worker process is stopped first (requests on their way fail at
once with ``WorkerStopped``, which is never reported), then every runner's jobs are cancelled
and the threads given a moment to end, except those of a runner made with ``reads_only=True``
(the Journal page's read of the whole journal): nobody needs their answer any more and
they leave nothing half-written, so quitting does not wait for them (the window's process ends
as soon as the journal is closed; see ``app.end_process``). The interpreter's switch interval (set where the window
is built) keeps these threads from holding Python's lock while the UI thread waits for it.
"""

from __future__ import annotations

import sys
import threading
import weakref
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal

QUIT_WAIT_MS = 5000  # the longest a quitting app waits for a job to notice it was cancelled


class Task:
    """What the work sees of its job: a way to report progress, and whether it was cancelled."""

    def __init__(self, job: Job):
        self._job = job
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, *values) -> None:
        """Report progress; ``progress(*values)`` is called on the UI thread."""
        if not self.cancelled:
            self._job._emit(self._job._reported, values)


class Job(QObject):
    """One piece of work on its way; its signals arrive on the UI thread."""

    progress = Signal(object)  # the values reported, as a tuple
    done = Signal(object)  # the work's result
    error = Signal(object)  # the exception it raised
    finished = Signal()  # after done or error (never after a cancel)

    _reported = Signal(object)  # from the worker thread; delivered to the UI thread
    _ended = Signal()
    _over = Signal()  # delivered or cancelled: the runner lets go of it

    def __init__(self, work, parent: QObject | None = None):
        super().__init__(parent)
        self.task = Task(self)
        self._work = work
        self._future: Future = Future()
        self._reported.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._deliver_end, Qt.ConnectionType.QueuedConnection)

    # ---------------------------------------------------------------- from any thread

    @property
    def cancelled(self) -> bool:
        return self.task.cancelled

    def cancel(self) -> None:
        """Deliver nothing more; the work is skipped if it has not begun, and may stop early."""
        self.task._cancelled.set()
        self._future.cancel()  # only if not begun: then the worker thread skips it

    def running(self) -> bool:
        return self._future.running()

    def result(self, timeout: float | None = None):
        """The work's result, waiting up to ``timeout`` seconds (a ``concurrent.futures``
        ``TimeoutError`` after that); raises the work's exception if it failed."""
        return self._future.result(timeout)

    def exception(self, timeout: float | None = None):
        return self._future.exception(timeout)

    def is_done(self) -> bool:
        """Whether the work has ended (its signals may still be on their way)."""
        return self._future.done()

    # ---------------------------------------------------------------- on the worker thread

    def _run(self) -> None:
        if self._future.set_running_or_notify_cancel():  # else cancelled before it began
            try:
                result = self._work(self.task)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost in a thread
                self._future.set_exception(exc)
            else:
                self._future.set_result(result)
        self._emit(self._ended)

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the job's owner is gone (the app is closing): nobody to tell
            pass

    # ---------------------------------------------------------------- on the UI thread

    def _deliver_progress(self, values: tuple) -> None:
        if not self.cancelled:
            self.progress.emit(values)

    def _deliver_end(self) -> None:
        if not self.cancelled:
            exc = self._future.exception()
            if exc is None:
                self.done.emit(self._future.result())
            else:
                self.error.emit(exc)
            self.finished.emit()
        self._over.emit()


class Runner(QObject):
    """Runs work on a thread of its own, one job at a time (see the module doc)."""

    def __init__(self, parent: QObject | None = None, name: str = "background", *, reads_only: bool = False):
        super().__init__(parent)
        self.setObjectName(name)
        self.reads_only = reads_only  # only reads whose answer is for the window: quitting never waits
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()  # kept alive until they have reported
        _every_runner.add(self)
        _stop_everything_on_quit()

    def start(self, work, *, done=None, error=None, progress=None) -> Job:
        """Run ``work(task)`` after the jobs already started; the callbacks run on the UI thread."""
        job = Job(work, self)
        if progress is not None:
            job.progress.connect(lambda values: progress(*values))
        if done is not None:
            job.done.connect(done)
        if error is not None:
            job.error.connect(error)
        # A slot of the runner's own, not a lambda holding it: a lambda kept by the job would tie
        # the runner into a reference cycle, and a runner without a parent would then be deleted
        # by Python's collector, at any moment and on any thread, instead of when it is let go.
        job._over.connect(self._let_go_of_sender)
        self._jobs.add(job)
        self._pool.start(job._run)
        return job

    def _let_go_of_sender(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._jobs.discard(job)
            job.deleteLater()

    @property
    def busy(self) -> bool:
        """Whether a job is running or waiting to run (or its answer is on its way)."""
        return any(not j.cancelled for j in self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the jobs started so far to end (the UI thread blocks meanwhile)."""
        return self._pool.waitForDone(timeout_ms)

    def stop(self, timeout_ms: int | None = None) -> None:
        """Cancel every job and give the one running up to ``timeout_ms`` (``QUIT_WAIT_MS``) to end."""
        self.cancel_all()
        self._pool.clear()
        self._pool.waitForDone(QUIT_WAIT_MS if timeout_ms is None else timeout_ms)

    def abandon(self) -> None:
        """Cancel every job and wait for none (quitting, for a runner of reads only): the job still
        running ends on its own, or with the process. Its pool and jobs are let go of by the runner
        and kept to the end, so that deleting the runner (with its page) neither waits for the
        thread nor deletes a job the thread still reports to."""
        self.cancel_all()
        self._pool.clear()
        if self._pool.activeThreadCount():
            jobs = list(self._jobs)
            for kept in (self._pool, *jobs):
                kept.setParent(None)
            _abandoned.append((self._pool, jobs))
            self._pool = QThreadPool()
            self._pool.setMaxThreadCount(1)
            self._jobs.clear()


_every_runner: weakref.WeakSet[Runner] = weakref.WeakSet()
_abandoned: list = []  # (pool, jobs) of reads left running at quit, kept until the process ends
_quit_hooked = False


def _stop_everything_on_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if _quit_hooked or app is None:
        return
    _quit_hooked = True
    app.aboutToQuit.connect(stop_everything)


def stop_everything() -> None:
    """The app is quitting: stop the worker process (without waiting for it), then the runners
    (waiting for the work of each, except the reads nobody needs now)."""
    worker = sys.modules.get("quietlegs.services.worker")  # never imported just to be stopped
    if worker is not None:
        worker.stop_shared()
    for runner in list(_every_runner):
        try:
            runner.abandon() if runner.reads_only else runner.stop()
        except RuntimeError:  # already deleted with its page
            pass
