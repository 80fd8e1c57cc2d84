"""Regimens in the window: Today's card logs the evening in one click (mouse or keyboard), with
one item left out or skipped; the Regimens dialog adds and changes one; undo takes a click back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from quietlegs.domain.records import Intervention
from quietlegs.domain.regimens import WEEKDAYS, Regimen, Status
from quietlegs.ui.dialogs.regimens_dialog import BEFORE_BED, RegimenForm, RegimensDialog
from quietlegs.ui.pages.today_page import TodayPage

MON = date(2026, 11, 23)
EVENING = datetime(2026, 11, 23, 22, 15)
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg")
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 11, 1), days=WEEKDAYS, clock=time(20, 30),
                     amount=10, unit="min")
HEAT = Regimen(kind="heat", started_on=date(2026, 11, 1), before_bed_min=60, amount=15, unit="min")


@pytest.fixture
def today(service, clock, qtbot, journal) -> TodayPage:
    journal.save_regimens([MAGNESIUM, STRETCHING, HEAT])
    clock.now = EVENING
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _logged(journal):
    return sorted((i.kind, i.at, i.amount, i.unit) for i in journal.interventions())


def test_nothing_scheduled_no_card(service, clock, qtbot):
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    assert not page.regimen.isVisible()


def test_one_click_logs_tonights_regimen_at_its_times(today, journal, qtbot):
    card = today.regimen
    assert card.isVisible() and card.title.text() == "Your regimen tonight"
    assert [c.text() for c in card.checks.values()] == [
        "Stretching 10 min · 20:30", "Magnesium 300 mg · 21:00", "Heat 15 min · 1 h before bed"]
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    assert _logged(journal) == [
        ("heat", datetime(2026, 11, 23, 21, 30), 15, "min"),  # an hour before the usual 22:30
        ("magnesium", datetime(2026, 11, 23, 21, 0), 300, "mg"),
        ("stretching", datetime(2026, 11, 23, 20, 30), 10, "min")]
    assert all(i.status is Status.TAKEN for i in card.evening.items)
    assert not card.log_button.isVisible() and "taken at 21:00" in [s.text() for s in card.states.values()]
    assert card.explanation.text() == "Everything on this evening's regimen is logged or skipped."
    # They are the night's ordinary interventions, on Today's own list too.
    assert today.intervention_model.rowCount() == 3
    today.service.undo_stack.undo()
    assert _logged(journal) == [] and card.log_button.isVisible() and card.log_button.isEnabled()


def test_untick_one_and_skip_another_with_the_keyboard(today, journal, qtbot):
    card = today.regimen
    ids = list(card.checks)
    stretching, magnesium, heat = (card.checks[i] for i in ids)
    magnesium.setFocus()
    qtbot.keyClick(magnesium, Qt.Key.Key_Space)  # untick magnesium: not this click
    assert not magnesium.isChecked() and card.log_button.text() == "Log tonight's regimen (2 items)"
    skip = card.skips[ids[2]]
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)  # heat: skipped on purpose
    assert "heat" in skip.accessibleName().lower() or "Heat" in skip.accessibleName()
    assert next(r for r in journal.regimens() if r.kind == "heat").skipped == {MON}
    card.log_button.setFocus()
    qtbot.keyClick(card.log_button, Qt.Key.Key_Space)
    assert _logged(journal) == [("stretching", datetime(2026, 11, 23, 20, 30), 10, "min")]
    statuses = {i.kind_name: i.status for i in card.evening.items}
    assert statuses == {"Stretching": Status.TAKEN, "Magnesium": Status.PENDING, "Heat": Status.SKIPPED}
    # Magnesium can still be logged later: tick it again and click.
    assert magnesium.isEnabled() and not magnesium.isChecked() and not card.log_button.isEnabled()
    qtbot.mouseClick(magnesium, Qt.MouseButton.LeftButton, pos=QPoint(8, magnesium.height() // 2))  # its box
    assert card.log_button.text() == "Log tonight's regimen (1 item)"
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    assert [k for k, *_ in _logged(journal)] == ["magnesium", "stretching"]


def test_in_the_morning_the_card_is_about_last_evening_and_saturday_has_no_stretching(
        service, clock, qtbot, journal):
    journal.save_regimens([MAGNESIUM, STRETCHING])
    clock.now = datetime(2026, 11, 22, 8, 0)  # Sunday morning: last evening was a Saturday
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    card = page.regimen
    assert card.title.text().startswith("Last evening's regimen")
    assert [c.text() for c in card.checks.values()] == ["Magnesium 300 mg · 21:00"]
    qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    assert _logged(journal) == [("magnesium", datetime(2026, 11, 21, 21, 0), 300, "mg")]


def test_the_dialog_adds_a_regimen_that_today_then_offers(today, service, clock, qtbot, monkeypatch):
    dialog = RegimensDialog(service, clock)
    qtbot.addWidget(dialog)
    form = RegimenForm(service, MON, None, dialog)
    qtbot.addWidget(form)
    form.show()
    form.kind.setCurrentIndex(form.kind.findData("iron"))
    assert (form.amount.text(), form.unit.text()) == ("65", "mg")  # the kind's usual dose
    form.when_mode.setCurrentIndex(BEFORE_BED)
    form.minutes.setValue(30)
    form.amount.clear()
    qtbot.keyClicks(form.amount, "x")
    form.accept()
    assert form.messages["amount"].text() == "Dose must be a number, such as 300 or 0.25."
    form.amount.setText("0,5")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # Enter saves
    iron = next(r for r in service.journal.regimens() if r.kind == "iron")
    assert (iron.amount, iron.before_bed_min, iron.started_on) == (0.5, 30, MON)
    assert "Iron 0.5 mg · 30 min before bed" in [c.text() for c in today.regimen.checks.values()]
    assert dialog.model.rowCount() == 4


def test_a_change_from_thursday_keeps_the_old_dose_for_the_nights_before(service, clock, qtbot, journal):
    journal.save_regimens([MAGNESIUM])
    clock.now = EVENING
    dialog = RegimensDialog(service, clock)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    form = RegimenForm(service, date(2026, 11, 26), dialog.selected(), dialog)
    qtbot.addWidget(form)
    form.amount.setText("400")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    old, new = sorted(journal.regimens(), key=lambda r: r.started_on)
    assert (old.amount, old.ended_on) == (300, date(2026, 11, 25))
    assert (new.amount, new.started_on, new.ended_on) == (400, date(2026, 11, 26), None)
    assert dialog.model.rowCount() == 2
    dialog.table.selectRow(0)
    assert dialog.selected().amount == 400
    dialog.end()  # ended before it began: it never applied, so it goes
    assert [(r.amount, r.ended_on) for r in journal.regimens()] == [(300, date(2026, 11, 25))]
    dialog.table.selectRow(0)
    dialog.end()  # not due from this evening on
    assert [(r.amount, r.ended_on) for r in journal.regimens()] == [(300, MON - timedelta(days=1))]
    service.undo_stack.undo()
    service.undo_stack.undo()
    service.undo_stack.undo()
    assert journal.regimens() == [MAGNESIUM]


def test_a_dose_logged_elsewhere_shows_on_the_card_within_the_save_budget(today, service, journal):
    """Today reads its evening buttons and the regimen in one transaction: a save stays within
    DESIGN.md's three."""
    from sqlalchemy import event

    begins = []
    listener = lambda conn: begins.append(1)  # noqa: E731
    event.listen(journal.engine, "begin", listener)
    try:
        service.save_intervention(Intervention(at=datetime(2026, 11, 23, 21, 2), kind="magnesium", amount=300,
                                               unit="mg"))
    finally:
        event.remove(journal.engine, "begin", listener)
    assert len(begins) <= 3
    item = next(i for i in today.regimen.evening.items if i.kind_name == "Magnesium")
    assert item.status is Status.TAKEN and today.regimen.states[item.regimen.id].text() == "taken at 21:02"


def test_the_edit_menu_and_the_cards_button_open_the_regimens(window, monkeypatch, journal, qtbot):
    from quietlegs.ui.dialogs import regimens_dialog

    opened = []
    monkeypatch.setattr(regimens_dialog.RegimensDialog, "exec", lambda self: opened.append(self) or 0)
    [action] = [a for a in window.menu("&Edit").actions() if a.text().replace("&", "") == "Regimens…"]
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    from quietlegs.services import regimens as service_regimens

    card = window.findChild(TodayPage).regimen
    assert not card.isVisible()  # nothing scheduled yet
    window.service.edit_regimens(lambda j: service_regimens.save_regimen(j, MAGNESIUM))
    assert card.isVisible()  # the morning after the demo's last night: last evening's magnesium
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2


def test_tab_goes_down_the_items_each_box_then_its_skip_then_the_button(today):
    card = today.regimen
    chain = [w for rid in card.checks for w in (card.checks[rid], card.skips[rid])] + [card.log_button]
    def next_by_tab(widget):
        w = widget.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()):
            w = w.nextInFocusChain()
        return w

    for a, b in zip(chain, chain[1:]):
        assert next_by_tab(a) is b
    assert all(s.accessibleName().startswith("Skip ") for s in card.skips.values())
