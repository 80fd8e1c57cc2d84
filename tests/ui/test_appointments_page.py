from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from quietlegs.domain.records import Appointment
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.appointments_page import AppointmentsPage
from quietlegs.ui.widgets.next_appointment import NextAppointmentWidget

NOW = datetime(2026, 11, 21, 8, 0)


@pytest.fixture
def service(journal, data_paths):
    return JournalService(journal, data_paths)


@pytest.fixture
def page(qtbot, service):
    p = AppointmentsPage(service, lambda: NOW)
    qtbot.addWidget(p)
    p.show()
    return p


def test_a_new_appointment_is_typed_and_saved_with_ctrl_s(qtbot, page, service):
    page.with_whom.setFocus()
    qtbot.keyClicks(page.with_whom, "Dr Okafor (GP)")
    qtbot.keyClicks(page.purpose, "Night cramps")
    qtbot.keyClicks(page.questions, "Could my iron be low?")
    qtbot.keyClick(page.questions, Qt.Key.Key_Return)
    qtbot.keyClicks(page.questions, "Is magnesium worth it?")
    qtbot.keyClick(page.with_whom, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [saved] = service.journal.appointments()
    assert saved.with_whom == "Dr Okafor (GP)" and saved.date == date(2026, 11, 21)
    assert saved.questions == ("Could my iron be low?", "Is magnesium worth it?")
    assert page.model.rowCount() == 1
    assert "Saved" in page.message.text()


def test_enter_in_a_line_saves_and_a_missing_name_is_shown_beside_the_field(qtbot, page, service):
    qtbot.keyClicks(page.purpose, "Night cramps")
    qtbot.keyClick(page.purpose, Qt.Key.Key_Return)
    assert service.journal.appointments() == []
    assert page.errors["with_whom"].isVisible()
    assert "required" in page.errors["with_whom"].text()
    qtbot.keyClicks(page.with_whom, "Physio")
    qtbot.keyClick(page.with_whom, Qt.Key.Key_Return)
    assert [a.with_whom for a in service.journal.appointments()] == ["Physio"]
    assert not page.errors["with_whom"].isVisible()


def test_a_follow_up_before_the_visit_is_refused(qtbot, page, service):
    qtbot.keyClicks(page.with_whom, "GP")
    page.has_follow_up.setChecked(True)
    page.follow_up.setDate(page.date_edit.date().addDays(-3))
    assert not page.save()
    assert page.errors["follow_up_date"].isVisible()
    assert service.journal.appointments() == []


def test_what_was_said_afterwards_is_an_edit_that_undo_takes_back(qtbot, page, service):
    visit = Appointment(date=date(2026, 11, 10), with_whom="GP", questions=("Iron?",))
    service.save_appointment(visit)
    page.table.selectRow(0)
    assert page.with_whom.text() == "GP"
    qtbot.keyClicks(page.diagnosis, "Nocturnal leg cramps")
    page.has_follow_up.setChecked(True)
    page.follow_up.setDate(page.date_edit.date().addDays(30))
    assert page.save()
    [after] = service.journal.appointments()
    assert after.id == visit.id and after.diagnosis == "Nocturnal leg cramps"
    assert after.follow_up_date == date(2026, 12, 10)
    service.undo_stack.undo()
    assert service.journal.appointments() == [visit]
    assert page.diagnosis.toPlainText() == ""


def test_delete_key_removes_the_chosen_appointment_and_undo_restores_it(qtbot, page, service):
    visit = Appointment(date=date(2026, 11, 10), with_whom="GP")
    service.save_appointment(visit)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert service.journal.appointments() == []
    assert "Ctrl+Z" in page.message.text()
    service.undo_stack.undo()
    assert service.journal.appointments() == [visit]


def test_the_model_passes_qts_model_tests(qtmodeltester, page, service):
    service.save_appointment(Appointment(date=date(2026, 11, 10), with_whom="GP", questions=("a", "b")))
    service.save_appointment(Appointment(date=date(2026, 12, 1), time=time(9, 15), with_whom="Physio"))
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, 0)) == "Tue 1 Dec 2026, 09:15"


def test_the_next_appointment_widget_shows_the_questions_and_follows_changes(qtbot, service):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    today_page = QWidget()  # stands in for the Today page
    widget = NextAppointmentWidget(service, lambda: NOW)
    QVBoxLayout(today_page).addWidget(widget)
    qtbot.addWidget(today_page)
    today_page.show()
    assert widget.isHidden()  # nothing coming
    service.save_appointment(Appointment(date=date(2026, 11, 1), with_whom="Past GP", questions=("Old?",)))
    assert widget.isHidden()
    visit = Appointment(date=date(2026, 11, 24), time=time(10, 30), with_whom="Dr Okafor",
                        questions=("Could my iron be low?", "Is magnesium worth it?"))
    service.save_appointment(visit)
    assert widget.isVisible()
    assert "in 3 days" in widget.caption.text()
    assert "Tue 24 Nov, 10:30 with Dr Okafor" in widget.title.text()
    assert "1. Could my iron be low?" in widget.questions.text()
    service.delete_appointment(visit)
    assert widget.isHidden()
    with qtbot.waitSignal(widget.open_requested):
        service.undo_stack.undo()
        widget.open_button.click()


def test_in_half_a_laptop_screen_the_form_sits_below_the_list(qtbot, page):
    page.resize(1200, 760)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal, timeout=2000)
    assert page.minimumSizeHint().width() <= 500  # a 680-px window, less the page list
    page.resize(500, 760)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical, timeout=2000)
    qtbot.waitUntil(lambda: not page.form_scroll.horizontalScrollBar().isVisible(), timeout=2000)
