"""The report's charts drawn in a second process while this one does the statistics.

A year's report spends most of its time in two independent pieces of pure-Python work that
one interpreter can only do one after the other: loading statsmodels and fitting the effects
(for the findings), and loading matplotlib and drawing the charts. The ``report`` command
forks a worker before it even opens the journal: the worker loads matplotlib while the
command loads the database layer, draws the four charts that need no statistics while the
command fits the effects, then draws the effects chart from the fitted estimates it is sent.
The charts come back as the same SVG bytes :func:`quietlegs.report.insights.draw_chart` makes
in-process; nothing is computed twice.

Forking is only safe in a process with a single thread and no Qt application yet, on Linux
(macOS frameworks do not survive a fork without exec). Elsewhere :meth:`ChartWorker.start`
gives ``None``, and if the worker fails in any way the caller draws the charts itself: a
missing worker makes the report slower, never different.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import threading

from quietlegs.report.insights import Chart

_LENGTH = struct.Struct("!Q")
_FAILED = "failed"


def _write(fd: int, obj) -> None:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_LENGTH.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, n: int) -> bytes:
    parts, left = [], n
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            raise EOFError("the other side closed the pipe")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read(fd: int):
    (n,) = _LENGTH.unpack(_read_exactly(fd, _LENGTH.size))
    return pickle.loads(_read_exactly(fd, n))


def can_fork() -> bool:
    """Whether this process may fork a worker now: Linux, one thread, no Qt application."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() > 1:
        return False
    qtcore = sys.modules.get("PySide6.QtCore")
    return qtcore is None or qtcore.QCoreApplication.instance() is None


class ChartWorker:
    """A forked process that draws the report's charts; use as a context manager."""

    def __init__(self, pid: int, to_child: int, from_child: int):
        self._pid = pid
        self._to_child = to_child
        self._from_child = from_child
        self._senders: list[threading.Thread] = []
        self._begun = False

    @classmethod
    def start(cls) -> ChartWorker | None:
        """Fork the worker (it starts loading matplotlib at once), or ``None`` where unsafe."""
        if not can_fork():
            return None
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the caller's code
            status = 1
            try:
                os.close(down_w)
                os.close(up_r)
                _serve(down_r, up_w)
                status = 0
            except BaseException:  # the command draws the charts itself
                pass
            finally:
                os._exit(status)
        os.close(down_r)
        os.close(up_w)
        return cls(pid, down_w, up_r)

    def _send(self, obj) -> None:
        # From a thread: a year of nights is more than a pipe holds, and the worker reads it
        # only once matplotlib is loaded; the command goes on with its own work meanwhile.
        sender = threading.Thread(target=self._send_now, args=(obj,), daemon=True)
        sender.start()
        self._senders.append(sender)

    def _send_now(self, obj) -> None:
        try:
            _write(self._to_child, obj)
        except OSError:  # the worker is gone; finish() notices and the charts are drawn here
            pass

    def begin(self, source, start, end) -> None:
        """Start drawing the charts of ``source`` (a ``ChartData``) for ``start``..``end``."""
        self._send((source, start, end))
        self._begun = True

    def finish(self, effects) -> list[Chart] | None:
        """The report's charts, given the effects estimated for the chart outcome; ``None``
        if the worker could not draw them (the caller then draws them itself)."""
        if not self._begun:
            return None
        self._send(effects)
        try:
            answer = _read(self._from_child)
        except (EOFError, OSError, pickle.UnpicklingError, struct.error):
            return None
        if not isinstance(answer, list) or not all(isinstance(c, Chart) for c in answer):
            return None
        return answer

    def close(self) -> None:
        """Stop the worker (if it still runs), reap it, and let go of the pipes."""
        try:
            done, _ = os.waitpid(self._pid, os.WNOHANG)
            if done == 0:  # still drawing (the command failed), or just leaving
                os.kill(self._pid, signal.SIGTERM)
                os.waitpid(self._pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
        for fd in (self._to_child, self._from_child):  # a sender still writing now gets EPIPE
            try:
                os.close(fd)
            except OSError:
                pass
        for sender in self._senders:
            sender.join(timeout=5)

    def __enter__(self) -> ChartWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _serve(inbox: int, outbox: int) -> None:
    """The worker's whole life: load, draw what needs no statistics, then the effects chart."""
    from quietlegs.report.insights import REPORT_CHARTS, draw_chart, load_chart_modules

    load_chart_modules()
    try:
        source, start, end = _read(inbox)
    except EOFError:  # the command needed no charts after all
        return
    drawn = {name: draw_chart(name, size, source, start, end)
             for name, size in REPORT_CHARTS if name != "effects"}
    effects = _read(inbox)
    drawn.update({name: draw_chart(name, size, source, start, end, effects)
                  for name, size in REPORT_CHARTS if name == "effects"})
    _write(outbox, [drawn[name] for name, _ in REPORT_CHARTS])
