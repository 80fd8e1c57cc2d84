"""``quietlegs summary [--from D] [--to D] --json``: averages over a period."""

from __future__ import annotations

import json

from quietlegs.commands.common import add_period, read_journal_of

NAME = "summary"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="averages of sleep and legs over a period")
    add_period(p)
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.analysis.summary import rounded, summarize

    journal = read_journal_of(args)
    try:
        data = journal.snapshot(args.start, args.end)
    finally:
        journal.close()
    figures = summarize(data, args.start, args.end, clock.local_zone())
    figures["regimen"] = regimen_adherence(data, figures, clock.now())
    if args.json:
        print(json.dumps(rounded(figures), indent=2))
        return 0
    print(format_summary(figures))
    return 0


def regimen_adherence(data, figures: dict, now) -> list[dict]:
    """An additive field: per regimen kind, the evenings of the period it was due (once over),
    taken, missed and skipped on purpose, and the nights missed (domain/regimens.py)."""
    from datetime import date

    from quietlegs.domain.regimens import adherence, doses

    if not data.regimens or not figures["from"] or not figures["to"]:
        return []
    first, last = date.fromisoformat(figures["from"]), date.fromisoformat(figures["to"])
    return [{"kind": a.kind, "evenings_due": a.due, "taken": a.taken, "missed": a.missed, "skipped": a.skipped,
             "missed_nights": [d.isoformat() for d in a.missed_nights]}
            for a in adherence(doses(data.regimens, data.nights, data.interventions, first, last, now))]


def _fmt(value, unit: str = "") -> str:
    return "—" if value is None else f"{value:.1f}{unit}"


def format_summary(f: dict) -> str:
    if not f["nights_logged"]:
        return "No nights logged in this period."
    lines = [
        f"Nights {f['from']} to {f['to']}: {f['nights_logged']} logged of {f['nights_in_period']}",
        f"  Total sleep            {_fmt(f['mean_total_sleep_min'], ' min')}",
        f"  Sleep efficiency       {_fmt(f['mean_sleep_efficiency'], ' %')}",
        f"  Minutes to fall asleep {_fmt(f['mean_sleep_latency_min'], ' min')}",
        f"  Minutes awake          {_fmt(f['mean_waso_min'], ' min')}",
        f"  Awakenings             {_fmt(f['mean_awakenings'])}",
        f"  Quality (1–5)          {_fmt(f['mean_quality'])}",
        f"  Leg discomfort (0–10)  {_fmt(f['mean_legs_severity'])}",
        f"  Symptom events         {f['symptom_events']}",
    ]
    for a in f.get("regimen", []):
        lines.append(f"  Regimen {a['kind']}: taken {a['taken']} of {a['evenings_due']} evenings; "
                     f"missed {a['missed']}, skipped {a['skipped']}")
    if f.get("red_flags"):
        lines.append("Worth raising with a clinician:")
        lines += [f"  {flag['night_of']}  {flag['message']}" for flag in f["red_flags"]]
    return "\n".join(lines)
