"""This evening's usual interventions: one click logs, another click takes it back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.widgets.evening_buttons import FIRST_START_KINDS

EVENING = datetime(2026, 11, 21, 20, 5)


def tonights(service, kind):
    return [i for i in service.journal.interventions(datetime(2026, 11, 21, 12), datetime(2026, 11, 22, 12))
            if i.kind == kind]


def test_a_usual_evening_kind_is_logged_with_the_last_dose_and_unlogged_by_a_second_click(
        demo_journal, service, clock, qtbot):
    clock.now = EVENING
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    assert page.night_of == EVENING.date()  # from 18:00 the page is about tonight
    buttons = page.evening.buttons
    assert "magnesium" in buttons and "warm_soak" in buttons  # habits of the demo journal
    last_dose = demo_journal.last_intervention("magnesium")

    qtbot.mouseClick(buttons["magnesium"], Qt.MouseButton.LeftButton)
    [logged] = tonights(service, "magnesium")
    assert logged.at == datetime(2026, 11, 21, 20, 5)
    assert (logged.amount, logged.unit) == (last_dose.amount, last_dose.unit)
    assert buttons["magnesium"].isChecked()
    assert page.intervention_model.rowCount() == 1  # and it shows in tonight's list

    clock.now = datetime(2026, 11, 21, 20, 9)
    qtbot.mouseClick(buttons["magnesium"], Qt.MouseButton.LeftButton)
    assert tonights(service, "magnesium") == []
    assert not buttons["magnesium"].isChecked()
    assert page.intervention_model.rowCount() == 0


def test_a_first_start_offers_a_few_common_evening_habits(page):
    assert list(page.evening.buttons) == list(FIRST_START_KINDS)
    assert not any(b.isChecked() for b in page.evening.buttons.values())


def test_undo_of_a_quick_log_unchecks_its_button(page, service, clock, qtbot):
    clock.now = EVENING
    page.refresh()
    qtbot.mouseClick(page.evening.buttons["stretching"], Qt.MouseButton.LeftButton)
    assert page.evening.buttons["stretching"].isChecked()
    service.undo_stack.undo()
    assert not page.evening.buttons["stretching"].isChecked()
    assert tonights(service, "stretching") == []
