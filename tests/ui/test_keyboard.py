"""Every page by keyboard alone, walked with real Tab presses on the real window over the demo
journal: Tab leaves every table (arrows move inside it), each date or time field is one stop,
every button on show is reached, and the sidebar works by arrows."""

from __future__ import annotations

import pytest
from focus_walk import date_stops, demo_window, describe, reached, show, stops_inside, tab_walk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDateTimeEdit, QTableView

from quietlegs.ui.journal_service import JournalService

PAGES = ("today", "journal", "insights", "catalog", "appointments")


@pytest.fixture
def window(qtbot, demo_journal, data_paths, clock, monkeypatch):
    from quietlegs import clock as app_clock

    monkeypatch.setattr(app_clock, "now", clock)
    return demo_window(qtbot, JournalService(demo_journal, data_paths))


def _shown(page, kind):
    return [w for w in page.findChildren(kind) if w.isVisible() and w.isEnabled()]


@pytest.mark.parametrize("name", PAGES)
def test_tab_goes_round_each_page_and_leaves_every_table_after_one_stop(qtbot, window, name):
    page = show(qtbot, window, name)
    visited = tab_walk(qtbot, window.nav, presses=80)
    assert len(visited) < 80, f"Tab never came back to the sidebar: {[describe(v) for v in visited[-5:]]}"
    for table in _shown(page, QAbstractItemView):
        if table.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert stops_inside(visited, table) == 1, f"{describe(table)} takes {stops_inside(visited, table)} Tabs"


@pytest.mark.parametrize("name", PAGES)
def test_tab_reaches_every_button_on_show(qtbot, window, name):
    page = show(qtbot, window, name)
    visited = tab_walk(qtbot, window.nav, presses=80)
    missed = [describe(b) for b in _shown(page, QAbstractButton) if not reached(visited, b)]
    assert missed == []


@pytest.mark.parametrize("name", PAGES)
def test_each_date_and_time_field_is_one_tab_stop(qtbot, window, name):
    page = show(qtbot, window, name)
    if name == "insights":  # its dates show for a period of one's own
        page.period.setCurrentIndex(page.period.findData("custom"))
    fields = _shown(page, QDateTimeEdit)
    assert fields or name in ("journal", "catalog")
    for field in fields:
        assert date_stops(qtbot, field) == 1, describe(field)


def test_edit_night_is_reached_by_tab_from_the_journal_table(qtbot, window):
    page = show(qtbot, window, "journal")
    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # arrows move inside the table…
    for _ in range(3):  # …and Tab goes on to the night's buttons
        if QApplication.focusWidget() is page.detail.edit_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.detail.edit_button


def test_the_sidebar_changes_page_by_arrows(qtbot, window):
    window.show_page("today")
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_name() == "journal"
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_page_name() == "appointments"


def test_todays_night_buttons_are_pressed_by_keyboard(qtbot, window):
    page = show(qtbot, window, "today")
    night = page.night_of
    visited = tab_walk(qtbot, window.nav, presses=6)
    assert page.previous_button in visited and page.today_button in visited
    page.previous_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.previous_button, Qt.Key.Key_Space)
    assert (night - page.night_of).days == 1


def test_the_milestones_table_is_left_by_tab(qtbot, window, clock):
    from quietlegs.ui.dialogs.milestones_dialog import MilestonesDialog

    dialog = MilestonesDialog(window.service, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    for table in dialog.findChildren(QTableView):
        assert not table.tabKeyNavigation()


@pytest.mark.parametrize("name", ["today", "journal", "catalog"])
def test_a_focused_button_or_table_is_ringed_in_the_highlight_colour(qtbot, window, name):
    from PySide6.QtGui import QPalette

    page = show(qtbot, window, name)
    target = {"today": lambda: page.previous_button, "journal": lambda: page.table,
              "catalog": lambda: page.table}[name]()
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    image = window.grab().toImage()
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    edge = target.mapTo(window, target.rect().center())
    left = target.mapTo(window, target.rect().topLeft()).x()
    ring = [image.pixelColor(x, edge.y()) for x in range(max(0, left - 2), left + 5)]
    assert any(abs(c.red() - highlight.red()) + abs(c.green() - highlight.green())
               + abs(c.blue() - highlight.blue()) < 60 for c in ring)
