"""``quietlegs analyze [--from D] [--to D] [--outcome NAME] --json``: the effect of each
before-bed intervention kind on the chosen outcome (DESIGN.md's contract), or, without
``--json``, the findings in plain English (``analysis.findings_english``)."""

from __future__ import annotations

import json

from quietlegs.analysis.outcomes import DEFAULT_OUTCOME, OUTCOMES
from quietlegs.commands.common import UsageError, add_period, read_journal_of

NAME = "analyze"
MARKS = {"warning": "!", "note": " "}  # the period's notes stand apart from the findings


def add_outcome(parser) -> None:
    parser.add_argument("--outcome", default=DEFAULT_OUTCOME, metavar="NAME",
                        help=f"what makes a night better: one of {', '.join(OUTCOMES)} (default {DEFAULT_OUTCOME})")


def check_outcome(name: str) -> str:
    if name not in OUTCOMES:
        raise UsageError(f"--outcome: unknown outcome {name!r}; choose one of {', '.join(OUTCOMES)}")
    return name


def register(sub) -> None:
    p = sub.add_parser(NAME, help="which interventions line up with better nights")
    add_period(p)
    add_outcome(p)
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.analysis.effects import estimate_effects
    from quietlegs.analysis.findings import catalog, findings
    from quietlegs.analysis.findings_english import sentence
    from quietlegs.analysis.outcomes import build_night_table

    outcome = check_outcome(args.outcome)
    journal = read_journal_of(args)
    try:
        data = journal.snapshot(args.start, args.end)
    finally:
        journal.close()
    result = estimate_effects(build_night_table(data, clock.local_zone()), outcome)
    if args.json:
        print(json.dumps(result.as_json(), indent=2))
        return 0
    if not result.nights:
        print("No nights logged in this period.")
        return 0
    unlogged = f", {result.unlogged_nights} unlogged" if result.unlogged_nights else ""
    print(f"{OUTCOMES[outcome].label}, {result.nights} nights{unlogged}:")
    for f in findings(result, *catalog(data.kinds)):
        print(f"  {MARKS.get(f.verdict, '-')} {sentence(f)}")
    return 0
