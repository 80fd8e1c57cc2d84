"""Today's lists of a night's symptoms and interventions: each row has room round its words, and
a chosen row is coloured wholly, with no style sheet on the tables (start-up polishes and paints
them through Qt's plain style) and without loading QStyle's names on the way to a usable Today."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from quietlegs.ui.models.event_table_model import EventTableModel
from quietlegs.ui.widgets.event_list import ROW_PADDING, EventList


def _list(qtbot, texts: list[str]) -> EventList:
    model = EventTableModel([("Time", lambda r: r[0]), ("What", lambda r: r[1])])
    model.set_records([(f"2{n}:00", text) for n, text in enumerate(texts)])
    events = EventList("Interventions", model, "Add…", "Nothing yet")
    qtbot.addWidget(events)
    events.resize(420, 300)
    events.show()
    qtbot.waitExposed(events)
    return events


def test_rows_have_room_round_their_words_and_no_style_sheet(qtbot):
    events = _list(qtbot, ["Magnesium · 300 mg", "Stretching · 10 min"])
    view = events.view
    words = view.fontMetrics().height()
    across, down = ROW_PADDING
    assert all(view.rowHeight(row) >= words + 2 * down for row in range(2))
    assert view.styleSheet() == "" and all(w.styleSheet() == "" for w in view.findChildren(QWidget))


def test_a_chosen_row_is_coloured_from_edge_to_edge_of_its_room(qtbot):
    events = _list(qtbot, ["Magnesium · 300 mg", "Stretching · 10 min"])
    view = events.view
    view.selectRow(1)
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    top = view.rowViewportPosition(1)
    colours = {image.pixelColor(x, top + 1).name() for x in (view.columnViewportPosition(0) + 1,
                                                              view.columnViewportPosition(1) + 40)}
    group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
    highlight = view.palette().color(group, QPalette.ColorRole.Highlight).name()
    assert colours == {highlight}  # the room above the words too, in both columns
    plain = image.pixelColor(view.columnViewportPosition(1) + 40, view.rowViewportPosition(0) + 1).name()
    assert plain != highlight


def test_painting_the_rows_does_not_load_qstyles_names():
    script = ("import sys\n"
              "from PySide6.QtWidgets import QApplication\n"
              "app = QApplication([])\n"
              "from quietlegs.ui.models.event_table_model import EventTableModel\n"
              "from quietlegs.ui.widgets.event_list import EventList\n"
              "model = EventTableModel([('Time', lambda r: r[0]), ('What', lambda r: r[1])])\n"
              "model.set_records([('21:00', 'Magnesium'), ('22:00', 'a symptom with words enough to wrap')])\n"
              "events = EventList('Interventions', model, 'Add…', 'Nothing yet')\n"
              "events.resize(300, 300)\n"
              "events.view.selectRow(0)\n"
              "events.grab()\n"
              "import PySide6.QtWidgets as widgets\n"
              "print('QStyle' in vars(widgets))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"
