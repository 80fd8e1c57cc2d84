"""How honest the effect estimates are on journals generated from real-life situations
(issue 11; generators in tests/analysis/situations.py), as a table.

For every true row (kind, lag, dose) of every situation, over N journals: coverage of the 95%
interval, how often a row with no true effect is flagged (interval excludes 0), how often a
real effect lands on the wrong side, and how often the row is missing. The acceptance test
(tests/analysis/test_situations.py) asserts coverage ≥ 90%, flagged ≤ 10%, wrong side ≤ 2%.

  PYTHONPATH=src python benchmarks/insights_honesty.py [--runs 200] [--effects path/to/effects.py]

``--effects`` judges another version of ``analysis/effects.py`` (say, ``git show
main~5:src/quietlegs/analysis/effects.py > /tmp/old_effects.py``) on the same journals.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.analysis.situations import SITUATIONS, judge  # noqa: E402


def _estimator(path: str | None):
    if not path:
        return None
    spec = importlib.util.spec_from_file_location("judged_effects", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.estimate_effects


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--effects", help="another effects.py to judge on the same journals")
    parser.add_argument("situations", nargs="*", help=f"some of {', '.join(SITUATIONS)} (default all)")
    args = parser.parse_args()
    estimate = _estimator(args.effects)
    print(f"{'situation':13} {'row (truth)':36} {'cover':>6} {'flag':>6} {'wrong':>6} {'missing':>7}")
    for name in args.situations or SITUATIONS:
        situation = SITUATIONS[name]
        started = time.perf_counter()
        for (kind, lag, dose), r in judge(situation, args.runs, estimate).items():
            truth = situation.truths[kind, lag, dose]
            label = f"{kind} {lag}{' ' + dose if dose else ''} ({truth:+g})"
            print(f"{name:13} {label:36} {r.covered / r.runs:6.1%} {r.flagged / r.runs:6.1%} "
                  f"{r.wrong_side / r.runs:6.1%} {r.missing / r.runs:7.1%}")
        print(f"{'':13} {args.runs} journals in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
