"""The one worker process: heavy pure-Python work (the statistics) beside the caller's interpreter.

Loading statsmodels (it brings scipy.stats and pandas) is about a second and a half of pure
Python, and each fit is more. Done in the window's process, that work would hold the
interpreter's lock: pages would switch slowly and the charts (matplotlib is another second of
loading) would wait behind it. Done in ``quietlegs report``, it would wait for the charts, or
they for it. So every face sends such work to one worker process, while it goes on with its own
(the window paints, the report draws its charts):

    pending = worker.shared().submit(function, *arguments)   # at once; the work goes on there
    ...                                                        # meanwhile, other work here
    answer = pending.result()                                  # waits, if need be

``function`` is a module-level function of the app's, its arguments and answer are pickled. The
worker is a ``ProcessPoolExecutor`` with one process started with "spawn" (a fresh interpreter:
safe beside threads and Qt, and it never imports Qt); it serves one request at a time, in the
order they came, from any thread. An exception raised by the work comes back as the same
exception. If the process cannot start or dies, the request is worked out in the calling thread
instead (slower, never different) and a new process starts with the next request; after
:data:`GIVE_UP_AFTER` lost processes every request is worked out in-process.

It never outlives the app, however the app ends (a quit, an exception, SIGTERM, SIGKILL): the
process watches a pipe whose writing end only the app holds, and exits when that pipe reads as
closed, which the kernel does the moment the app's process ends. (A pipe rather than Linux's
parent-death signal, which fires when the *thread* that started the process ends: here that is
often a pool thread, which Qt retires after half a minute of rest.) :meth:`Worker.stop` ends it
at once without waiting for it; an app that quits calls it, and so does Python on its way out.
"""

from __future__ import annotations

import functools
import os
import threading
import weakref

# multiprocessing and concurrent.futures load with the first request, not with this module: the
# window imports it while it builds its pages.

GIVE_UP_AFTER = 2  # processes lost before every request is worked out in-process instead


class WorkerStopped(RuntimeError):
    """The worker was stopped (the app is ending) while a request was on its way or being made."""


# ------------------------------------------------------------------ in the worker process

def _begin(lifeline) -> None:
    """The worker's first act, before any request: its tuning, then its watch on the app."""
    from quietlegs import tuning

    tuning.apply_to_worker_process()
    threading.Thread(target=_end_with_the_app, args=(lifeline,), name="quietlegs-lifeline", daemon=True).start()


def _end_with_the_app(lifeline) -> None:
    try:
        lifeline.recv_bytes()  # nothing is ever sent: this returns when the app's end closes
    except (EOFError, OSError):
        pass
    os._exit(0)


def preload(modules: tuple[str, ...]) -> None:
    """Import ``modules`` (a request sent ahead, so that the first real one finds them loaded)."""
    import importlib

    for name in modules:
        importlib.import_module(name)


# ------------------------------------------------------------------ in the app's process

class _Process:
    """One worker process: its executor and the app's ends of the lifeline."""

    def __init__(self, executor, lifeline):
        self.executor, self.lifeline = executor, lifeline
        self.stopped = False  # ended on purpose (the app is quitting): no request falls back
        self.preloaded: set[str] = set()  # modules it was asked to import ahead

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._children() if p.pid is not None]

    def _children(self) -> list:
        return list((getattr(self.executor, "_processes", None) or {}).values())

    def alive(self) -> bool:
        return any(p.is_alive() for p in self._children())

    def end(self, on_purpose: bool) -> None:
        """Shut the executor down without waiting for it, and end the process now."""
        self.stopped = self.stopped or on_purpose
        children = self._children()  # shutdown() forgets them
        self.executor.shutdown(wait=False, cancel_futures=True)
        for child in children:
            try:
                child.terminate()
            except (OSError, AttributeError, ValueError):  # already gone
                pass
        for end in self.lifeline:  # the process would see the end of its lifeline anyway
            end.close()


class Pending:
    """A request on its way; :meth:`result` waits for its answer."""

    def __init__(self, owner: Worker, process: _Process | None, future, fallback):
        self._owner, self._process, self._future, self._fallback = owner, process, future, fallback

    @property
    def in_process(self) -> bool:
        """Whether the answer will be worked out here (no worker for this request)."""
        return self._future is None

    def result(self):
        """The answer (or the work's exception, raised here); worked out in this thread if the
        worker died on the way. Raises :class:`WorkerStopped` if the worker was stopped."""
        if self._future is None:
            return self._fallback()
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._future.result()
        except (BrokenProcessPool, CancelledError):
            if self._future.cancelled() and not self._process.stopped:
                raise  # the caller cancelled it
            if self._process.stopped:
                raise WorkerStopped("the worker process was stopped") from None
            self._owner._lose(self._process)
            return self._fallback()

    def cancel(self) -> bool:
        """Drop the request if the worker has not begun it; whether it was dropped."""
        return self._future is not None and self._future.cancel()


class Worker:
    """A worker process (see the module doc); :func:`shared` is the app's."""

    def __init__(self, give_up_after: int = GIVE_UP_AFTER):
        self._lock = threading.Lock()
        self._process: _Process | None = None
        self._lost = 0
        self._give_up_after = give_up_after
        self._closed = False
        _every_worker.add(self)

    @property
    def running(self) -> bool:
        process = self._process
        return process is not None and process.alive()

    @property
    def pid(self) -> int | None:
        process = self._process
        pids = process.pids if process is not None else []
        return pids[0] if pids else None

    @property
    def in_process(self) -> bool:
        """Whether every request is now worked out in the caller (processes kept dying)."""
        return self._lost >= self._give_up_after

    def start(self, *modules: str) -> None:
        """Start the process if need be, and have it import ``modules`` now (ahead of requests);
        nothing to do if it was asked to already."""
        process = self._process
        if process is not None and process.preloaded.issuperset(modules):
            return
        self.submit(preload, tuple(modules), fallback=lambda: None)
        process = self._process
        if process is not None:
            process.preloaded.update(modules)

    def submit(self, function, *args, fallback=None) -> Pending:
        """Send ``function(*args)`` to the worker; the answer comes with :meth:`Pending.result`.

        ``fallback()`` (by default the same call) works the answer out in-process when there is
        no worker. Raises :class:`WorkerStopped` once :meth:`close` was called.
        """
        from concurrent.futures.process import BrokenProcessPool

        fallback = fallback or functools.partial(function, *args)
        with self._lock:
            if self._closed:
                raise WorkerStopped("the app is ending")
            process = self._ensure()
            if process is None:
                return Pending(self, None, None, fallback)
            try:
                future = process.executor.submit(function, *args)  # spawns the process the first time
            except (BrokenProcessPool, RuntimeError, OSError):  # it died since the last request
                self._lose_locked(process)
                return Pending(self, None, None, fallback)
        return Pending(self, process, future, fallback)

    def call(self, function, *args, fallback=None):
        """``function(*args)`` worked out in the worker (see :meth:`submit`)."""
        return self.submit(function, *args, fallback=fallback).result()

    def stop(self) -> None:
        """End the process now, without waiting for it; a later request starts a new one.
        Requests still on their way raise :class:`WorkerStopped`."""
        with self._lock:
            self._stop_locked()

    def close(self) -> None:
        """End the process for good (the app is ending): later requests raise
        :class:`WorkerStopped` rather than start a process or work in-process."""
        with self._lock:
            self._closed = True
            self._stop_locked()

    # -------------------------------------------------------------- under the lock

    def _ensure(self) -> _Process | None:
        if self._process is not None or self.in_process:
            return self._process
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            _quiet_resource_tracker()
            reader, writer = context.Pipe(duplex=False)
            executor = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_begin,
                                           initargs=(reader,))
        except (OSError, ImportError, NotImplementedError, ValueError):  # no processes here
            self._lost = self._give_up_after
            return None
        _stop_every_worker_on_exit()
        self._process = _Process(executor, (writer, reader))
        return self._process

    def _stop_locked(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.end(on_purpose=True)

    def _lose(self, process: _Process) -> None:
        with self._lock:
            self._lose_locked(process)

    def _lose_locked(self, process: _Process) -> None:
        """The process died: end what is left of it, and start afresh next time (or, when that
        keeps happening, work everything out in-process from now on)."""
        if process is not self._process:
            return  # counted already
        self._process = None
        self._lost += 1
        process.end(on_purpose=False)


_every_worker: weakref.WeakSet[Worker] = weakref.WeakSet()
_exit_hook_installed = False


def _stop_every_worker_on_exit() -> None:
    """Stop the workers as Python ends, before it waits for the executors' threads (which
    would otherwise wait for the request in hand)."""
    global _exit_hook_installed
    if _exit_hook_installed:
        return
    register = getattr(threading, "_register_atexit", None)  # runs before threads are joined
    if register is None:
        import atexit

        register = atexit.register
    try:
        register(_close_every_worker)
    except RuntimeError:  # Python is ending already: its own clean-up stops the executors
        return
    _exit_hook_installed = True


def _close_every_worker() -> None:
    for w in list(_every_worker):
        w.close()


_shared: Worker | None = None
_shared_lock = threading.Lock()


def shared() -> Worker:
    """The app's worker (made on first use; its process starts with the first request)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Worker()
        return _shared


def stop_shared() -> None:
    """End the app's worker for good, if it was ever made (the app is quitting)."""
    if _shared is not None:
        _shared.close()


TRACKER_WARNING = "ignore:resource_tracker:UserWarning"


def _quiet_resource_tracker() -> None:
    """The app ends at once when it quits (``app.end_process``), so the worker's queue
    semaphores are never unregistered, and multiprocessing's resource tracker, which then frees
    them, would warn about "leaked semaphore objects" on the terminal at every quit. The tracker
    is a process of its own that takes this process's ``-W`` options when it starts (the first
    worker starts it): its warning is silenced there, and only there."""
    import sys

    if TRACKER_WARNING not in sys.warnoptions:
        sys.warnoptions.append(TRACKER_WARNING)
