"""The milestone chart: the outcome over time with the milestones marked, or by days since one;
and ``quietlegs chart milestone [--milestone ID|NAME]`` through the command line."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import pytest
from matplotlib.figure import Figure

from quietlegs.charts import CHART_NAMES, build_chart, chart_data
from quietlegs.cli import main
from quietlegs.domain.journal_format import dump_journal
from quietlegs.domain.milestones import Milestone
from quietlegs.storage.journal_file import open_journal

STOPPED = Milestone(date=date(2026, 10, 1), name="stopped kratom", kind="stopped", id="m-stopped")
IRON = Milestone(date=date(2026, 11, 1), name="started iron", kind="started", id="m-iron")


def all_text(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


@pytest.fixture(scope="module")
def data(demo_data):
    return chart_data(demo_data)


def test_milestone_is_a_chart_name():
    assert "milestone" in CHART_NAMES


def test_the_milestones_are_marked_and_named_on_the_outcome_over_time(data):
    fig = build_chart("milestone", data, "legs_severity", date(2026, 9, 1), date(2026, 11, 20),
                      milestones=[STOPPED, IRON, Milestone(date=date(2025, 1, 1), name="long ago")])
    text = all_text(fig)
    assert "Leg discomfort" in text and "stopped kratom" in text and "started iron" in text
    assert "long ago" not in text  # outside the period
    ax = fig.axes[0]
    marked = [line for line in ax.get_lines() if line.get_linestyle() == "--" and len(line.get_xdata()) == 2]
    assert len(marked) == 2
    fig.savefig(io.BytesIO(), format="png")


def test_with_a_focus_the_nights_are_counted_in_days_since_it(data):
    fig = build_chart("milestone", data, "sleep_efficiency", milestones=[STOPPED], focus=STOPPED)
    ax = fig.axes[0]
    assert "days since" in ax.get_xlabel()
    dots = ax.get_lines()[0].get_xdata()
    assert min(dots) >= -28 and 0 in list(dots)
    assert "stopped kratom" in ax.get_title(loc="left")


def test_no_milestones_says_so_and_no_nights_says_so(data):
    assert "No milestones in this period" in all_text(build_chart("milestone", data, "legs_severity"))
    assert "No nights logged" in all_text(build_chart("milestone", data, "legs_severity",
                                                      date(2020, 1, 1), date(2020, 1, 31)))


@pytest.fixture
def data_dir(tmp_path, demo_data):
    source = tmp_path / "demo.json"
    source.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "import", str(source)]) == 0
    journal = open_journal(folder / "journal.sqlite3")
    journal.save_milestone(STOPPED)
    journal.close()
    return folder


@pytest.mark.parametrize("extra", [[], ["--milestone", "m-stopped"], ["--milestone", "Stopped Kratom"]])
def test_quietlegs_chart_milestone_writes_a_png(data_dir, tmp_path, extra, capsys):
    out = tmp_path / "m.png"
    assert main(["--data-dir", str(data_dir), "chart", "milestone", *extra, "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("args, words", [
    (["chart", "milestone", "--milestone", "nope"], "--milestone: no milestone has the id or name 'nope'"),
    (["chart", "timeline", "--milestone", "m-stopped"], "--milestone: only the milestone chart"),
])
def test_a_bad_milestone_exits_2_naming_it(data_dir, tmp_path, capsys, args, words):
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), *args, "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()
