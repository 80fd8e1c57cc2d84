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
