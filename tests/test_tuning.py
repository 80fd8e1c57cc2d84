"""The performance knobs of quietlegs.tuning do what they say, in a process of their own."""

import os
import subprocess
import sys

SCRIPT = r"""
import gc, os, sys
from quietlegs import tuning
os.environ.pop("OPENBLAS_NUM_THREADS", None)
tuning.apply_to_window_process()
print("switch", sys.getswitchinterval() <= tuning.WINDOW_SWITCH_INTERVAL_S)
print("blas", os.environ.get("OPENBLAS_NUM_THREADS"))
print("paused", not gc.isenabled())
import weakref
class Cycle:
    pass
c = Cycle(); c.me = c; gone = weakref.ref(c); del c
tuning.settle_after_start_up()
print("garbage frozen", gone() is not None)
print("frozen", gc.get_freeze_count() > 0)
print("collecting again", gc.isenabled())
before = gc.get_freeze_count()
tuning.settle_after_start_up()
print("once", gc.get_freeze_count() == before)
"""


def test_the_window_process_knobs_and_one_collect_before_the_freeze():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
                         env={k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:7] == ["switch True", "blas 1", "paused True", "garbage frozen False", "frozen True",
                                           "collecting again True", "once True"]


def test_the_worker_process_runs_as_a_batch_process_where_the_system_has_one():
    script = ("import os\nfrom quietlegs import tuning\ntuning.apply_to_worker_process()\n"
              "print(os.environ['OPENBLAS_NUM_THREADS'])\n"
              "print(os.sched_getscheduler(0) == os.SCHED_BATCH if hasattr(os, 'SCHED_BATCH') else True)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "True"]


FEATURE_SCAN = r"""
import linecache, sys
from pathlib import Path
from quietlegs import tuning
tuning.apply_to_window_process()
import PySide6.QtWidgets
tuning.apply_to_qt_bindings()
folder = Path(sys.argv[1])
(folder / "uses_qt_here.py").write_text("from PySide6.QtWidgets import QLabel\nLABEL = QLabel\n")
sys.path.insert(0, str(folder))
linecache.clearcache()
import uses_qt_here
print("source read", str(folder / "uses_qt_here.py") in linecache.cache)
from PySide6.QtWidgets import QApplication
app = QApplication([])
label = uses_qt_here.LABEL("still Qt's names")
print("Qt's names", label.text(), label.wordWrap())
"""


def test_the_window_process_does_not_read_each_new_modules_source_for_pyside_features(tmp_path):
    """PySide6's import hook reads the whole source of every module imported after it (to see
    whether it opts into ``from __feature__ import``); once tuned it no longer does, and a module
    that uses Qt still gets Qt's own names (the app selects no feature: test_layering)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", FEATURE_SCAN, str(tmp_path)], capture_output=True, text=True,
                         timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["source read False", "Qt's names still Qt's names False"]


def test_without_the_knob_pyside_reads_the_source(tmp_path):
    """The knob's reason still holds for the PySide6 in use (else it can go)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = FEATURE_SCAN.replace("tuning.apply_to_qt_bindings()", "")
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                         timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "source read True"
