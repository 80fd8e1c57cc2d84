"""The Journal page with real widgets on a real journal file: browse, open, delete, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from journal_helpers import NIGHT_OF, active_window, cramp_night, wait_loaded
from quietlegs.analysis.outcomes import OUTCOMES, build_night_table
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.journal_page import JournalPage
from quietlegs.ui.widgets.outcome_colours import STEPS

DEMO_LAST_NIGHT = date(2026, 11, 20)


@pytest.fixture
def window(qtbot, journal, data_paths):
    """The real main window on a journal holding the hand-made cramp night."""
    journal.import_data(cramp_night())
    return active_window(qtbot, JournalService(journal, data_paths))


def _page(qtbot, window) -> JournalPage:
    return wait_loaded(qtbot, window.show_page("journal"))


def test_a_logged_night_is_in_the_list_and_the_calendar(qtbot, demo_journal, data_paths):
    page = JournalPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == len(demo_journal.nights())
    top = page.table.model().index(0, 0)  # newest first
    assert top.data() == "Fri 20 Nov 2026"
    assert page.calendar.is_logged(DEMO_LAST_NIGHT)
    assert page.calendar.colour_of(DEMO_LAST_NIGHT) in [QColor(c) for c in STEPS]
    assert page.detail.night_of == DEMO_LAST_NIGHT  # the latest night is open to begin with


def test_heat_used_for_a_cramp_at_3am_is_listed_during_the_night(qtbot, window):
    page = _page(qtbot, window)
    page.set_view(1)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    page.calendar.setSelectedDate(QDate(2026, 3, 10))
    detail = page.detail
    assert detail.night_of == NIGHT_OF
    assert [detail.before_model.index(r, 1).data() for r in range(detail.before_model.rowCount())] == ["Magnesium"]
    assert [detail.during_model.index(r, 1).data() for r in range(detail.during_model.rowCount())] == ["Heat"]
    assert detail.symptoms_model.rowCount() == 1
    assert detail.during_view.isVisibleTo(page) and detail.during_title.isVisibleTo(page)


def test_choosing_a_night_in_the_list_opens_it(qtbot, window):
    page = _page(qtbot, window)
    page.set_view(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # newest first: down goes back in time
    assert page.detail.night_of == date(2026, 3, 9)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.detail.night_of == NIGHT_OF


def test_delete_key_deletes_the_night_and_ctrl_z_brings_it_back(qtbot, window):
    page = _page(qtbot, window)
    journal = page.service.journal
    page.open_night(NIGHT_OF)
    page.set_view(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert journal.night(NIGHT_OF) is None
    assert page.model.row_of(NIGHT_OF) == -1
    assert "Ctrl+Z" in page.status.text()
    assert page.detail.symptoms_model.rowCount() == 1  # the night's events stay in the journal
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.night(NIGHT_OF) is not None
    assert page.model.row_of(NIGHT_OF) >= 0
    assert page.table.currentIndex().data() == "Tue 10 Mar 2026"  # the selection came back with it


def test_delete_key_on_an_intervention_deletes_only_it_and_undo_restores_it(qtbot, window):
    page = _page(qtbot, window)
    journal = page.service.journal
    page.open_night(NIGHT_OF)
    view = page.detail.during_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [i.kind for i in journal.interventions()] == ["magnesium"]
    assert page.detail.during_model.rowCount() == 0
    page.service.undo_stack.undo()
    assert page.detail.during_model.rowCount() == 1


def test_calendar_colours_follow_the_chosen_outcome_and_the_choice_is_remembered(qtbot, demo_journal, data_paths):
    service = JournalService(demo_journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    rows = build_night_table(demo_journal.snapshot())
    best_sleep = max(rows, key=lambda r: r.values["sleep_efficiency"]).night_of
    worst_legs = max(rows, key=lambda r: r.values["legs_severity"]).night_of
    page.set_outcome("sleep_efficiency")
    assert page.calendar.colour_of(best_sleep) == QColor(STEPS[-1])  # higher is better: the "better" end
    page.set_outcome("legs_severity")
    assert not OUTCOMES["legs_severity"].higher_is_better
    assert page.calendar.colour_of(worst_legs) == QColor(STEPS[0])  # most discomfort: the "worse" end
    assert "Worse (≥" in page.legend.worse.text()
    again = JournalPage(service)
    qtbot.addWidget(again)
    assert again.outcome_name() == "legs_severity"


def test_search_keeps_only_matching_nights_and_open_night_clears_it(qtbot, demo_journal, data_paths):
    page = JournalPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    qtbot.keyClicks(page.search, "sister")
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    assert "of" in page.count_label.text()
    hidden = next(n.night_of for n in demo_journal.nights() if "sister" not in n.notes.lower())
    page.open_night(hidden)
    assert page.search.text() == ""
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == hidden


def test_edit_requests_carry_the_record_and_open_the_entry_dialogs(qtbot, window, monkeypatch):
    from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
    from quietlegs.ui.dialogs.night_dialog import NightDialog
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

    opened = []
    for dialog in (NightDialog, SymptomDialog, InterventionDialog):  # only the modal answer is patched
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    page = _page(qtbot, window)
    page.open_night(NIGHT_OF)
    with qtbot.waitSignal(page.edit_night_requested) as night:
        qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    assert night.args[0].night_of == NIGHT_OF
    with qtbot.waitSignal(page.add_symptom_requested) as add:
        qtbot.mouseClick(page.detail.add_symptom_button, Qt.MouseButton.LeftButton)
    assert add.args == [NIGHT_OF]
    with qtbot.waitSignal(page.edit_intervention_requested) as edit:
        view = page.detail.during_view
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.args[0].kind == "heat"
    assert opened == ["NightDialog", "SymptomDialog", "InterventionDialog"]


def test_ctrl_2_shows_the_journal_page(qtbot, window):
    window.show_page("catalog")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "journal"


def test_clicking_a_column_header_sorts_the_list_and_the_open_night_stays_chosen(qtbot, demo_journal, data_paths):
    from PySide6.QtCore import QPoint

    from quietlegs.ui.models.night_table import COLUMNS

    page = JournalPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_loaded(qtbot, page)
    header = page.table.horizontalHeader()
    col = COLUMNS.index("legs")

    def click_header():
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    def legs_shown():
        view = page.table.model()
        return [int(view.index(r, col).data().split("/")[0]) for r in range(view.rowCount())]

    click_header()
    assert legs_shown() == sorted(legs_shown())
    click_header()  # again: the other way round
    assert legs_shown() == sorted(legs_shown(), reverse=True)
    assert header.sortIndicatorSection() == col
    assert page.table.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == DEMO_LAST_NIGHT  # still the open night
    assert page.detail.night_of == DEMO_LAST_NIGHT


def test_the_journal_page_fits_half_a_laptop_screen_by_stacking_its_parts(qtbot, demo_journal, data_paths):
    page = JournalPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.resize(1220, 760)  # a wide window: one toolbar row, the night beside the list
    page.show()
    wait_loaded(qtbot, page)
    side_by_side = Qt.Orientation.Horizontal
    qtbot.waitUntil(lambda: page.toolbar.one_row and page._splitter.orientation() == side_by_side)
    assert abs(page.search.y() - page.outcome_box.y()) < 10  # on the same row
    assert page.minimumSizeHint().width() <= 500  # a 680-px window less its 180-px sidebar
    page.resize(500, 720)
    qtbot.waitUntil(lambda: not page.toolbar.one_row and page._splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.wait(50)  # the stacked parts laid out
    for widget in (page.list_button, page.calendar_button, page.outcome_box, page.search, page.count_label):
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert widget.isVisible() and corner.x() <= page.width(), widget  # nothing cut off on the right
    detail = page.detail
    assert detail.width() >= detail.minimumSizeHint().width()  # the night's figures fit too
    assert page.search.y() > page.list_button.y()  # the search went to the second row
    page.resize(1220, 760)
    qtbot.waitUntil(lambda: page.toolbar.one_row and page._splitter.orientation() == side_by_side)
