"""Saving a night from Today in the real window, as a person does (budget: under 30 ms of
UI-thread time, median, and at most 3 transactions per save).

Opens the real main window offscreen on a generated journal (10 years, and 120 nights for
comparison), each in a fresh process, waits until start-up's background work is done, then
saves ``RUNS`` nights one after the other: for each, Today is stepped to an unlogged night (not
timed), the form's fields are typed into with the keyboard (``QTest.keyClicks``, not timed),
and Enter is pressed. Timed: from the Enter key to the moment every shown view shows the saved
night (Today says "logged" and its form holds the stored night) and the window has processed
every event that followed, paints included. Two clocks: wall time on the UI thread
(``perf_counter``) and CPU time of the UI thread (``thread_time``). Counted with a trace on
every SQLite connection the journal hands out, during the same stretch: SQL statements and
transactions (``BEGIN``), of whatever thread.

Prints JSON, and on its last line the 10-year median in ms of UI-thread time.

    PYTHONPATH=src python benchmarks/save_latency.py [--runs N]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _journal import LAST_NIGHT, ROOT, ten_year_data_dir

BUDGET_MS = 30
BUDGET_TRANSACTIONS = 3
RUNS = 40
SETTLE_S = 6.0  # start-up's background reads, the Insights warm-up: all done before timing


def small_data_dir() -> Path:
    """A data folder with the last 120 nights of the same generated journal."""
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal

    root = Path(tempfile.gettempdir()) / "quietlegs-bench-120n"
    paths = DataPaths(root)
    if not paths.journal.exists():
        journal = open_journal(paths.journal)
        journal.import_data(generate_demo_journal(LAST_NIGHT, nights=120, seed=11))
        journal.close()
    return root


class SqlCounter:
    """Counts what every connection of ``engine`` sends to SQLite (sqlite3's trace callback)."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.statements = self.transactions = 0
        self.counting = False
        self._traced: set[int] = set()
        event.listen(engine.pool, "checkout", self._checkout)

    def _checkout(self, dbapi_connection, _record, _proxy) -> None:
        if id(dbapi_connection) not in self._traced:
            self._traced.add(id(dbapi_connection))
            dbapi_connection.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        if self.counting:
            self.statements += 1
            if sql.lstrip().upper().startswith("BEGIN"):
                self.transactions += 1


def child(data_dir: str, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from quietlegs import clock as app_clock
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    work = Path(tempfile.mkdtemp(prefix="quietlegs-bench-save-"))
    shutil.copy(Path(data_dir) / "journal.sqlite3", work / "journal.sqlite3")
    first = LAST_NIGHT + timedelta(days=1)  # the nights saved: after the journal's last one
    now = datetime.combine(first + timedelta(days=runs + 1), datetime.min.time()) + timedelta(hours=7, minutes=20)
    app_clock.now = lambda: now  # the morning after the last night saved here

    app = QApplication(sys.argv[:1])
    paths = DataPaths(work)
    journal = open_journal(paths.journal)
    counter = SqlCounter(journal.engine)
    window = build_main_window(JournalService(journal, paths))
    window.resize(1200, 800)
    window.show_page("today")
    window.show()
    today = window.page("today")
    end = time.perf_counter() + SETTLE_S
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)

    wall, cpu, statements, transactions = [], [], [], []
    for i in range(runs):
        night_of = first + timedelta(days=i)
        today.show_night(night_of)
        app.processEvents()
        form = today.form
        assert form.loaded is None, f"the night of {night_of} is logged already"
        # Type as a person would: the time it took to fall asleep, awakenings, a note.
        for name, text in (("sleep_latency_min", str(10 + i % 20)), ("awakenings", str(i % 3))):
            field = form.fields[name]
            field.setFocus()
            field.selectAll()
            QTest.keyClicks(field, text)
        QTest.keyClicks(form.notes, "calm legs")
        app.processEvents()
        counter.statements = counter.transactions = 0
        counter.counting = True
        t, c = time.perf_counter(), time.thread_time()
        QTest.keyClick(form.notes, Qt.Key.Key_Return)
        while not (form.loaded is not None and form.loaded.night_of == night_of
                   and "logged" in today.subtitle.text()
                   and "not logged" not in today.subtitle.text()):
            app.processEvents()
            if time.perf_counter() - t > 10:
                raise SystemExit(f"the night of {night_of} was never shown as saved")
        app.processEvents()  # what the save set going: posted events, paints
        wall.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        counter.counting = False
        statements.append(counter.statements)
        transactions.append(counter.transactions)
        assert journal.night(night_of) is not None
    window.close()
    for page in (window.page(n) for n in window._page_names):
        for stop in ("_stop_reading", "_stop_work"):
            if hasattr(page, stop):
                getattr(page, stop)()
    app.processEvents()
    journal.close()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"wall": wall, "cpu": cpu, "statements": statements, "transactions": transactions}))


def _summary(raw: dict) -> dict:
    ms = lambda values: round(1000 * statistics.median(values), 1)  # noqa: E731
    return {"ui_thread_ms_median": ms(raw["wall"]), "ui_thread_ms_worst": round(1000 * max(raw["wall"]), 1),
            "ui_cpu_ms_median": ms(raw["cpu"]),
            "sql_statements_median": statistics.median(raw["statements"]),
            "transactions_median": statistics.median(raw["transactions"]),
            "transactions_worst": max(raw["transactions"]), "saves": len(raw["wall"])}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
        return 0
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else RUNS
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    result = {"benchmark": "save_latency", "budget_ms": BUDGET_MS, "budget_transactions": BUDGET_TRANSACTIONS,
              "load_before": [round(x, 2) for x in os.getloadavg()]}
    for name, data_dir in (("120_nights", small_data_dir()), ("10_years", ten_year_data_dir())):
        out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), str(runs)], env=env,
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"the {name} round failed:\n{out.stderr}")
        result[name] = _summary(json.loads(out.stdout.strip().splitlines()[-1]))
    ten = result["10_years"]
    result["within_budget"] = (ten["ui_thread_ms_median"] < BUDGET_MS
                               and ten["transactions_worst"] <= BUDGET_TRANSACTIONS)
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))
    print(f"save from Today, 10 years: {ten['ui_thread_ms_median']} ms UI-thread time (median), "
          f"{ten['transactions_worst']} transactions at most")
    return 0


if __name__ == "__main__":
    sys.exit(main())
