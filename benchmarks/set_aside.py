"""Setting aside records the app cannot use (services/repair.py), on a sound 10-year journal:
what the one screening costs, and what checking that it was done costs every later open.

Each run screens a fresh copy of the journal (its ``user_version`` reset to 0). Median and
best of 9 runs after a warm-up.

    python benchmarks/set_aside.py
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _journal import ten_year_data_dir

from quietlegs.paths import DataPaths

RUNS = 9
NOW = datetime(2026, 11, 21, 8, 0)


def main() -> None:
    from quietlegs.services import repair
    from quietlegs.storage.journal_file import open_journal
    from quietlegs.storage.stored_rows import read_rows, screened_version

    root = Path(tempfile.mkdtemp(prefix="quietlegs-set-aside-"))
    try:
        source = ten_year_data_dir() / "journal.sqlite3"
        paths = DataPaths(root)
        screening, reading, marks = [], [], []
        for n in range(RUNS + 1):
            shutil.copy(source, paths.journal)
            con = sqlite3.connect(paths.journal)
            con.execute("PRAGMA user_version = 0")
            con.commit()
            con.close()
            journal = open_journal(paths.journal)
            try:
                start = time.perf_counter()
                rows = read_rows(journal.engine)
                read = time.perf_counter() - start
                start = time.perf_counter()
                assert repair.set_aside_refused(journal, paths, NOW) is None
                screen = time.perf_counter() - start
                start = time.perf_counter()
                assert screened_version(paths.journal) == repair.SCREENED
                mark = time.perf_counter() - start
            finally:
                journal.close()
            if n:  # the first run warms up
                screening.append(screen)
                reading.append(read)
                marks.append(mark)

        def ms(times):
            return {"median_ms": round(statistics.median(times) * 1000, 1), "best_ms": round(min(times) * 1000, 1)}

        print(json.dumps({"benchmark": "set_aside", "records": len(rows),
                          "screening_once": ms(screening), "reading_rows_alone": ms(reading),
                          "each_later_open": ms(marks)}, indent=1))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
