"""Typing not yet saved is never dropped silently: going to another night, or closing the
window, asks Save / Discard / Cancel, and does what the person chose. Only the dialog's answer
is stood in for; the page, its form and the journal file are real."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from quietlegs.ui.pages import today_page

LAST_NIGHT = date(2026, 11, 20)
NIGHT_BEFORE = date(2026, 11, 19)
Answer = QMessageBox.StandardButton


class Person:
    """Answers the Save / Discard / Cancel question, and remembers being asked."""

    def __init__(self, answer):
        self.answer = answer
        self.asked: list[date] = []

    def __call__(self, parent, night_of):
        self.asked.append(night_of)
        return self.answer


@pytest.fixture
def person(monkeypatch):
    p = Person(Answer.Cancel)
    monkeypatch.setattr(today_page, "ask_about_unsaved_night", p)
    return p


def type_a_note(qtbot, page, text: str) -> None:
    page.form.notes.setFocus(Qt.FocusReason.TabFocusReason)
    page.form.notes.selectAll()
    qtbot.keyClicks(page.form.notes, text)


def test_cancel_keeps_the_typing_and_the_date_it_belongs_to(demo_journal, page, person, qtbot):
    stored = demo_journal.night(LAST_NIGHT)
    type_a_note(qtbot, page, "Cramp at three")
    person.answer = Answer.Cancel
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert person.asked == [LAST_NIGHT]
    assert page.night_of == LAST_NIGHT
    assert page.date_edit.date() == QDate(2026, 11, 20)
    assert page.form.notes.text() == "Cramp at three"
    assert page.form.has_unsaved_changes()
    assert demo_journal.night(LAST_NIGHT) == stored  # nothing saved either


def test_a_date_stepped_by_keyboard_in_the_date_field_is_put_back_on_cancel(demo_journal, page, person, qtbot):
    type_a_note(qtbot, page, "Cramp at three")
    page.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.date_edit, Qt.Key.Key_Down)
    assert person.asked == [LAST_NIGHT]
    assert page.date_edit.date() == QDate(2026, 11, 20)
    assert page.night_of == LAST_NIGHT
    assert page.form.notes.text() == "Cramp at three"


def test_save_stores_the_typing_then_shows_the_other_night(demo_journal, page, person, qtbot):
    type_a_note(qtbot, page, "Cramp at three")
    person.answer = Answer.Save
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert person.asked == [LAST_NIGHT]
    assert demo_journal.night(LAST_NIGHT).notes == "Cramp at three"
    assert page.night_of == NIGHT_BEFORE
    assert page.form.loaded == demo_journal.night(NIGHT_BEFORE)
    assert not page.form.has_unsaved_changes()


def test_discard_drops_the_typing_and_the_stored_night_is_unchanged(demo_journal, page, person, qtbot):
    stored = demo_journal.night(LAST_NIGHT)
    type_a_note(qtbot, page, "Cramp at three")
    person.answer = Answer.Discard
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.night_of == NIGHT_BEFORE
    assert demo_journal.night(LAST_NIGHT) == stored
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert person.asked == [LAST_NIGHT]  # coming back had nothing to ask about
    assert page.form.notes.text() == (stored.notes or "")


def test_a_save_that_is_refused_stays_on_the_night_and_explains_why(page, person, qtbot, service):
    page.form.focus_first()
    wake = page.form.fields["final_wake"]
    wake.setFocus(Qt.FocusReason.TabFocusReason)
    wake.setSelectedSection(wake.Section.HourSection)
    qtbot.keyClicks(wake, "2200")  # before lights out: an impossible night
    person.answer = Answer.Save
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert person.asked == [LAST_NIGHT]
    assert page.night_of == LAST_NIGHT
    assert page.date_edit.date() == QDate(2026, 11, 20)
    assert service.journal.night(LAST_NIGHT) is None
    assert page.form.messages["final_wake"].text().startswith("Final awakening")


def test_nothing_typed_or_everything_saved_means_no_question(demo_journal, page, person, qtbot):
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.night_of == NIGHT_BEFORE
    type_a_note(qtbot, page, "Restless")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)  # saved
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.night_of == LAST_NIGHT
    assert person.asked == []


def test_last_night_clicked_while_already_there_keeps_the_typing_without_asking(page, person, qtbot):
    type_a_note(qtbot, page, "Half written")
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert person.asked == []
    assert page.form.notes.text() == "Half written"


def test_closing_the_window_asks_and_cancel_keeps_it_open_with_the_typing(window, person, qtbot, service):
    window.show_page("journal")
    page = window.page("today")
    page.form.notes.setText("Typed, then went to look at the journal")
    person.answer = Answer.Cancel
    assert not window.close()
    assert window.isVisible()
    assert window.current_page_name() == "today"  # shown, so the question makes sense
    assert page.form.notes.text() == "Typed, then went to look at the journal"

    person.answer = Answer.Save
    assert window.close()
    assert service.journal.night(LAST_NIGHT).notes == "Typed, then went to look at the journal"
    assert person.asked == [LAST_NIGHT, LAST_NIGHT]


def test_closing_the_window_with_nothing_typed_asks_nothing(window, person):
    assert window.close()
    assert person.asked == []
