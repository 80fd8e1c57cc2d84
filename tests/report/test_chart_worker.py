"""The report command draws its charts in a forked worker while it fits the effects; the report
must come out the same as when everything is drawn in one process."""

import subprocess
import sys
import textwrap

from quietlegs.report.chart_worker import ChartWorker, can_fork

COMPARE = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path

    from quietlegs.report.chart_worker import ChartWorker
    from quietlegs.report.content import ReportOptions, compose_content
    from quietlegs.storage.journal_file import open_journal

    worker = ChartWorker.start()
    assert worker is not None, "a fresh command-line process may fork"
    answers = []
    finish = worker.finish
    worker.finish = lambda effects: answers.append(finish(effects)) or answers[-1]
    journal = open_journal(Path(sys.argv[1]))
    options = ReportOptions(date(2026, 8, 1), date(2026, 11, 20))
    with worker:
        parallel = compose_content(journal, options, None, worker)
    alone = compose_content(journal, options, None)
    assert answers and answers[0] is not None, "the worker drew the charts (no fallback)"
    assert [c.title for c in parallel.charts] == ["Timeline", "Effects", "Calendar", "Time of night",
                                                  "Where on the legs"]
    assert parallel.charts == alone.charts, "the worker's SVG differs"
    assert parallel.findings == alone.findings and parallel.findings
    print("same")
""")


def test_charts_drawn_by_the_worker_are_the_charts_drawn_in_process(demo_journal, tmp_path):
    path = demo_journal.path
    demo_journal.close()
    done = subprocess.run([sys.executable, "-c", COMPARE, str(path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "same"


def test_no_worker_is_forked_beside_a_running_qt_application(qapp):
    assert not can_fork()
    assert ChartWorker.start() is None


def test_a_worker_that_died_answers_none_so_the_caller_draws_the_charts():
    import os

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # already reaped: closing the worker must not trip over it
    down_r, down_w = os.pipe()
    up_r, up_w = os.pipe()
    os.close(down_r)  # the worker's ends of the pipes went with it
    os.close(up_w)
    worker = ChartWorker(gone.pid, down_w, up_r)
    worker.begin(None, None, None)
    assert worker.finish(None) is None
    worker.close()
