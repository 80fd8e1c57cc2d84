"""The Catalog page with real widgets on a real journal: add, rename, hide, and the refusal
to delete a kind the journal uses."""

from __future__ import annotations

import pytest
from journal_helpers import active_window
from PySide6.QtCore import QPoint, Qt

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.catalog_page import CatalogPage


@pytest.fixture
def page(qtbot, demo_journal, data_paths):
    p = CatalogPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(p)
    p.show()
    return p


def _kind(page, slug):
    return next((k for k in page.service.journal.kinds() if k.slug == slug), None)


def test_a_new_medication_is_added_by_keyboard_with_its_usual_dose(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Gabapentin")
    qtbot.keyClicks(page.amount_edit, "300")
    qtbot.keyClicks(page.unit_edit, "mg")
    qtbot.keyClick(page.unit_edit, Qt.Key.Key_Return)
    kind = _kind(page, "gabapentin")
    assert (kind.name, kind.category, kind.default_amount, kind.default_unit) == ("Gabapentin", "medication", 300, "mg")
    assert page.table.currentIndex().data() == "Gabapentin"
    page.service.undo_stack.undo()
    assert _kind(page, "gabapentin") is None


def test_a_bad_amount_is_explained_beside_the_field_and_nothing_is_saved(qtbot, page):
    before = page.service.journal.kinds()
    page.start_new()
    qtbot.keyClicks(page.name_edit, "Cold pack")
    qtbot.keyClicks(page.amount_edit, "lots")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    error = page.errors["default_amount"]
    assert error.isVisible() and error.text().startswith("Usual amount must be a number")
    assert page.service.journal.kinds() == before
    page.amount_edit.clear()
    page.name_edit.setText("")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors["name"].text() == "Name is required"
    assert not page.errors["default_amount"].isVisible()


def test_a_built_in_kind_is_renamed_and_hidden_and_keeps_its_category(qtbot, page):
    page.select("heat")
    assert not page.category_box.isEnabled()
    page.name_edit.setText("Heat pad")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert _kind(page, "heat").name == "Heat pad"
    qtbot.mouseClick(page.hide_button, Qt.MouseButton.LeftButton)
    assert _kind(page, "heat").hidden
    assert page.table.currentIndex().data() == "Heat pad (hidden)"
    page.show_hidden.setChecked(False)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "Heat pad (hidden)" not in names
    page.service.undo_stack.undo()
    assert not _kind(page, "heat").hidden


def test_a_kind_in_use_is_not_deleted_but_can_be_hidden_instead(qtbot, page):
    page.select("ropinirole")  # the demo journal's medication, taken on many nights
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _kind(page, "ropinirole") is not None
    assert page.banner.isVisible()
    assert "cannot be deleted" in page.banner_text.text() and "Ropinirole" in page.banner_text.text()
    qtbot.mouseClick(page.banner_hide, Qt.MouseButton.LeftButton)
    assert _kind(page, "ropinirole").hidden
    assert not page.banner.isVisible()


def test_an_unused_kind_of_ones_own_is_deleted_and_ctrl_z_brings_it_back(qtbot, journal, data_paths):
    service = JournalService(journal, data_paths)
    window = active_window(qtbot, service)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.page("catalog")
    assert window.current_page_name() == "catalog"
    qtbot.keyClicks(page.name_edit, "Tonic water")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert _kind(page, "tonic_water") is not None
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _kind(page, "tonic_water") is None
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _kind(page, "tonic_water") is not None


def _window_with_catalog(qtbot, page, width):
    from quietlegs.ui.main_window import MainWindow

    window = MainWindow(page.service)
    window.add_page("catalog", "Catalog", page)
    qtbot.addWidget(window)
    window.resize(width, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_in_half_a_laptop_screen_the_form_sits_under_the_table_and_still_works_by_keyboard(qtbot, page):
    window = _window_with_catalog(qtbot, page, 680)
    assert window.minimumSizeHint().width() <= 680  # the catalog no longer forces a wide window
    assert window.width() == 680
    form = page.form_frame
    assert form.geometry().top() >= page.table.geometry().bottom()  # stacked, each full width
    assert not page.table.horizontalScrollBar().isVisible()  # every column readable
    assert page.new_button.geometry().right() <= page.width()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Pramipexole")
    qtbot.keyClicks(page.amount_edit, "0.125")
    qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    assert _kind(page, "pramipexole").default_amount == 0.125


def test_in_a_wide_window_the_form_sits_beside_the_table(qtbot, page):
    _window_with_catalog(qtbot, page, 1400)
    form, table = page.form_frame.geometry(), page.table.geometry()
    assert form.left() >= table.right() and form.top() == table.top()
    assert table.width() > form.width()


def test_a_supplement_is_marked_slow_acting_with_its_checkbox_and_undone(qtbot, page):
    assert page.slow_box.text() == "Acts s&lowly (judge it over weeks)" and "weeks" in page.slow_box.toolTip()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.slow_box.isChecked()  # a new kind starts as a medication: slow-acting by default
    page.category_box.setCurrentIndex(page.category_box.findData("supplement"))
    assert not page.slow_box.isChecked()  # the box follows the default rule until the person chooses
    qtbot.keyClicks(page.name_edit, "Ashwagandha")
    page.slow_box.setFocus()
    qtbot.keyClick(page.slow_box, Qt.Key.Key_Space)  # by keyboard
    assert page.slow_box.isChecked()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _kind(page, "ashwagandha").slow_acting is True
    page.select("magnesium")
    assert not page.slow_box.isChecked()
    page.select("ashwagandha")
    assert page.slow_box.isChecked()
    page.service.undo_stack.undo()
    assert _kind(page, "ashwagandha") is None


def test_iron_can_be_unmarked_with_the_mouse_and_a_rename_keeps_the_choice(qtbot, page):
    page.select("iron")
    assert page.slow_box.isChecked() and _kind(page, "iron").slow_acting is None  # the default rule
    page.name_edit.setText("Iron bisglycinate")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert _kind(page, "iron").slow_acting is None  # saving without touching the box chooses nothing
    assert page.slow_box.isVisible()
    qtbot.mouseClick(page.slow_box, Qt.MouseButton.LeftButton, pos=QPoint(8, page.slow_box.height() // 2))
    assert not page.slow_box.isChecked()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _kind(page, "iron").slow_acting is False
    page.name_edit.setText("Iron")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert _kind(page, "iron").slow_acting is False and not page.slow_box.isChecked()
