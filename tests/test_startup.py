"""Start-up stays light: the window paints before the heavy libraries load."""

import os
import subprocess
import sys


def test_a_smoke_start_prints_ready_and_loads_no_plotting_or_statistics(tmp_path, demo_data):
    from quietlegs.storage.journal_file import open_journal

    journal = open_journal(tmp_path / "d" / "journal.sqlite3")
    journal.import_data(demo_data)
    journal.close()
    env = {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "quietlegs", "--data-dir", str(tmp_path / "d")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout == "ready\n"
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")}
    for heavy in ("matplotlib", "statsmodels", "scipy", "pandas"):
        assert heavy not in imported, f"{heavy} was imported during start-up"


def test_insights_opened_at_start_work_out_the_statistics_in_a_process_of_their_own():
    """``python -m quietlegs --demo``, Insights opened at once: the statistics process starts
    from the real entry point, answers, and opens no window of its own."""
    env = {**os.environ, "QUIETLEGS_SMOKE": "insights", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "quietlegs", "--demo"], env=env, capture_output=True, text=True,
                         timeout=180, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "ready" and lines.count("ready") == 1
    assert lines[-1].startswith("insights ready") and "statistics in their own process" in lines[-1], out.stdout
