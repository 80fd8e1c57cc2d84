"""The timeline in a narrow window and a longer language: the title wraps inside the figure,
and the y labels stand left of the lanes' names instead of over them (Spanish at half a
laptop screen ran the title off the edge and wrote "Eficiencia del sueño (%)" across
"Magnesio (36)")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quietlegs.charts import chart_data
from quietlegs.charts.timeline import build
from quietlegs.charts.words import ENGLISH

LONGER = replace(ENGLISH, timeline_title="{outcome} noche a noche, una tras otra",
                 outcomes={"sleep_efficiency": "Eficiencia del sueño"},
                 legs_axis="Piernas\n(0–10)")


@pytest.fixture(scope="module")
def data(demo_data):
    return chart_data(demo_data)


def _boxes(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax, lanes, legs = fig.axes
    return renderer, ax, lanes, legs


@pytest.mark.parametrize("size", [(4.6, 4.2), (6.5, 5.5), (9.0, 6.0)])
@pytest.mark.parametrize("words", [ENGLISH, LONGER], ids=["english", "longer"])
def test_the_title_stays_inside_the_figure(data, size, words):
    fig = build(data, "sleep_efficiency", None, None, size=size, words=words)
    renderer, ax, _, _ = _boxes(fig)
    box = ax.title.get_window_extent(renderer)
    assert box.x0 >= -1 and box.x1 <= fig.bbox.width + 1, (ax.title.get_text(), box, fig.bbox.width)
    assert box.y1 <= fig.bbox.height + 1


@pytest.mark.parametrize("size", [(4.6, 4.2), (6.5, 5.5)])
@pytest.mark.parametrize("words", [ENGLISH, LONGER], ids=["english", "longer"])
def test_the_y_labels_never_cross_the_lanes_names(data, size, words):
    fig = build(data, "sleep_efficiency", None, None, size=size, words=words)
    renderer, ax, lanes, legs = _boxes(fig)
    names = [t.get_window_extent(renderer) for t in lanes.get_yticklabels() if t.get_text()]
    assert names
    for label in (ax.yaxis.label, legs.yaxis.label):
        box = label.get_window_extent(renderer)
        assert box.x0 >= -1, (label.get_text(), box)  # not cut off at the figure's left edge either
        for name in names:
            assert not box.overlaps(name), (label.get_text(), box, name)
