"""Performance tuning, each knob named and justified once, applied once where a process begins.

``apply_to_worker_process()`` is called by the worker process (:mod:`quietlegs.services.worker`)
before it loads anything heavy.
"""

from __future__ import annotations

import os

# The regressions are thousands of nights by a dozen columns: BLAS threads only cost there (on a
# busy two-core machine a fit took ten times longer with two threads than with one). OpenBLAS
# reads this when numpy first loads, so it is set before anything imports numpy.
BLAS_THREADS = "1"


def apply_to_worker_process() -> None:
    """Tune the worker process: one BLAS thread, and a batch priority beside the window.

    On Linux the worker runs as a batch process (``SCHED_BATCH``): it gets its fair share of the
    processor, but never preempts the window's process when that wakes up to answer a click or
    a key. Elsewhere it keeps the normal policy.
    """
    os.environ.setdefault("OPENBLAS_NUM_THREADS", BLAS_THREADS)
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError:  # not allowed here: the normal policy does
            pass
