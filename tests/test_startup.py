"""Start-up stays light: the window paints before the heavy libraries load."""

import os
import subprocess
import sys


def test_a_smoke_start_prints_ready_and_loads_no_plotting_or_statistics(tmp_path, demo_data):
    """The app's own process, started as ``quietlegs`` is, up to the journal open and the pages
    built: no matplotlib, statsmodels, scipy or pandas. (The statistics process, started as the
    pages are built, loads statsmodels: that is its job, and it is another process.)"""
    from quietlegs.storage.journal_file import open_journal

    journal = open_journal(tmp_path / "d" / "journal.sqlite3")
    journal.import_data(demo_data)
    journal.close()
    env = {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen"}
    script = ("import sys\n"
              "from quietlegs.__main__ import main\n"
              "if __name__ == '__main__':\n"
              "    status = main()\n"
              "    heavy = [m for m in ('matplotlib', 'statsmodels', 'scipy', 'pandas') if m in sys.modules]\n"
              "    print('heavy:', ' '.join(heavy) or 'none')\n"
              "    sys.exit(status)\n")
    out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "d")],
                         env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout == "ready\nheavy: none\n"


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


def test_the_first_paint_comes_before_qts_namespace_is_loaded(tmp_path):
    """Loading ``PySide6.QtCore.Qt`` (every enum of Qt's namespace) takes ~16 ms, a tenth of the
    time to the first paint: the modules that run before it import it only where it is used."""
    script = ("import builtins, sys\n"
              "import PySide6.QtCore as core\n"
              "real = builtins.print\n"
              "def spy(*args, **kwargs):\n"
              "    if args and args[0] == 'ready':\n"
              "        real('namespace loaded:', 'Qt' in vars(core))\n"
              "    real(*args, **kwargs)\n"
              "builtins.print = spy\n"
              "from quietlegs.__main__ import main\n"
              "if __name__ == '__main__':\n"
              "    sys.exit(main())\n")
    env = {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "d")], env=env,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[:2] == ["namespace loaded: False", "ready"]
