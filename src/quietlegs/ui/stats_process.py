"""The effect estimates worked out in a process of their own, beside the window's.

Loading statsmodels (it brings scipy.stats and pandas) is about a second and a half of
pure-Python work, and each fit is more. In the window's own process that work would hold the
interpreter's lock: pages would switch slowly while it loads, and the charts (matplotlib is
another second of loading) would wait behind it. So the statistics run in a second Python
process, started as the Insights page is built, which loads statsmodels on another core
while the window's process loads matplotlib and draws. The window's process never imports
statsmodels at all.

The process is shared by every page of the application (one per app) and serves one request
at a time. If it cannot be started, or dies, the same function runs in the calling thread
instead: slower, never different. It is a daemon of this process: it ends when the app ends.
"""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from quietlegs.analysis.effects import EffectsResult, estimate_effects
from quietlegs.analysis.outcomes import NightRow

# Failures of the pipe or the process (not of the statistics, which are raised as they are).
_TRANSPORT_ERRORS = (EOFError, OSError, pickle.PickleError, AttributeError, TypeError, ValueError)
GIVE_UP_AFTER = 2  # processes lost before every estimate is worked out in-process instead


@dataclass(frozen=True, slots=True)
class Night:
    """What the estimate reads of a night: its date, the outcome's value, the kinds used before bed."""

    night_of: date
    values: dict
    before_bed: frozenset


def pack(rows: Sequence[NightRow], outcome: str) -> list[tuple]:
    """The rows as small tuples, quick to send: (day number, value, kinds used before bed)."""
    return [(r.night_of.toordinal(), r.values.get(outcome), tuple(sorted(r.before_bed))) for r in rows]


def unpack(packed: list[tuple], outcome: str) -> list[Night]:
    return [Night(date.fromordinal(day), {outcome: value}, frozenset(kinds)) for day, value, kinds in packed]


def _serve(inbox, outbox) -> None:
    """The process's whole life: load statsmodels, then answer requests until the pipe closes."""
    from quietlegs import tuning

    tuning.apply_to_worker_process()  # before statsmodels brings numpy
    import statsmodels.regression.linear_model  # noqa: F401 - what every request needs
    import statsmodels.stats.multitest  # noqa: F401

    while True:
        try:
            packed, outcome = inbox.recv()
        except (EOFError, OSError):  # the app has gone
            return
        try:
            answer = ("ok", estimate_effects(unpack(packed, outcome), outcome))
        except Exception as exc:  # noqa: BLE001 - handed back and raised in the app, as in-process
            answer = ("error", exc)
        outbox.send(answer)


class Pending:
    """A request on its way; :meth:`result` waits for the answer (call it exactly once)."""

    def __init__(self, owner: StatsProcess, rows, outcome: str, sent: bool):
        self._owner, self._rows, self._outcome, self._sent = owner, rows, outcome, sent
        self._done = False

    def result(self) -> EffectsResult:
        if self._done:
            raise RuntimeError("the result was taken already")
        self._done = True
        answer = None
        try:
            if self._sent:
                answer = self._owner._receive()
        finally:
            self._owner._lock.release()
        if answer is None:  # no process, or it failed: the same estimate, here
            return estimate_effects(self._rows, self._outcome)
        kind, value = answer
        if kind == "error":
            raise value
        return value


class StatsProcess:
    """The statistics process of this app (see the module doc)."""

    def __init__(self):
        self._lock = threading.Lock()  # one request at a time, from any thread
        self._process = None
        self._to_child = None
        self._from_child = None
        self._broken = False
        self._lost = 0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the process (it begins loading statsmodels at once), if not started yet."""
        with self._lock:
            self._start()

    def submit(self, rows: Sequence[NightRow], outcome: str) -> Pending:
        """Send the estimate of ``outcome`` over ``rows`` away; the answer comes with
        :meth:`Pending.result`, meanwhile the caller may do other work."""
        self._lock.acquire()
        try:
            self._start()
            sent = False
            if self._to_child is not None:
                try:
                    self._to_child.send((pack(rows, outcome), outcome))
                    sent = True
                except _TRANSPORT_ERRORS:
                    self._fail()
            return Pending(self, rows, outcome, sent)
        except BaseException:
            self._lock.release()
            raise

    def estimate(self, rows: Sequence[NightRow], outcome: str) -> EffectsResult:
        return self.submit(rows, outcome).result()

    def stop(self) -> None:
        """End the process now (the app is quitting); a later request starts a new one."""
        with self._lock:
            self._close()

    # -------------------------------------------------------------- under the lock

    def _start(self) -> None:
        if self._process is not None and not self._process.is_alive():
            self._fail()  # it died since the last request
        if self._broken or self._process is not None:
            return
        try:
            context = multiprocessing.get_context("spawn")  # a fresh interpreter: safe with threads and Qt
            down_read, down_write = context.Pipe(duplex=False)
            up_read, up_write = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(down_read, up_write), name="quietlegs-statistics",
                                      daemon=True)
            process.start()
        except (OSError, RuntimeError, ValueError):  # no process here: every estimate runs in-process
            self._broken = True
            return
        down_read.close()  # the child's ends: closed here, so a child that dies reads as EOF
        up_write.close()
        self._process, self._to_child, self._from_child = process, down_write, up_read

    def _receive(self):
        try:
            return self._from_child.recv()
        except _TRANSPORT_ERRORS:
            self._fail()
            return None

    def _fail(self) -> None:
        """The process died or the pipe broke: stop it and start afresh next time (or, when
        that keeps happening, work everything out in-process from now on)."""
        self._close()
        self._lost += 1
        self._broken = self._lost >= GIVE_UP_AFTER

    def _close(self) -> None:
        process, self._process = self._process, None
        for conn in (self._to_child, self._from_child):
            if conn is not None:
                try:
                    conn.close()
                except OSError:
                    pass
        self._to_child = self._from_child = None
        if process is not None:
            if process.is_alive():
                process.terminate()
            process.join(timeout=5)


_shared: StatsProcess | None = None
_shared_lock = threading.Lock()


def shared() -> StatsProcess:
    """The app's statistics process (created on first use, started by :meth:`StatsProcess.start`)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = StatsProcess()
        return _shared
