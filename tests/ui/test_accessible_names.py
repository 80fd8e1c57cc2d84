"""What a screen reader reads, asked of Qt's own accessibility interface (which adds a buddy
label's text to a field's name): every control on show has a name, on every page and in every
dialog; a refused save is read out with the field; each chart says in words what it shows."""

from __future__ import annotations

from datetime import datetime

import pytest
from focus_walk import demo_window, show, spoken_name, unnamed
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from quietlegs.domain.records import SymptomEvent
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.settings import app_settings

PAGES = ("today", "journal", "insights", "catalog", "appointments")
NOW = datetime(2026, 11, 21, 7, 20)


@pytest.fixture
def service(demo_journal, data_paths):
    return JournalService(demo_journal, data_paths)


@pytest.fixture
def window(qtbot, service, clock, monkeypatch):
    from quietlegs import clock as app_clock

    monkeypatch.setattr(app_clock, "now", clock)
    return demo_window(qtbot, service)


def description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


@pytest.mark.parametrize("name", PAGES)
def test_every_control_on_every_page_has_a_name(qtbot, window, name):
    page = show(qtbot, window, name)
    if name == "insights":
        page.period.setCurrentIndex(page.period.findData("custom"))  # its dates too
    assert unnamed(window) == []
    assert spoken_name(window.nav) == "Pages"


def _dialogs(service, data_paths, clock):
    from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
    from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
    from quietlegs.ui.dialogs.milestones_dialog import MilestoneForm, MilestonesDialog
    from quietlegs.ui.dialogs.night_dialog import NightDialog
    from quietlegs.ui.dialogs.regimens_dialog import RegimenForm, RegimensDialog
    from quietlegs.ui.dialogs.reminders_dialog import RemindersDialog
    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

    settings = app_settings(data_paths)
    night = service.journal.nights()[-1]
    return [
        lambda: SymptomDialog(service, at=NOW),
        lambda: InterventionDialog(service, at=NOW),
        lambda: NightDialog(service, night=night),
        lambda: ExperimentDialog(service, NOW.date()),
        lambda: MilestonesDialog(service, clock),
        lambda: MilestoneForm(service, NOW.date()),
        lambda: RemindersDialog(settings),
        lambda: ReportDialog(service, settings, clock),
        lambda: SettingsDialog(service),
        lambda: RegimensDialog(service, clock),
        lambda: RegimenForm(service, NOW.date()),
    ]


@pytest.mark.parametrize("which", range(11))
def test_every_control_in_every_dialog_has_a_name(qtbot, service, data_paths, clock, which):
    dialog = _dialogs(service, data_paths, clock)[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


@pytest.mark.parametrize("which", range(11))
def test_in_every_dialog_each_date_field_is_one_tab_stop_and_tables_are_left_by_tab(qtbot, service, data_paths,
                                                                                     clock, which):
    from focus_walk import date_stops
    from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit

    dialog = _dialogs(service, data_paths, clock)[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for field in dialog.findChildren(QDateTimeEdit):
        if field.isVisible() and field.isEnabled():
            assert date_stops(qtbot, field) == 1, field.accessibleName()
    assert not any(view.tabKeyNavigation() for view in dialog.findChildren(QAbstractItemView))


def _symptom_dialog(qtbot, service, event=None):
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

    dialog = SymptomDialog(service, at=NOW, event=event) if event is None else SymptomDialog(service, event=event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_symptom_saved_without_a_severity_is_refused_and_the_field_is_read_out(qtbot, service):
    before = service.journal.symptoms()
    dialog = _symptom_dialog(qtbot, service)
    assert dialog.severity.text() == "Choose 0–10"  # nothing chosen for the person
    qtbot.keyClicks(dialog.kind, "c")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)  # Enter saves
    assert dialog.isVisible() and service.journal.symptoms() == before
    message = dialog.messages["severity"]
    assert message.isVisible() and message.text() == "Severity is required."
    assert QApplication.focusWidget() is dialog.severity  # focus moved there: read with its message
    assert spoken_name(dialog.severity) == "Severity"
    assert description(dialog.severity) == "Severity is required."

    qtbot.keyClicks(dialog.severity, "7")  # typed over "Choose 0–10"
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    added = [s for s in service.journal.symptoms() if s not in before]
    assert [(s.kind, s.severity) for s in added] == [("cramp", 7)]


def test_severity_is_chosen_by_arrows_from_unset(qtbot, service):
    dialog = _symptom_dialog(qtbot, service)
    dialog.severity.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Up)
    assert dialog.severity.severity() == 0 and dialog.severity_word.text() == "none"
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Up)
    assert dialog.severity.severity() == 1


def test_editing_a_symptom_shows_its_severity(qtbot, service):
    event = SymptomEvent(at=NOW.replace(hour=2), kind="cramp", severity=3)
    service.save_symptom(event)
    dialog = _symptom_dialog(qtbot, service, event)
    assert dialog.severity.severity() == 3 and dialog.severity.text() == "3 / 10"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()


def test_a_field_put_right_is_read_without_its_old_message(qtbot, window):
    page = show(qtbot, window, "catalog")
    page.start_new()
    qtbot.keyClicks(page.name_edit, "Cold pack")
    qtbot.keyClicks(page.amount_edit, "lots")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.amount_edit
    assert description(page.amount_edit).startswith("Usual amount must be a number")
    page.amount_edit.setText("2")
    qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    assert "must be" not in description(page.amount_edit)  # (its placeholder is read instead)


def test_an_appointment_error_is_read_with_its_field(qtbot, window):
    page = show(qtbot, window, "appointments")
    page.start_new()
    page.has_follow_up.setChecked(True)
    page.follow_up.setDate(page.date_edit.date().addDays(-3))  # a follow-up before the visit
    qtbot.keyClicks(page.with_whom, "Dr Okafor")
    qtbot.keyClick(page.with_whom, Qt.Key.Key_Return)
    assert page.errors["follow_up_date"].isVisible()
    assert QApplication.focusWidget() is page.follow_up
    assert description(page.follow_up) == page.errors["follow_up_date"].text() != ""


def test_each_chart_says_in_words_what_it_shows(qtbot, window):
    from focus_walk import tab_walk

    page = show(qtbot, window, "insights")
    said = {}
    for index, (name, canvas) in enumerate(page.canvases.items()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda c=canvas: c.figure is not None and bool(c.accessibleDescription()), timeout=60_000)
        face = QAccessible.queryAccessibleInterface(canvas)
        said[name] = (face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description))
    assert said["timeline"][0] == "Chart: Timeline"
    rows = page.cache.data.between(page.last_answer.start, page.last_answer.end)
    assert said["timeline"][1].startswith("Sleep efficiency night by night, ")
    assert f"{len(rows)} nights logged; average " in said["timeline"][1]
    assert said["effects"][1].startswith("How each thing you tried lines up with Sleep efficiency")
    assert "most often between" in said["time_of_night"][1]
    assert "Where on the legs" in said["locations"][1] and "most often" in said["locations"][1]
    assert "fastest on average" in said["relief"][1]
    assert all(words for _, words in said.values())
    page.tabs.setCurrentIndex(0)
    assert page.canvases["timeline"] in tab_walk(qtbot, window.nav, presses=20)  # reached, so read


def test_a_night_stepped_to_on_the_timeline_is_read_out(qtbot, window):
    page = show(qtbot, window, "insights")
    timeline = page.canvases["timeline"]
    qtbot.waitUntil(lambda: bool(timeline.accessibleDescription()), timeout=60_000)
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)  # the first step lands on the latest night
    night = timeline.selected_night()
    assert description(timeline) == page.night_details(night) != ""
    assert description(timeline).startswith("Night of Fri 20 Nov")
