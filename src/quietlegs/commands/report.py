"""``quietlegs report [--from D] [--to D] --out FILE.pdf``: the appointment report, no window.

Without ``--from``/``--to`` the report covers the whole journal (the command-line contract);
with only one of them, the other end is the journal's first or last night.
"""

from __future__ import annotations

from pathlib import Path

from quietlegs.commands.common import CommandError, UsageError, add_period, check_output_file, read_journal_of

NAME = "report"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="write the appointment report as a PDF")
    add_period(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--name", default="", metavar="NAME", help="the name to print on every page")
    p.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: from the locale)")
    p.set_defaults(run=run)


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out: {out} must be a .pdf file")
    if out.is_dir():
        raise UsageError(f"--out: {out} is a folder; give a file name such as report.pdf")
    if not out.parent.exists():
        raise UsageError(f"--out: the folder {out.parent} does not exist")
    check_output_file(out, "--out")


def resolve_period(start, end, night_dates, today):
    """The concrete first and last night of the report."""
    from datetime import timedelta

    if start is None and end is None and not night_dates:
        return today - timedelta(days=90), today - timedelta(days=1)
    first = night_dates[0] if night_dates else today
    last = night_dates[-1] if night_dates else today
    start = start or min(first, end or first)
    end = end or max(last, start)
    return start, end


def run(args) -> int:
    out = Path(args.out)
    _check_out(out)
    if len(args.name) > 120:
        raise UsageError("--name: at most 120 characters")

    from quietlegs.report.qt_app import in_english

    with in_english():  # the command line's report: English words, dates and numbers
        return _write(args, out)


def _write(args, out: Path) -> int:
    from quietlegs import __version__, clock
    from quietlegs.report.content import ReportOptions, compose_content
    from quietlegs.report.qt_app import ensure_gui_app
    from quietlegs.report.render import ReportError, page_size_named, write_pdf
    from quietlegs.services import estimates, worker

    # The worker process loads the statistics while the journal opens here, then works out the
    # effects while the charts are drawn here; it is stopped as soon as the content is composed.
    estimates.start()
    try:
        journal = read_journal_of(args)
        try:
            now = clock.now()
            start, end = resolve_period(args.start, args.end, journal.night_dates(), now.date())
            options = ReportOptions(start=start, end=end, person=args.name.strip(), generated_at=now,
                                    app_version=__version__)
            content = compose_content(journal, options, clock.local_zone(), submit_estimate=estimates.submit)
        finally:
            journal.close()
    finally:
        worker.shared().stop()
    ensure_gui_app()
    try:
        pages = write_pdf(out, content, page_size_named(args.paper))
    except ReportError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"--out: {out} could not be written ({exc.strerror})") from None
    print(f"Wrote a {pages}-page report on the nights of {start} to {end} to {out}.")
    return 0
