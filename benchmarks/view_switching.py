"""Switching views on a 10-year journal: each page of the main window shown once (budget 100 ms).

Opens the real main window offscreen on the generated 10-year journal, as the app does, and
times each switch from asking for a page to that page's first paint. Two runs, each in a fresh
window: "settled" switches once start-up's background work is done (5 s after the pages are
built), "at_once" switches the moment the pages are built (the Journal page then waits for its
background read). Prints the figures as JSON.

    python benchmarks/view_switching.py
"""

from __future__ import annotations

import json
import os
import sys
import time

from _journal import ten_year_data_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quietlegs.paths import DataPaths  # noqa: E402
from quietlegs.storage.journal_file import open_journal  # noqa: E402
from quietlegs.ui.journal_service import JournalService  # noqa: E402
from quietlegs.ui.window_factory import build_main_window  # noqa: E402

BUDGET_MS = 100
SETTLE_S = 5.0


class _Painted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _wait_paint(app: QApplication, widget, timeout_s: float = 20.0) -> None:
    """Until ``widget`` or any widget inside it paints."""
    watcher = _Painted()
    app.installEventFilter(watcher)

    class Inside(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and (obj is widget or (isinstance(obj, QWidget) and widget.isAncestorOf(obj))):
                watcher.painted = True
            return False

    inside = Inside()
    app.removeEventFilter(watcher)
    app.installEventFilter(inside)
    end = time.perf_counter() + timeout_s
    while not watcher.painted:
        app.processEvents()
        if time.perf_counter() > end:
            raise SystemExit(f"{widget.objectName() or widget} never painted")
    app.removeEventFilter(inside)


def _run(app: QApplication, paths: DataPaths, settle_s: float) -> dict:
    journal = open_journal(paths.journal)
    window = build_main_window(JournalService(journal, paths))
    window.show_page(window._page_names[0])
    window.show()
    _wait_paint(app, window)
    end = time.perf_counter() + settle_s
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    switches = {}
    for name in window._page_names[1:] + window._page_names[:1]:
        page = window.page(name)
        start = time.perf_counter()
        window.show_page(name)
        _wait_paint(app, page)
        switches[name] = round(1000 * (time.perf_counter() - start), 1)
    window.close()
    for page in (window.page(n) for n in window._page_names):  # let background work end
        pool = getattr(page, "_pool", None) or getattr(page, "pool", None)
        if pool is not None:
            pool.waitForDone(30_000)
    app.processEvents()
    journal.close()
    return {"switch_ms": switches, "worst_ms": max(switches.values()),
            "within_budget": max(switches.values()) <= BUDGET_MS}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = DataPaths(ten_year_data_dir())
    result = {"benchmark": "view_switching", "budget_ms": BUDGET_MS,
              "settled": _run(app, paths, SETTLE_S), "at_once": _run(app, paths, 0.0)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
