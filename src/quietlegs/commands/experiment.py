"""``quietlegs experiment plan|list|result|stop``: planned self-experiments (N-of-1 trials).

``plan --kind K --outcome O [--period-nights N] [--pairs P] [--washout-nights W] [--start D]
[--seed S] --json`` checks and stores a plan and prints ``id``, ``kind``, ``outcome``,
``start``, ``end`` and ``periods`` (``{"from", "to", "condition"}``); the same seed gives the
same schedule, and ``--start`` may lie in the past (an experiment begun on paper).
``list --json`` prints the plans; ``result ID --json`` prints ``id``, ``kind``, ``outcome``,
``complete``, ``nights_on``, ``nights_off``, ``adherence``, ``difference``, ``ci_low``,
``ci_high`` and ``p_value`` (DESIGN.md's contract; a few more keys follow them).
``stop ID`` ends an experiment early: last night is the last that counts.
"""

from __future__ import annotations

import argparse
import json

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.commands.common import UsageError, open_journal_of, parse_date

NAME = "experiment"
OPTIONS = {"kind": "--kind", "outcome": "--outcome", "period_nights": "--period-nights", "pairs": "--pairs",
           "washout_nights": "--washout-nights", "start": "--start", "seed": "--seed", "stopped_on": "stop"}


def register(sub) -> None:
    p = sub.add_parser(NAME, help="plan a self-experiment, follow it, and read its result")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    plan = actions.add_parser("plan", help="randomise on/off periods for a remedy and store the plan")
    plan.add_argument("--kind", required=True, metavar="K", help="the remedy: an intervention kind's slug")
    plan.add_argument("--outcome", required=True, metavar="O", help=f"what decides: one of {', '.join(OUTCOMES)}")
    plan.add_argument("--period-nights", type=int, metavar="N",
                      help="nights in a period (default 7; 14 for a slow-acting remedy)")
    plan.add_argument("--pairs", type=int, default=4, metavar="P", help="on/off pairs, at least 3 (default 4)")
    plan.add_argument("--washout-nights", type=int, metavar="W",
                      help="nights before each switch that count for neither (default 0; 7 for a slow-acting remedy)")
    plan.add_argument("--start", type=parse_date, metavar="D",
                      help="the first night (YYYY-MM-DD; may lie in the past; default tonight)")
    plan.add_argument("--seed", type=int, metavar="S", help="replays a schedule (default: a fresh random one)")
    listing = actions.add_parser("list", help="the planned experiments")
    result = actions.add_parser("result", help="the result so far, or at the end")
    result.add_argument("id", metavar="ID")
    stop = actions.add_parser("stop", help="stop an experiment early (last night is the last that counts)")
    stop.add_argument("id", metavar="ID")
    for action in (plan, listing, result, stop):
        action.add_argument("--json", action="store_true", help="print JSON (for scripts)")
        action.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def run(args) -> int:
    action = getattr(args, "action", None)
    if action is None:
        raise UsageError("experiment: say what to do: plan, list, result ID or stop ID")
    return {"plan": _plan, "list": _list, "result": _result, "stop": _stop}[action](args)


def _one_line(errors) -> str:
    return "; ".join(f"{OPTIONS.get(e.field, e.field)}: {e.message}" for e in errors)


def _plan(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.services import experiments

    journal = open_journal_of(args, writes=True)
    try:
        exp = experiments.draft(journal, kind=args.kind, outcome=args.outcome, start=args.start or clock.now().date(),
                                pairs=args.pairs, period_nights=args.period_nights,
                                washout_nights=args.washout_nights, seed=args.seed)
        try:
            experiments.save_plan(journal, exp)
        except InvalidRecord as exc:
            raise UsageError(_one_line(exc.errors)) from None
        sentence = experiments.plan_sentence(journal, exp)
    finally:
        journal.close()
    doc = experiments.plan_as_json(exp)
    if args.json:
        print(json.dumps(doc, indent=2))
        return 0
    print(f"Experiment {exp.id}: {exp.kind} on {exp.outcome}, nights {doc['start']} to {doc['end']}")
    for p in doc["periods"]:
        print(f"  {p['from']} – {p['to']}  {p['condition'].upper()}")
    print(sentence)
    return 0


def _list(args) -> int:
    from quietlegs.services import experiments

    journal = open_journal_of(args)
    try:
        plans = [experiments.plan_as_json(e) for e in journal.experiments()]
    finally:
        journal.close()
    if args.json:
        print(json.dumps(plans, indent=2))
        return 0
    if not plans:
        print("No experiments planned.")
    for p in plans:
        stopped = f", stopped after {p['stopped_on']}" if p["stopped_on"] else ""
        print(f"{p['id']}  {p['kind']} on {p['outcome']}, {p['start']} to {p['end']}{stopped}")
    return 0


def _result(args) -> int:
    from quietlegs import clock
    from quietlegs.services import experiments
    from quietlegs.storage.errors import NotFound

    journal = open_journal_of(args)
    try:
        found = experiments.result(journal, args.id, clock.now().date(), clock.local_zone())
    except NotFound as exc:
        raise UsageError(f"ID: {exc}") from None
    finally:
        journal.close()
    if args.json:
        print(json.dumps(found.as_json(), indent=2))
    else:
        print(found.words)
    return 0


def _stop(args) -> int:
    from quietlegs import clock
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.services import experiments
    from quietlegs.storage.errors import NotFound

    journal = open_journal_of(args, writes=True)
    try:
        stopped = experiments.stop(journal, args.id, clock.now().date())
    except NotFound as exc:
        raise UsageError(f"ID: {exc}") from None
    except InvalidRecord as exc:
        raise UsageError(_one_line(exc.errors)) from None
    finally:
        journal.close()
    if args.json:
        print(json.dumps(experiments.plan_as_json(stopped), indent=2))
    else:
        print(f"Stopped: the last night that counts is {stopped.stopped_on.isoformat()}.")
    return 0
