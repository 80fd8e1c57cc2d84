"""Every chart builds headless from plain data, for any outcome and period, and says so when a
period is empty. Built with the object API: no pyplot figure manager is ever involved."""

from __future__ import annotations

import io
from datetime import date

import pytest
from matplotlib.figure import Figure

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.charts import CHART_NAMES, build_chart, builder, chart_data


@pytest.fixture(scope="module")
def data(demo_data):
    return chart_data(demo_data)


def all_text(fig: Figure) -> str:
    return " ".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


@pytest.mark.parametrize("name", CHART_NAMES)
def test_each_chart_is_a_figure_that_renders(data, name):
    fig = build_chart(name, data, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 20))
    assert isinstance(fig, Figure)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue()[:4] == b"\x89PNG"


@pytest.mark.parametrize("name", CHART_NAMES)
def test_an_empty_period_says_so(data, name):
    fig = build_chart(name, data, "sleep_efficiency", date(2020, 1, 1), date(2020, 1, 31))
    assert "No " in all_text(fig)


@pytest.mark.parametrize("outcome", list(OUTCOMES))
def test_outcome_charts_follow_the_outcome(data, outcome):
    for name in ("timeline", "effects", "calendar"):
        assert OUTCOMES[outcome].label in all_text(build_chart(name, data, outcome))


def test_the_effects_chart_puts_better_on_the_right_even_when_lower_is_better(data):
    fig = build_chart("effects", data, "sleep_latency_min")
    ax = fig.axes[0]
    left, right = ax.get_xlim()
    assert left > right  # flipped: fewer minutes to fall asleep is to the right
    assert "better →" in all_text(fig)


def test_the_timeline_marks_only_before_bed_use(data, demo_data):
    from quietlegs.analysis.outcomes import build_night_table

    fig = build_chart("timeline", data, "sleep_efficiency")
    lanes = next(a for a in fig.axes if a.get_label() == "lanes")
    labels = [t.get_text() for t in lanes.get_yticklabels()]
    assert not any(label.startswith("Heat") for label in labels)  # heat is only ever used in the night
    rows = build_night_table(demo_data)
    soak = next(label for label in labels if label.startswith("Warm soak"))
    assert soak == f"Warm soak ({sum('warm_soak' in r.before_bed for r in rows)})"


def test_relief_counts_only_symptoms_in_the_night(data):
    from quietlegs.charts.relief import relief_groups

    groups = relief_groups(data, None, None)
    assert "Heat" in groups and all(v >= 0 for vals in groups.values() for v in vals)


def test_an_unknown_chart_is_refused():
    with pytest.raises(ValueError, match="unknown chart"):
        builder("pie")


def test_a_ten_year_journal_uses_a_year_by_month_calendar():
    from quietlegs.domain.demo_journal import generate_demo_journal

    fig = build_chart("calendar", chart_data(generate_demo_journal(date(2026, 11, 20), nights=1000)),
                      "sleep_efficiency")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "2024" and labels[-1] == "2026"


def test_the_timeline_marks_are_opaque_with_an_outline_so_they_print_light(data):
    """Thousands of marks go into the report's PDF: see-through or outline-less ones are heavy
    there (tests/report/test_timeline_weight.py), so each has an opaque face and a thin edge."""
    from matplotlib.colors import to_rgba

    fig = build_chart("timeline", data, "sleep_efficiency")
    marked = [line for ax in fig.axes for line in ax.get_lines() if line.get_marker() not in (None, "None", "")]
    assert len(marked) > 3  # the night dots and a lane per kind
    for line in marked:
        assert line.get_alpha() in (None, 1)
        assert to_rgba(line.get_markerfacecolor())[3] == 1 and to_rgba(line.get_markeredgecolor())[3] == 1
        assert line.get_markeredgewidth() > 0


def test_a_narrow_timeline_puts_the_period_on_a_line_of_its_own(demo_data):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    source = chart_data(demo_data, None)
    wide = build_chart("timeline", source, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 1), size=(12, 7))
    narrow = build_chart("timeline", source, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 1), size=(4.6, 7))
    assert wide.axes[0].get_title(loc="left") == "Sleep efficiency night by night — 1 Sep 2026 – 1 Nov 2026"
    lines = narrow.axes[0].get_title(loc="left").split("\n")
    assert lines[-1] == "1 Sep 2026 – 1 Nov 2026"  # the period on a line of its own
    assert " ".join(lines[:-1]) == "Sleep efficiency night by night"  # the title wrapped between words, if at all
    canvas = FigureCanvasAgg(narrow)
    canvas.draw()
    title = narrow.axes[0].title.get_window_extent(canvas.get_renderer())
    assert title.x1 <= narrow.bbox.x1 and title.y1 <= narrow.bbox.y1  # all of it on the figure


@pytest.mark.parametrize("name", CHART_NAMES)
def test_a_dollar_sign_in_a_kinds_name_is_text_not_a_formula(demo_data, name):
    from dataclasses import replace

    odd = r"Mag $\frac{x$ tab"
    kinds = tuple(replace(k, name=odd) if not k.builtin else k for k in demo_data.kinds)  # ropinirole
    fig = build_chart(name, chart_data(replace(demo_data, kinds=kinds)), "sleep_efficiency",
                      date(2026, 9, 1), date(2026, 11, 20))
    buf = io.BytesIO()
    fig.savefig(buf, format="svg")  # drawing is where a formula would fail to parse
    if name == "effects":
        labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
        assert any(label.startswith(odd + "\n") for label in labels)
