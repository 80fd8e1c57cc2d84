"""A read of the journal in a worker thread, its answer (or error) handed back in a Future.

The Journal page starts one after start-up so that its first visit is instant; ``ReadDone``
tells the page, on its own thread, that the answer is there.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QObject, QRunnable, Signal


class ReadDone(QObject):
    """Tells the page, on its own thread, that a background read has finished."""

    finished = Signal()


class BackgroundRead(QRunnable):
    """Runs ``read()`` in a worker thread, its answer (or error) kept in ``future``."""

    def __init__(self, read, future: Future, done: ReadDone):
        super().__init__()
        self._read, self._future, self._done = read, future, done

    def run(self) -> None:
        try:
            self._future.set_result(self._read())
        except BaseException as exc:  # noqa: BLE001 - handed to the page, which reads again in front
            self._future.set_exception(exc)
        try:
            self._done.finished.emit()
        except RuntimeError:  # the page went away (the app is closing): nobody is waiting
            pass
