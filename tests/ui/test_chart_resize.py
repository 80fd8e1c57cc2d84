"""A chart built for one size of window and shown after the window changed size: the effects
chart's habit names follow the figure's size as it is drawn (smaller in a short window so that
they never overlap, back to full size once the window is enlarged)."""

from __future__ import annotations

from datetime import date

import pytest

from quietlegs.charts import build_chart, chart_data
from quietlegs.ui.widgets.chart_canvas import ChartCanvas

FULL = 9.5  # the names' size with room (charts.effects)


def _names(figure):
    [ax] = [ax for ax in figure.axes if ax.get_yticklabels()]
    return [t for t in ax.get_yticklabels() if t.get_text()]


def _overlapping(texts, renderer) -> list[str]:
    boxes = sorted(((t.get_window_extent(renderer), t.get_text()) for t in texts), key=lambda b: b[0].y0)
    return [f"{a[1]!r} overlaps {b[1]!r}" for a, b in zip(boxes, boxes[1:]) if a[0].y1 > b[0].y0 + 0.5]


def _show(qtbot, demo_data, width: int, height: int) -> ChartCanvas:
    """The effects chart built for a canvas of ``width``×``height`` px and shown in one."""
    figure = build_chart("effects", chart_data(demo_data), "sleep_efficiency", date(2026, 8, 23),
                         date(2026, 11, 20), size=(width / 100, height / 100))
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width + 4, height + 4)  # the figure and the focus frame round it
    canvas.show()
    qtbot.waitExposed(canvas)
    with qtbot.waitSignal(canvas.drawn, timeout=10_000):
        canvas.set_figure(figure, "effects")
    return canvas


@pytest.fixture
def shown(qtbot, demo_data):
    return _show(qtbot, demo_data, 630, 560)  # the chart's room at 1100 px


def _resized(qtbot, canvas, width: int, height: int):
    with qtbot.waitSignal(canvas.drawn, timeout=10_000):
        canvas.resize(width, height)
    figure = canvas.figure
    assert abs(figure.get_size_inches()[1] * figure.dpi / canvas.canvas.device_pixel_ratio
               - canvas.canvas.height()) < 2
    names = _names(figure)
    return names, _overlapping(names, canvas.canvas.get_renderer())


def test_the_habits_names_shrink_in_a_shorter_window_and_grow_back_when_it_is_enlarged(qtbot, shown):
    names = _names(shown.figure)
    assert len(names) >= 6
    before = names[0].get_fontsize()

    names, overlaps = _resized(qtbot, shown, 484, 404)  # at half a laptop screen: less room per habit
    assert overlaps == []
    smaller = names[0].get_fontsize()
    assert smaller < before

    names, overlaps = _resized(qtbot, shown, 900, 1000)  # enlarged: room for the full size again
    assert overlaps == [] and names[0].get_fontsize() == FULL and all(n.get_fontsize() == FULL for n in names)

    names, overlaps = _resized(qtbot, shown, 484, 404)  # and smaller again
    assert overlaps == [] and names[0].get_fontsize() == smaller


def test_built_for_a_short_window_the_names_grow_to_full_size_when_it_is_enlarged(qtbot, demo_data):
    canvas = _show(qtbot, demo_data, 480, 400)  # the chart's room at 683 px
    assert _names(canvas.figure)[0].get_fontsize() < FULL
    names, overlaps = _resized(qtbot, canvas, 904, 1004)
    assert overlaps == [] and all(n.get_fontsize() == FULL for n in names)
