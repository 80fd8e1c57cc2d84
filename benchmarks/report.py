"""Benchmark: a year's appointment report from a 10-year journal, through the command line.

Whole-process timing, as a user (or a script) sees it: start Python, open the journal, compose,
paint and write the PDF (the statistics in the worker process, while the charts are drawn in the
command's). Budget (DESIGN.md): under 5 s. A bare ``quietlegs --version`` in the same run is the
baseline, so slow machines can be told from slow code.

    PYTHONPATH=src python benchmarks/report.py [--runs 3]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quietlegs.domain.demo_journal import generate_demo_journal  # noqa: E402
from quietlegs.domain.records import Appointment  # noqa: E402
from quietlegs.storage.journal_file import open_journal  # noqa: E402

BUDGET_S = 5.0
LAST_NIGHT = date(2026, 11, 20)


CPU_TIMES: list[float] = []


def _timed(cmd: list[str], env: dict) -> float:
    """Wall-clock seconds of one whole process; its CPU seconds go to CPU_TIMES (steadier on a
    machine shared with other work)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_TIMES.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        journal = open_journal(data / "journal.sqlite3")
        journal.import_data(generate_demo_journal(LAST_NIGHT, nights=3650))
        journal.save_appointment(Appointment(
            date=LAST_NIGHT + timedelta(days=4), with_whom="Dr Okafor (GP)", purpose="Yearly review",
            questions=("Could my iron be low?", "Is magnesium still worth taking?")))
        nights = journal.counts()["nights"]
        journal.close()
        # The 10-year journal was just written: let the disk take it now, not during the first
        # timed report (a first run then took 9-20 s now and then, waiting on the disk, not the app).
        if hasattr(os, "sync"):
            os.sync()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
        base = [sys.executable, "-m", "quietlegs", "--data-dir", str(data)]
        report = base + ["report", "--from", str(LAST_NIGHT - timedelta(days=364)), "--to", str(LAST_NIGHT),
                         "--name", "Benchmark", "--out", str(Path(tmp) / "year.pdf")]
        baseline = [_timed(base + ["--version"], env) for _ in range(args.runs)]
        CPU_TIMES.clear()
        runs = [_timed(report, env) for _ in range(args.runs)]
        cpu = list(CPU_TIMES)
        from pypdf import PdfReader

        pages = len(PdfReader(str(Path(tmp) / "year.pdf")).pages)
    median = statistics.median(runs)
    print(json.dumps({
        "benchmark": "report_one_year_of_ten",
        "journal_nights": nights,
        "report_pages": pages,
        "runs_s": [round(r, 3) for r in runs],
        "median_s": round(median, 3),
        "min_s": round(min(runs), 3),  # the least disturbed run, on a machine shared with other work
        "cpu_median_s": round(statistics.median(cpu), 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "baseline_version_s": round(statistics.median(baseline), 3),
        "ratio_to_baseline": round(median / statistics.median(baseline), 2),
        "budget_s": BUDGET_S,
        "within_budget": median < BUDGET_S,
    }, indent=2))


if __name__ == "__main__":
    main()
