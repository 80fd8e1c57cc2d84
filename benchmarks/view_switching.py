"""Switching views on a 10-year journal: each page of the main window shown once (budget 100 ms).

Opens the real main window offscreen on the generated 10-year journal, as the app does, and
times each switch from asking for a page to that page's first paint. Three modes, each run
``--runs N`` times (default 3), every round in a fresh process (so no round profits from
another's imports or caches): "settled" switches once start-up's background work is done (5 s
after the pages are built), "at_once" switches the moment the pages are built (the Journal page
then may still be reading the journal in the background, and shows a "Reading your nights…"
note until they arrive: ``journal_nights_ms`` is how long after the switch they were shown, 0
when they were there before it), and "while_warming" switches 1.2 s after, while the Insights
page starts its statistics process and loads matplotlib in the background. Prints JSON: the median of each figure, every round, and the
machine's load average before and after.

    PYTHONPATH=src python benchmarks/view_switching.py [--runs N]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _journal import ROOT, ten_year_data_dir

BUDGET_MS = 100
# "while_warming": 1.2 s after the pages are built, when the Insights page starts its statistics
# process and loads matplotlib in the background (see insights_page.PREFETCH_DELAY_MS).
SETTLE_S = {"settled": 5.0, "at_once": 0.0, "while_warming": 1.2}


def _wait_paint(app, widget, timeout_s: float = 20.0) -> None:
    """Until ``widget`` has painted, with everything inside it: Qt paints a page first and its
    children right after, in the same pass, so the pass that paints the page is waited out.

    The watcher sits on the page alone. An application-wide Python event filter would be called
    for every event of every widget, each call waiting for the interpreter lock while the
    pages' background threads hold it: the measurement itself would slow the switch it measures."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        painted = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    end = time.perf_counter() + timeout_s
    while not watcher.painted:
        app.processEvents()
        if time.perf_counter() > end:
            raise SystemExit(f"{widget.objectName() or widget} never painted")
    widget.removeEventFilter(watcher)


def child(data_dir: str, mode: str) -> None:
    """One round in this (fresh) process: open the window, wait, switch to every page once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal
    from quietlegs.ui.journal_service import JournalService
    from quietlegs import tuning
    from quietlegs.ui.window_factory import build_main_window

    tuning.apply_to_window_process()  # as app.py does

    app = QApplication(sys.argv[:1])
    paths = DataPaths(Path(data_dir))
    journal = open_journal(paths.journal)
    window = build_main_window(JournalService(journal, paths), defer_pages=True)
    window.build_pending_pages(then=lambda: QTimer.singleShot(  # as app.py does once Today is usable
        tuning.SETTLE_AFTER_PAGES_MS, tuning.settle_after_start_up))
    journal_page = window.page("journal")
    shown = []  # when the Journal page showed its nights
    show_loaded = journal_page._show_loaded
    journal_page._show_loaded = lambda *a: (show_loaded(*a), shown.append(time.perf_counter()))
    window.show_page(window._page_names[0])
    window.show()
    _wait_paint(app, window)
    end = time.perf_counter() + SETTLE_S[mode]
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
        if name == "journal":
            journal_switch = start
    end = time.perf_counter() + 30
    while not shown and time.perf_counter() < end:  # the Journal page's nights (if not yet there)
        app.processEvents()
        time.sleep(0.001)
    switches["journal_nights_ms"] = round(max(0.0, 1000 * (shown[0] - journal_switch)), 1)
    window.close()
    for page in (window.page(n) for n in window._page_names):  # let background work end
        for stop in ("_stop_reading", "_stop_work"):
            if hasattr(page, stop):
                getattr(page, stop)()
    app.processEvents()
    journal.close()
    print(json.dumps({"switch_ms": switches}))


def _median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else round((values[mid - 1] + values[mid]) / 2, 1)


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return 0
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    data_dir = ten_year_data_dir()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    result = {"benchmark": "view_switching", "budget_ms": BUDGET_MS, "runs": runs,
              "load_before": [round(x, 2) for x in os.getloadavg()]}
    for mode in SETTLE_S:
        rounds = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), mode], env=env,
                                 capture_output=True, text=True)
            if out.returncode:
                sys.exit(f"the {mode} round failed:\n{out.stderr}")
            rounds.append(json.loads(out.stdout.strip().splitlines()[-1])["switch_ms"])
        medians = {name: _median([r[name] for r in rounds]) for name in rounds[0]}
        nights = medians.pop("journal_nights_ms")
        worst_round = max(v for r in rounds for k, v in r.items() if k != "journal_nights_ms")
        result[mode] = {"switch_ms": medians, "worst_ms": max(medians.values()),
                        "within_budget": max(medians.values()) <= BUDGET_MS,
                        "worst_round_ms": worst_round, "journal_nights_ms": nights, "rounds": rounds}
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
