"""The integrity checks on a 10-year journal, and what they add to opening it and to rotating
its backups (docs/cli.md and services/opening.py say when each check runs).

Median and best of 9 runs in one process, after a warm-up; the rotation is timed on a copy of
the data folder holding 40 backups, first with no check remembered (a fresh command-line
process), then as the window sees it (each backup's check remembered).

    python benchmarks/checks.py
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _journal import ten_year_data_dir

from quietlegs.paths import DataPaths
from quietlegs.storage import backup as backup_module
from quietlegs.storage.db import broken_references, integrity_check, quick_check

RUNS = 9
NOW = datetime(2026, 11, 21, 8, 0)


def timed(call, runs: int = RUNS) -> dict:
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"median_ms": round(statistics.median(times) * 1000, 1), "best_ms": round(min(times) * 1000, 1)}


def main() -> None:
    from quietlegs.services.opening import CHECK_MARK, open_for_command, open_for_window

    root = Path(tempfile.mkdtemp(prefix="quietlegs-checks-"))
    try:
        shutil.copy(ten_year_data_dir() / "journal.sqlite3", root / "journal.sqlite3")
        paths = DataPaths(root)
        journal = paths.journal

        def window(full: bool):
            def run():
                mark = root / CHECK_MARK
                mark.unlink(missing_ok=True)
                if not full:
                    mark.write_text(NOW.date().isoformat())
                open_for_window(paths, NOW).close()
            return run

        result = {
            "benchmark": "checks",
            "journal_mb": round(journal.stat().st_size / 1e6, 1),
            "quick_check": timed(lambda: quick_check(journal)),
            "integrity_check": timed(lambda: integrity_check(journal)),
            "foreign_key_check": timed(lambda: broken_references(journal)),
            "open_for_command_full_check": timed(lambda: open_for_command(paths, NOW).close()),
            "open_for_window_quick_check": timed(window(full=False)),
            "open_for_window_full_check": timed(window(full=True)),
        }
        for d in range(40):
            backup_module.make_backup(journal, paths.backups, NOW - timedelta(days=3 * d), "daily")

        def rotate(remembered: bool):
            def run():
                if not remembered:
                    backup_module._checked.clear()
                    backup_module._nights.clear()
                backup_module.rotation_facts(paths.backups, NOW + timedelta(days=1))
            return run

        result["rotation_40_unthinned_backups_nothing_remembered"] = timed(rotate(False), runs=3)
        result["rotation_40_unthinned_backups_remembered"] = timed(rotate(True))
        backup_module.thin_backups(paths.backups, NOW + timedelta(days=1))
        backup_module.make_backup(journal, paths.backups, NOW + timedelta(days=1), "daily")
        result["backups_after_thinning"] = len(backup_module.backup_files(paths.backups))
        result["rotation_next_day_nothing_remembered"] = timed(rotate(False), runs=3)
        result["rotation_next_day_remembered"] = timed(rotate(True))
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
