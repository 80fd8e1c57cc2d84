"""``Journal.snapshot()`` on a 10-year journal: the whole of it, and one year of it.

Every page above storage reads through a snapshot (Journal page, Insights, the report), so
it sets the floor for all of them. Median and best of 15 runs in one process, after a warm-up.

    python benchmarks/snapshot.py
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import date

from _journal import LAST_NIGHT, ten_year_data_dir

from quietlegs.storage.journal_file import open_journal

RUNS = 15


def timed(call) -> dict:
    call()  # warm the page cache
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(times), 4), "best_s": round(min(times), 4)}


def main() -> None:
    journal = open_journal(ten_year_data_dir() / "journal.sqlite3")
    data = journal.snapshot()
    year = (date(LAST_NIGHT.year - 1, LAST_NIGHT.month, LAST_NIGHT.day), LAST_NIGHT)
    result = {
        "benchmark": "snapshot",
        "nights": len(data.nights), "symptoms": len(data.symptoms), "interventions": len(data.interventions),
        "whole_journal": timed(journal.snapshot),
        "one_year": timed(lambda: journal.snapshot(*year)),
        "runs": RUNS,
    }
    journal.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
