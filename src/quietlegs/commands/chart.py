"""``quietlegs chart NAME [--from D] [--to D] [--outcome NAME] --out FILE.png|.svg|.pdf``:
one of the Insights charts, written to a file."""

from __future__ import annotations

from pathlib import Path

from quietlegs.charts import CHART_NAMES
from quietlegs.commands.analyze import add_outcome, check_outcome
from quietlegs.commands.common import CommandError, UsageError, add_period, check_output_file, read_journal_of

NAME = "chart"
FORMATS = (".png", ".svg", ".pdf")


def register(sub) -> None:
    p = sub.add_parser(NAME, help="write a chart to a PNG, SVG or PDF file")
    p.add_argument("name", metavar="NAME", help=f"one of {', '.join(CHART_NAMES)}")
    add_period(p)
    add_outcome(p)
    p.add_argument("--milestone", metavar="ID", default=None,
                   help="milestone chart: count the nights in days since this milestone (its id or its name)")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf")
    p.set_defaults(run=run)


def run(args) -> int:
    from quietlegs import clock
    from quietlegs.charts import build_chart, chart_data

    if args.name not in CHART_NAMES:
        raise UsageError(f"NAME: unknown chart {args.name!r}; choose one of {', '.join(CHART_NAMES)}")
    outcome = check_outcome(args.outcome)
    if args.milestone is not None and args.name != "milestone":
        raise UsageError("--milestone: only the milestone chart counts days since a milestone")
    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"--out: {out.name!r} must end in .png, .svg or .pdf")
    if not out.parent.is_dir():
        raise UsageError(f"--out: the folder {str(out.parent)!r} does not exist")
    check_output_file(out, "--out")
    journal = read_journal_of(args)
    milestones, focus = (), None
    try:
        data = journal.snapshot(args.start, args.end)
        if args.name == "milestone":
            from quietlegs.services.milestones import UnknownMilestone, all_milestones, find_milestone

            milestones = all_milestones(journal)
            try:
                focus = find_milestone(milestones, args.milestone) if args.milestone else None
            except UnknownMilestone as exc:
                raise UsageError(f"--milestone: {exc}") from None
    finally:
        journal.close()
    source = chart_data(data, clock.local_zone())
    effects = None
    if args.name == "effects":  # the statistics in the worker process while matplotlib loads here
        from quietlegs.services import estimates, worker

        try:
            pending = estimates.submit(source.between(args.start, args.end), outcome)
            from quietlegs.charts import builder

            builder(args.name)
            effects = pending.result()
        finally:
            worker.shared().stop()
    fig = build_chart(args.name, source, outcome, args.start, args.end, effects=effects, milestones=milestones,
                      focus=focus)
    try:
        fig.savefig(out, dpi=150 if out.suffix.lower() == ".png" else 100)
    except OSError as exc:
        raise CommandError(f"could not write {out}: {exc.strerror or exc}") from None
    print(out)
    return 0
