"""Every performance knob of the app, in one place, each named and justified once.

Two kinds of process run the app's code:

- the **window's process** (``quietlegs gui``): :func:`apply_to_window_process` is called once by
  the composition root (``app.py``) before anything else starts, :func:`apply_to_qt_bindings`
  right after it imports PySide6, and :func:`settle_after_start_up` once the Today page is usable;
- the **worker process** (statistics and chart drawing, shared by Insights, the report dialog and
  ``quietlegs report``): :func:`apply_to_worker_process` is called first thing by its initializer,
  before it imports numpy.

Nothing here is needed for correctness; everything here is measured (figures beside each knob).
Standard library only, no Qt: the command line and the worker import this module too.
"""

from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager

# Interpreter switch interval of the window's process: how long a background thread may keep
# Python's interpreter lock while the window's thread waits for it (Python's default is 5 ms).
# Pages read the journal and load matplotlib on worker threads; the window's thread needs the lock
# for every call into a Python model while it paints, hundreds per page, and waits up to this long
# each time. Measured on 10 years while Insights loaded matplotlib (benchmarks/view_switching.py,
# "while_warming"): worst switches of 142 ms at 0.5 ms, 79 ms at 50 µs. A thread that runs alone
# is never interrupted for nothing, so a short interval costs nothing when only one thread runs.
WINDOW_SWITCH_INTERVAL_S = 0.00005

# BLAS threads: the regressions are thousands of nights by a dozen columns, where extra BLAS
# threads only cost (on a busy two-core machine a fit took ten times longer with two threads than
# with one). OpenBLAS reads this when numpy first loads, so it is set before numpy is imported in
# either process; the worker, spawned from the window's process, inherits it.
BLAS_THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1"}

# When the collector settles (collect, freeze, resume): this long after the last page is built.
# The collect walks every object start-up made (150,000 on 10 years, 195 of them garbage) and
# holds every thread meanwhile, 0.05-0.15 s once; by now the Journal page's background read is
# done and the person is reading the form.
SETTLE_AFTER_PAGES_MS = 2000

# PySide6's import hook asks of every module imported after it whether it uses PySide's opt-in
# ``from __feature__ import snake_case, true_property``, by reading the module's whole source
# (``inspect.getsource``), once per module. The app selects no feature anywhere (the layering
# test forbids that import), so every answer leads to the same behaviour: Qt's own names. Reading
# the ~110 sources imported on the way to a usable window took 9-12 ms, a tenth of the time a
# bare PySide6 window takes to paint (benchmarks/startup.py). Modules are marked instead with
# the answer PySide gives a module that does not use it (left alone when features switch).
SKIP_PYSIDE_FEATURE_SCAN = True

_settled = False


def apply_to_window_process() -> None:
    """The window's knobs: the short switch interval, single-threaded BLAS, and the collector
    paused until :func:`settle_after_start_up`. Call once, first; then
    :func:`apply_to_qt_bindings` once PySide6 is imported."""
    for name, value in BLAS_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    sys.setswitchinterval(min(sys.getswitchinterval(), WINDOW_SWITCH_INTERVAL_S))
    # Garbage collection during start-up: the imports (Qt bindings, SQLAlchemy) and the Today
    # page make a few hundred thousand long-lived objects and almost no garbage, yet set off
    # collections that walk them all: a tenth of the CPU time to a usable window on 10 years
    # (0.06-0.1 s of 0.6 s). The collector is paused until start-up has settled.
    gc.disable()


def apply_to_qt_bindings() -> None:
    """The knob for PySide6 itself, in the window's process: no scan of sources for PySide
    features. Call right after PySide6 is first imported, before the app's own Qt modules; left
    as it is where this PySide6 has no such scan (or was never imported)."""
    feature = sys.modules.get("shibokensupport.feature")
    if SKIP_PYSIDE_FEATURE_SCAN and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_pyside_feature


def _uses_no_pyside_feature(module) -> bool:
    return False


def apply_to_worker_process() -> None:
    """The worker's knobs: single-threaded BLAS and a batch scheduling class. Call first thing in
    the worker, before numpy is imported."""
    for name, value in BLAS_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    # Batch scheduling (Linux): the worker gets its fair share of the processor but never preempts
    # the window's process when that wakes up to answer a click or a key. Elsewhere: nothing.
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError:
            pass


def settle_after_start_up() -> None:
    """Once the window is usable: collect what start-up left behind, then set every survivor (Qt
    bindings, SQLAlchemy, the pages) aside from the collector's passes with ``gc.freeze``.

    Garbage collection: a full pass walks every tracked object; start-up leaves about a hundred
    thousand long-lived ones (imported modules, mapped classes, widgets' wrappers), and walking
    them is a pause of every thread, the window's too. Freezing them once ends that. The collect
    first matters: freezing garbage would keep it forever. Done once per process, never after a
    change (the objects a change makes are short-lived and are the collector's business)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
    gc.enable()  # paused since apply_to_window_process


@contextmanager
def loading_long_lived():
    """Around a one-time load of many long-lived objects (matplotlib and its fonts, on a worker
    thread): the collector is paused while they are made (otherwise they set off full passes as
    they are made, a quarter to half a second each on 10 years), then they are set aside with
    ``gc.freeze`` without a collect first. Measured: the load makes 100,000 objects of which 3,700
    are garbage, kept once; a collect would hold every thread, the window's too, ~0.1 s while a
    person waits for Insights. Once per process; never for data rebuilt when the journal changes."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
