"""Start-up to a usable window on a 10-year journal, against a bare PySide6 window.

Whole-process timings, median of 5 each, both measured in this run. Budget (DESIGN.md):
the app's first paint (the ``ready`` line of QUIETLEGS_SMOKE=1) comes at most 1.5× later than
the bare window's. Also reported: when the journal is open and the pages are built (the smoke
run exits then), the moment a person can type into last night's form.

    python benchmarks/startup.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _journal import ROOT, ten_year_data_dir

RUNS = 5


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """Seconds from spawn to the ``ready`` line, and to the process's exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    ready = time.perf_counter() - start
    _, err = proc.communicate(timeout=120)
    done = time.perf_counter() - start
    if proc.returncode != 0 or line.strip() != "ready":
        raise SystemExit(f"{cmd} failed: {err}")
    return ready, done


def main() -> None:
    data_dir = ten_year_data_dir()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QUIETLEGS_SMOKE": "1", "PYTHONPATH": str(ROOT / "src")}
    app_cmd = [sys.executable, "-m", "quietlegs", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    timed(app_cmd, env), timed(bare_cmd, env)  # warm the file cache for both
    bare, app, loaded = [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment hurts both alike
        bare.append(timed(bare_cmd, env)[0])
        ready, done = timed(app_cmd, env)
        app.append(ready)
        loaded.append(done)
    result = {
        "bare_window_s": round(statistics.median(bare), 3),
        "app_first_paint_s": round(statistics.median(app), 3),
        "ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "budget_ratio": 1.5,
        "app_journal_open_and_pages_built_s": round(statistics.median(loaded), 3),
        "runs": RUNS,
    }
    result["within_budget"] = result["ratio"] <= result["budget_ratio"]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
