"""Journal page on a 10-year journal: time to first show of the list, and scrolling it.

Builds a generated 10-year journal (3,650 nights) in a temporary data folder, opens the real
main window offscreen (without the page's background read after start-up, so this is the
page reading the journal in front), switches to the Journal page and waits for the list's first paint,
then pages down from the first row to the last, repainting after every key. A plain
QTableView over a trivial model of the same size, shown and scrolled the same way in the same
run, is the baseline. Prints the figures as JSON.

    PYTHONPATH=src python benchmarks/journal_scrolling.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from quietlegs.domain.demo_journal import generate_demo_journal  # noqa: E402
from quietlegs.paths import DataPaths  # noqa: E402
from quietlegs.storage.journal_file import open_journal  # noqa: E402
from quietlegs.ui.journal_service import JournalService  # noqa: E402
from quietlegs.ui import window_factory  # noqa: E402
from quietlegs.ui.window_factory import build_main_window  # noqa: E402

LAST_NIGHT = date(2026, 11, 20)


class _Painted(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _wait_paint(app: QApplication, widget) -> None:
    watcher = _Painted()
    widget.installEventFilter(watcher)
    while not watcher.painted:
        app.processEvents()
    widget.removeEventFilter(watcher)


def _scroll(app: QApplication, table: QTableView) -> dict:
    """Page down from the top to the bottom; one repaint per key."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    app.processEvents()
    last = table.model().rowCount() - 1
    times = []
    start = time.perf_counter()
    while table.currentIndex().row() < last:
        t = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_PageDown)
        table.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - t)
    total = time.perf_counter() - start
    return {"pages": len(times), "total_s": round(total, 3), "mean_page_ms": round(1000 * statistics.mean(times), 2),
            "max_page_ms": round(1000 * max(times), 2)}


class _Plain(QAbstractTableModel):
    def __init__(self, rows: int, cols: int):
        super().__init__()
        self.rows, self.cols = rows, cols

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.cols

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def _baseline(app: QApplication, rows: int, cols: int) -> dict:
    view = QTableView()
    view.resize(1100, 720)
    view.verticalHeader().setDefaultSectionSize(30)
    start = time.perf_counter()
    view.setModel(_Plain(rows, cols))
    view.show()
    _wait_paint(app, view.viewport())
    shown = time.perf_counter() - start
    scroll = _scroll(app, view)
    view.close()
    return {"first_show_s": round(shown, 3), "scroll": scroll}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    root = Path(tempfile.mkdtemp(prefix="quietlegs-bench-"))
    paths = DataPaths(root)
    t = time.perf_counter()
    data = generate_demo_journal(LAST_NIGHT, nights=3650)
    journal = open_journal(paths.journal)
    journal.import_data(data)
    built = time.perf_counter() - t

    service = JournalService(journal, paths)
    # The cold path: no background read after start-up, the page reads on its first show and
    # says "Reading your nights…" until its table paints (benchmarks/view_switching.py times
    # the first visit as it happens, with the read started as the pages are built).
    window_factory.JOURNAL_PRELOAD_MS = 10**9
    window = build_main_window(service)
    other = next(n for n in window._page_names if n != "journal")
    window.show_page(other)  # the Journal page loads on its first show: keep it for the timing
    window.show()
    _wait_paint(app, window)
    page = window.page("journal")
    assert not page._loaded
    start = time.perf_counter()
    window.show_page("journal")
    page.set_view(0, remember=False)
    _wait_paint(app, page.table.viewport())
    first_show = time.perf_counter() - start

    table = page.table
    rows = table.model().rowCount()
    page.search.setFocus()  # the first letter typed into the search: every night is searched
    start = time.perf_counter()
    QTest.keyClick(page.search, Qt.Key.Key_S)
    table.viewport().repaint()
    app.processEvents()
    first_search = time.perf_counter() - start
    QTest.keyClicks(page.search, "ofa")
    app.processEvents()
    found = page.proxy.rowCount()
    page.search.clear()
    app.processEvents()
    scroll = _scroll(app, table)

    start = time.perf_counter()  # switching away and back once loaded
    window.show_page(other)
    app.processEvents()
    window.show_page("journal")
    _wait_paint(app, table.viewport())
    switch_back = time.perf_counter() - start

    night = journal.night(page.current)
    start = time.perf_counter()  # delete and undo: the page refreshes the nights touched
    service.delete_night(night)
    service.undo_stack.undo()
    app.processEvents()
    delete_undo = time.perf_counter() - start

    window.close()
    base = _baseline(app, rows, table.model().columnCount())
    journal.close()
    result = {
        "benchmark": "journal_scrolling",
        "nights": rows,
        "symptoms": len(data.symptoms),
        "interventions": len(data.interventions),
        "build_journal_s": round(built, 2),
        "first_show_s": round(first_show, 3),
        "scroll": scroll,
        "switch_back_s": round(switch_back, 4),
        "delete_and_undo_s": round(delete_undo, 4),
        "first_search_keystroke_ms": round(1000 * first_search, 1),
        "nights_found_for_sofa": found,
        "baseline_plain_table": base,
        "first_show_ratio_to_baseline": round(first_show / base["first_show_s"], 1),
        "scroll_ratio_to_baseline": round(scroll["total_s"] / base["scroll"]["total_s"], 2),
        "page_down_ratio_to_baseline": round(scroll["mean_page_ms"] / base["scroll"]["mean_page_ms"], 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
