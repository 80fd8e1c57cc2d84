"""Start-up and quitting, as ``quietlegs`` runs them: the contract of ``QUIETLEGS_SMOKE=1``
(``ready`` at the first paint, ``usable`` once Today shows the journal and takes typing, exit 0),
start-up stays light, and quitting at once never loses a save. (Speed: benchmarks/startup.py.)"""

import os
import sqlite3
import subprocess
import sys

# Runs quietlegs as its command does; when the process ends (os._exit, right after the journal
# closed) it first says which heavy libraries the window's process had loaded.
HEAVY_SPY = ("import os, sys\n"
             "real_exit = os._exit\n"
             "def spy(status):\n"
             "    heavy = [m for m in ('matplotlib', 'statsmodels', 'scipy', 'pandas') if m in sys.modules]\n"
             "    print('heavy:', ' '.join(heavy) or 'none', flush=True)\n"
             "    real_exit(status)\n"
             "os._exit = spy\n"
             "from quietlegs.__main__ import main\n"
             "if __name__ == '__main__':\n"
             "    sys.exit(main())\n")


def _smoke_env(**more) -> dict:
    return {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", **more}


def _demo_folder(folder, demo_data) -> None:
    """A data folder holding the demo journal, written as the app writes it (then closed)."""
    from quietlegs.storage.journal_file import open_journal

    journal = open_journal(folder / "journal.sqlite3")
    journal.import_data(demo_data)
    journal.close()


def test_a_smoke_start_prints_ready_then_usable_exits_0_and_loads_no_plotting_or_statistics(tmp_path, demo_data):
    """The app's own process, started as ``quietlegs`` is, on a journal with data: no
    matplotlib, statsmodels, scipy or pandas before it quits."""
    _demo_folder(tmp_path / "d", demo_data)
    out = subprocess.run([sys.executable, "-c", HEAVY_SPY, "--data-dir", str(tmp_path / "d")],
                         env=_smoke_env(), capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout == "ready\nusable\nheavy: none\n"


def test_a_smoke_start_on_a_new_journal_is_usable_too(tmp_path):
    out = subprocess.run([sys.executable, "-m", "quietlegs", "--data-dir", str(tmp_path / "new")], env=_smoke_env(),
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["ready", "usable"]
    assert (tmp_path / "new" / "journal.sqlite3").exists()


def test_insights_opened_at_start_work_out_the_statistics_in_a_process_of_their_own():
    """``python -m quietlegs --demo``, Insights opened once Today is usable: the statistics
    process starts from the real entry point, answers, and opens no window of its own."""
    out = subprocess.run([sys.executable, "-m", "quietlegs", "--demo"], env=_smoke_env(QUIETLEGS_SMOKE="insights"),
                         capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[:2] == ["ready", "usable"] and lines.count("ready") == 1
    assert lines[-1].startswith("insights ready") and "statistics in their own process" in lines[-1], out.stdout
    # Quitting ends the process at once; the resource tracker frees the worker's semaphores quietly.
    assert "leaked semaphore" not in out.stderr and "Traceback" not in out.stderr, out.stderr[-2000:]


def _smoke_start_saying_at_first_paint(data_dir, said_at_first_paint: str) -> list[str]:
    """The lines of a smoke start (``ready``, ``usable``) on ``data_dir``, with what the Python
    expression ``said_at_first_paint`` gives printed just before ``ready``."""
    script = ("import builtins, sys\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from quietlegs.ui.usable import is_usable\n"
              "real = builtins.print\n"
              "def spy(*args, **kwargs):\n"
              "    if args and args[0] == 'ready':\n"
              f"        real({said_at_first_paint})\n"
              "    real(*args, **kwargs)\n"
              "builtins.print = spy\n"
              "from quietlegs.__main__ import main\n"
              "if __name__ == '__main__':\n"
              "    sys.exit(main())\n")
    out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(data_dir)], env=_smoke_env(),
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.splitlines()


def test_a_new_journals_window_paints_before_the_full_opening_begins(tmp_path):
    """A journal only the full opening may read (here a new one) opens behind a window that is
    already painted, saying "Opening your journal…": SQLAlchemy, the migrations and the checks
    come after that first paint, and the window is usable once they are done."""
    said = _smoke_start_saying_at_first_paint(tmp_path / "d", "'opening begun:', 'sqlalchemy' in sys.modules")
    assert said == ["opening begun: False", "ready", "usable"]


def test_on_a_journal_of_this_version_the_first_paint_is_today_ready_to_type_in(tmp_path, demo_data):
    """The usual start builds Today from the quick read before the window first paints: its
    first paint already shows the night to log, with the keyboard focus in its form (no empty
    frame first, no "Opening your journal…")."""
    _demo_folder(tmp_path / "d", demo_data)
    shown = "next(w for w in QApplication.topLevelWidgets() if hasattr(w, 'pages')).pages.currentWidget()"
    said = _smoke_start_saying_at_first_paint(
        tmp_path / "d", f"'first paint:', type({shown}).__name__, 'usable' if is_usable({shown}) else 'not usable'")
    assert said == ["first paint: TodayPage usable", "ready", "usable"]


# Once Today is usable: type a note into last night's form, press Enter (a save the page then
# acknowledges), close the window; the process then ends at once (os._exit).
TYPE_SAVE_QUIT = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from quietlegs.ui import usable

real_when_usable = usable.when_usable

def type_save_and_quit(today, on_usable):
    def then():
        on_usable()
        QTest.keyClicks(today.form.notes, "slept with the window open")
        QTest.keyClick(today.form.notes, Qt.Key.Key_Return)
        print("saved:", today.form.loaded is not None and not today.form.has_unsaved_changes(), flush=True)
        QTimer.singleShot(0, today.window().close)
    real_when_usable(today, then)

usable.when_usable = type_save_and_quit
from quietlegs.__main__ import main
sys.exit(main())
"""


def test_a_night_saved_just_before_quitting_is_in_the_journal_after_the_process_ends(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QUIETLEGS_SMOKE", None)
    out = subprocess.run([sys.executable, "-c", TYPE_SAVE_QUIT, "--data-dir", str(tmp_path / "d")], env=env,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "saved: True"
    rows = sqlite3.connect(tmp_path / "d" / "journal.sqlite3").execute("SELECT notes FROM nights").fetchall()
    assert rows == [("slept with the window open",)]


# Says which libraries were loaded when ``usable`` is printed.
USABLE_SPY = ("import builtins, sys\n"
              "real = builtins.print\n"
              "def spy(*args, **kwargs):\n"
              "    real(*args, **kwargs)\n"
              "    if args and args[0] == 'usable':\n"
              "        real('loaded:', ' '.join(m for m in ('sqlalchemy', 'alembic', 'numpy') if m in sys.modules)\n"
              "             or 'none', flush=True)\n"
              "        import PySide6.QtWidgets as widgets\n"  # QStyle's 600 names: ~5 ms of a start
              "        real('QStyle:', 'loaded' if 'QStyle' in vars(widgets) else 'not loaded', flush=True)\n"
              "builtins.print = spy\n"
              "from quietlegs.__main__ import main\n"
              "if __name__ == '__main__':\n"
              "    sys.exit(main())\n")


def test_today_is_usable_before_sqlalchemy_loads_and_the_journal_is_checked_before_the_run_ends(tmp_path, demo_data):
    """The fast path: Today from a standard-library read; the opening with its full check (the
    first start of the day) follows once Today is usable, before the smoke run quits."""
    _demo_folder(tmp_path / "d", demo_data)
    out = subprocess.run([sys.executable, "-c", USABLE_SPY, "--data-dir", str(tmp_path / "d")],
                         env=_smoke_env(), capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout == "ready\nusable\nloaded: none\nQStyle: not loaded\n"
    assert (tmp_path / "d" / "journal.checked").is_file()  # the day's full check ran


def test_a_smoke_start_on_a_journal_only_the_full_check_finds_damaged_fails_after_usable(tmp_path, demo_data):
    """Shown from the quick read, then refused by the check: status 1 and the plain words."""
    _demo_folder(tmp_path / "d", demo_data)
    con = sqlite3.connect(tmp_path / "d" / "journal.sqlite3")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO symptom_reliefs (symptom_id, kind, position) VALUES ('no-such-symptom', 'heat', 0)")
    con.commit()
    con.close()
    script = ("import sys\n"
              "from PySide6.QtWidgets import QMessageBox\n"
              "def answer(box):\n"  # the person quits without changing anything
              "    print('asked:', box.windowTitle(), flush=True)\n"
              "    return QMessageBox.StandardButton.Cancel\n"
              "QMessageBox.exec = answer\n"
              "from quietlegs.__main__ import main\n"
              "sys.exit(main())\n")
    out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "d")],
                         env=_smoke_env(), capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 1, out.stderr[-2000:]
    assert out.stdout == "ready\nusable\nasked: Your journal needs attention\n"
    assert "Traceback" not in out.stderr
