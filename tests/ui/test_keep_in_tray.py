"""Keeping Quiet Legs running in the notification area: closing the window hides it (the journal
stays open and usable, reminders still come and open the right form), the icon brings it back,
Quit really quits, and with the setting off (the default) closing quits as before.

The offscreen platform has no notification area: the tray icon is a stand-in (tray_helpers),
everything else is the real window on a real journal file, driven with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from quietlegs.domain.records import Night
from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER, asked_for
from quietlegs.ui import tray as tray_module
from quietlegs.ui.pages import today_page
from quietlegs.ui.reminders import set_reminder_time
from quietlegs.ui.settings import app_settings
from quietlegs.ui.single_instance import Claim, SingleInstance
from quietlegs.ui.tray import keeps_running, set_keeps_running
from tray_helpers import FakeTray, quit_setting_restored, with_a_notification_area  # noqa: F401

EVENING = datetime(2026, 11, 21, 21, 5)


class Quits:
    """Stands in for QApplication.quit (no event loop runs in a test): counts the calls."""

    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1


@pytest.fixture
def quits(monkeypatch):
    q = Quits()
    monkeypatch.setattr(QApplication, "quit", q)
    return q


@pytest.fixture
def settings(service):
    return app_settings(service.paths)


@pytest.fixture
def kept(window, settings, monkeypatch, quit_setting_restored):  # noqa: F811
    """The real window, with a notification area and "keep running" turned on."""
    with_a_notification_area(monkeypatch)
    window.app_tray.make_tray = FakeTray
    set_keeps_running(settings, True)
    window.keep_in_tray.refresh()
    return window


def _night(day: date) -> Night:
    bed = datetime.combine(day, time(23, 0))
    return Night(night_of=day, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=bed + timedelta(hours=7), out_of_bed=bed + timedelta(hours=7))


def test_keeping_running_is_off_by_default_and_closing_quits_as_before(window, settings, monkeypatch, qtbot):
    with_a_notification_area(monkeypatch)
    window.app_tray.make_tray = FakeTray
    assert not keeps_running(settings)
    window.keep_in_tray.refresh()
    assert window.app_tray.icon is None  # no icon nobody asked for
    assert QApplication.quitOnLastWindowClosed()
    assert window.close()  # closed for good: the app ends with its last window
    assert not window.isVisible()


def test_without_a_notification_area_closing_quits_even_with_the_setting_on(window, settings, monkeypatch,
                                                                             quit_setting_restored):  # noqa: F811
    with_a_notification_area(monkeypatch, False)
    set_keeps_running(settings, True)
    window.keep_in_tray.refresh()
    assert QApplication.quitOnLastWindowClosed()
    assert window.close()


def test_closing_hides_into_the_tray_and_the_journal_stays_usable(kept, service, quits, qtbot):
    icon = kept.app_tray.icon
    assert icon.shown  # shown for as long as the setting is on
    assert not QApplication.quitOnLastWindowClosed()
    assert not kept.close()  # not closed: hidden
    assert not kept.isVisible() and quits.count == 0
    assert icon.messages == [("Quiet Legs is still running",
                              "Its reminders still come. Click the Quiet Legs icon to open it again, "
                              "or choose Quit from its menu to end it.")]
    # the journal is still open: a save while hidden is there to read
    service.save_night(_night(date(2026, 11, 1)))
    assert service.journal.night(date(2026, 11, 1)) is not None

    icon.action("Open Quiet Legs").trigger()
    assert kept.isVisible()
    assert not kept.close()  # hidden, not closed
    assert not kept.isVisible()
    assert len(icon.messages) == 1  # said once, not every time
    icon.click()  # a click on the icon brings the window back too
    assert kept.isVisible()


def test_the_still_running_message_is_said_once_ever(kept, settings, service, qtbot, monkeypatch):
    kept.close()
    kept.show()
    again = FakeTray()
    tray = tray_module.AppTray(lambda parent: again)
    keep = tray_module.KeepInTray(kept, tray, app_settings(service.paths))  # the next start
    assert keep.close_to_tray()
    assert again.messages == []


def test_hiding_makes_the_backup_made_on_closing(kept, service, qtbot):
    service.save_night(_night(date(2026, 11, 2)))
    assert kept.auto_backup.dirty
    kept.close()
    qtbot.waitUntil(lambda: not kept.auto_backup.dirty)
    assert list(service.paths.backups.glob("*on-close*"))


def test_quit_from_the_tray_really_quits(kept, quits):
    kept.close()
    kept.app_tray.icon.action("Quit").trigger()
    assert quits.count == 1
    assert not kept.isVisible()


def test_file_quit_really_quits_with_the_setting_on(kept, quits):
    (quit_action,) = [a for a in kept.menu("&File").actions() if a.objectName() == "quit"]
    quit_action.trigger()
    assert quits.count == 1 and not kept.isVisible()


def test_unsaved_typing_is_asked_about_before_hiding(kept, quits, qtbot, monkeypatch):
    today = kept.page("today")
    today.form.notes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(today.form.notes, "Cramp at three")
    asked = []
    monkeypatch.setattr(today_page, "ask_about_unsaved_night",
                        lambda parent, night_of: asked.append(night_of) or QMessageBox.StandardButton.Cancel)
    assert not kept.close()
    assert asked and kept.isVisible()  # cancelled: nothing hidden
    assert today.form.notes.text() == "Cramp at three"


def test_turning_the_setting_off_takes_the_icon_away_and_closing_quits_again(kept, settings):
    set_keeps_running(settings, False)
    kept.keep_in_tray.refresh()
    assert not kept.app_tray.icon.shown
    assert QApplication.quitOnLastWindowClosed()
    assert kept.close()


def test_a_reminder_still_comes_while_hidden_and_its_click_opens_the_right_form(kept, settings, clock, qtbot):
    set_reminder_time(settings, EVENING_REMINDER, time(21, 0))
    kept.show_page("journal")
    assert not kept.close()  # hidden, not closed
    assert not kept.isVisible()
    clock.now = EVENING
    kept.reminders.timer.timeout.emit()  # the reminders' half-minute check, while hidden
    icon = kept.app_tray.icon
    assert icon.messages[-1][0] == "Tonight's remedies"
    assert icon.action("Remind me in 30 minutes").isEnabled()
    icon.click_message()
    assert kept.isVisible()
    assert kept.current_page_name() == "today"
    assert kept.page("today").night_of == date(2026, 11, 21)
    assert not icon.action("Remind me in 30 minutes").isEnabled()  # opened: nothing waits now


def test_a_click_on_the_icon_while_a_reminder_waits_opens_its_form(kept, settings, clock, service):
    set_reminder_time(settings, MORNING_REMINDER, time(8, 0))
    clock.now = datetime(2026, 11, 21, 9, 0)
    kept.show_page("journal")
    assert not kept.close()  # hidden, not closed
    assert not kept.isVisible()
    assert kept.reminders.check() is not None
    kept.app_tray.icon.click()
    assert kept.isVisible() and kept.current_page_name() == "today"
    assert kept.page("today").night_of == date(2026, 11, 20)


@pytest.mark.parametrize(("words", "now", "night_of"), [
    ("Log last night…", datetime(2026, 11, 21, 9, 0), date(2026, 11, 20)),
    ("Log this evening…", datetime(2026, 11, 21, 20, 0), date(2026, 11, 21)),
    ("Log this evening…", datetime(2026, 11, 21, 7, 0), date(2026, 11, 20)),  # the evening just slept after
])
def test_the_icons_log_entries_open_today_on_that_night(kept, clock, words, now, night_of):
    clock.now = now
    kept.show_page("journal")
    assert not kept.close()  # hidden, not closed
    assert not kept.isVisible()
    kept.app_tray.icon.action(words).trigger()
    assert kept.isVisible() and kept.current_page_name() == "today"
    assert kept.page("today").night_of == night_of


def test_the_night_a_tray_entry_is_about():
    assert asked_for(MORNING_REMINDER, datetime(2026, 11, 21, 0, 30)).night_of == date(2026, 11, 20)
    assert asked_for(EVENING_REMINDER, datetime(2026, 11, 21, 12, 0)).night_of == date(2026, 11, 21)
    assert asked_for(EVENING_REMINDER, datetime(2026, 11, 21, 11, 59)).night_of == date(2026, 11, 20)


def test_starting_the_app_again_shows_the_hidden_window(kept, service, qtbot):
    first = SingleInstance(service.paths)
    assert first.claim() is Claim.MINE
    assert first.serve(kept)
    assert not kept.close()  # hidden, not closed
    assert not kept.isVisible()
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert SingleInstance(service.paths).claim(wait_s=2) is Claim.FORWARDED
        assert kept.isVisible()
    finally:
        first.release()


# ---------------------------------------------------------------------- started at login

def test_started_hidden_with_a_tray_only_the_icon_shows(window, settings, monkeypatch, qtbot,
                                                        quit_setting_restored):  # noqa: F811
    window.hide()
    with_a_notification_area(monkeypatch)
    window.app_tray.make_tray = FakeTray
    set_keeps_running(settings, True)
    window.keep_in_tray.start_hidden()
    assert window.app_tray.icon.shown and not window.isVisible()
    window.app_tray.icon.action("Open Quiet Legs").trigger()
    assert window.isVisible()


def test_started_hidden_it_waits_for_a_late_panel(window, settings, monkeypatch, qtbot,
                                                  quit_setting_restored):  # noqa: F811
    window.hide()
    window.app_tray.make_tray = FakeTray
    set_keeps_running(settings, True)
    keep = window.keep_in_tray
    keep.wait_ms, keep.wait_tries = 0, 50
    panel = {"up": False}
    tries = []
    monkeypatch.setattr(tray_module, "tray_available", lambda: (tries.append(1), panel["up"])[1])
    keep.start_hidden()
    assert window.app_tray.icon is None
    qtbot.waitUntil(lambda: len(tries) >= 3)
    panel["up"] = True  # the desktop's panel came up after the app
    qtbot.waitUntil(lambda: window.app_tray.icon is not None and window.app_tray.icon.shown)
    assert not window.isVisible()


def test_started_hidden_without_any_tray_the_window_shows(window, settings, monkeypatch, qtbot):
    window.hide()
    with_a_notification_area(monkeypatch, False)
    set_keeps_running(settings, True)
    keep = window.keep_in_tray
    keep.wait_ms, keep.wait_tries = 0, 3
    keep.start_hidden()
    qtbot.waitUntil(window.isVisible)  # never left running with no way to reach it


def test_the_login_entry_is_heard_only_while_the_app_keeps_running_in_the_tray(settings):
    from quietlegs import app
    from quietlegs.services import autostart

    assert app.START_HIDDEN_ENV == autostart.START_HIDDEN_ENV
    env = {autostart.START_HIDDEN_ENV: "1"}
    assert not tray_module.starts_in_tray(settings, env)
    set_keeps_running(settings, True)
    assert tray_module.starts_in_tray(settings, env)
    assert not tray_module.starts_in_tray(settings, {})


def test_a_window_kept_hidden_overnight_shows_the_new_night_when_opened(kept, clock):
    today = kept.page("today")
    assert today.night_of == date(2026, 11, 20)  # the fixture's 07:20 on the 21st: last night
    assert not kept.close()
    clock.now = datetime(2026, 11, 22, 7, 30)  # the next morning, the app still running hidden
    kept.app_tray.icon.action("Open Quiet Legs").trigger()
    assert kept.isVisible()
    assert today.night_of == date(2026, 11, 21)


def test_a_click_on_the_still_running_message_is_not_taken_for_a_waiting_reminder(kept, settings, clock):
    set_reminder_time(settings, MORNING_REMINDER, time(8, 0))
    clock.now = datetime(2026, 11, 21, 9, 0)
    assert kept.reminders.check() is not None  # while the window is open
    kept.show_page("journal")
    assert not kept.close()
    assert kept.app_tray.icon.messages[-1][0] == "Quiet Legs is still running"
    kept.app_tray.icon.click_message()
    assert not kept.isVisible()  # that message only said where the app went
    kept.app_tray.icon.click()  # the icon: the reminder still waits, so its form
    assert kept.isVisible() and kept.current_page_name() == "today"
