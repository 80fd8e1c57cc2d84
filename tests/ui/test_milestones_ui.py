"""Milestones in the window: the day counter on Today, and the Milestones dialog (add, edit, delete)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from quietlegs.domain.milestones import Milestone
from quietlegs.domain.records import Intervention
from quietlegs.ui.dialogs import milestones_dialog
from quietlegs.ui.dialogs.milestones_dialog import MilestoneForm, MilestonesDialog
from quietlegs.ui.pages.today_page import TodayPage

TODAY = date(2026, 11, 21)  # the conftest clock: the morning of 21 Nov


@pytest.fixture
def today(service, clock, qtbot) -> TodayPage:
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _texts(page) -> list[str]:
    return [day.text() for day, _ in page.day_counter.lines]


def test_no_milestone_no_counter(today):
    assert not today.day_counter.isVisible()


def test_day_twelve_since_stopping_kratom_with_what_to_expect(today, service):
    service.save_milestone(Milestone(date=TODAY - timedelta(days=12), name="stopped kratom", kind="stopped"))
    assert today.day_counter.isVisible()
    assert _texts(today) == ["Day 12 since stopped kratom"]
    assert "ease over days to weeks" in today.day_counter.lines[0][1].text()


def test_a_dry_needling_session_counts_without_typing(today, service):
    service.save_intervention(Intervention(at=datetime(2026, 11, 19, 16, 0), kind="dry_needling"))
    assert _texts(today) == ["Day 2 since dry needling"]
    assert "peaks within 24–48 hours" in today.day_counter.lines[0][1].text()


def test_a_name_that_looks_like_markup_is_shown_as_typed(today, service):
    service.save_milestone(Milestone(date=TODAY, name="<b>started</b> iron", kind="started"))
    day = today.day_counter.lines[0][0]
    assert day.text() == "Today: <b>started</b> iron" and day.textFormat() == Qt.TextFormat.PlainText


@pytest.fixture
def dialog(service, clock, qtbot) -> MilestonesDialog:
    d = MilestonesDialog(service, clock)
    qtbot.addWidget(d)
    d.show()
    return d


def _save(form: MilestoneForm, qtbot) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_milestone_is_typed_saved_and_listed_and_today_counts_it(dialog, service, clock, qtbot, today):
    form = dialog._form(None)
    qtbot.addWidget(form)
    form.date_edit.setDate(QDate(2026, 11, 9))
    qtbot.keyClicks(form.name, "stopped kratom")
    form.kind.setCurrentIndex(form.kind.findData("stopped"))
    _save(form, qtbot)
    [saved] = service.journal.milestones()
    assert (saved.date, saved.name, saved.kind) == (date(2026, 11, 9), "stopped kratom", "stopped")
    assert dialog.model.rowCount() == 1
    assert _texts(today) == ["Day 12 since stopped kratom"]


def test_an_empty_name_is_refused_beside_the_field_and_nothing_is_saved(dialog, service, qtbot):
    form = dialog._form(None)
    qtbot.addWidget(form)
    form.show()
    _save(form, qtbot)
    assert service.journal.milestones() == []
    assert form.messages["name"].isVisible() and "required" in form.messages["name"].text()


def test_edit_then_delete_then_undo(dialog, service, qtbot):
    service.save_milestone(Milestone(date=date(2026, 11, 1), name="started iron", kind="started"))
    dialog.table.selectRow(0)
    form = dialog._form(dialog.selected())
    qtbot.addWidget(form)
    form.name.selectAll()
    qtbot.keyClicks(form.name, "started iron 65 mg")
    _save(form, qtbot)
    assert [m.name for m in service.journal.milestones()] == ["started iron 65 mg"]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert service.journal.milestones() == [] and dialog.model.rowCount() == 0
    service.undo_stack.undo()
    assert [m.name for m in service.journal.milestones()] == ["started iron 65 mg"]
    assert dialog.model.rowCount() == 1


def test_the_edit_menu_and_the_counter_button_open_the_milestones(window, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr(milestones_dialog.MilestonesDialog, "exec", lambda self: opened.append(self) or 0)
    [action] = [a for a in window.menu("&Edit").actions() if a.text().replace("&", "") == "Milestones…"]
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    action.trigger()
    window.findChild(TodayPage).day_counter.edit_requested.emit()
    assert len(opened) == 2
