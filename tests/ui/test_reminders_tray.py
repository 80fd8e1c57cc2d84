"""Reminders from a tray icon (a stand-in tray here): once, quiet when logged, snoozable, and a
click opens Today on the night it is about."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from quietlegs.domain.records import Intervention, Night
from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER, Reminder
from quietlegs.ui.dialogs.reminders_dialog import RemindersDialog
from quietlegs.ui.reminders import Reminders, reminder_time, set_reminder_time
from quietlegs.ui.settings import app_settings

from translation_helpers import german
from tray_helpers import FakeTray, with_a_notification_area

EVENING = datetime(2026, 11, 20, 21, 5)


@pytest.fixture
def settings(service):
    s = app_settings(service.paths)
    set_reminder_time(s, EVENING_REMINDER, time(21, 0))
    set_reminder_time(s, MORNING_REMINDER, time(8, 0))
    return s


@pytest.fixture
def reminders(service, clock, settings, monkeypatch, qapp):
    with_a_notification_area(monkeypatch)
    clock.now = EVENING
    r = Reminders(service, clock, settings, make_tray=FakeTray)
    yield r
    r.timer.stop()


def _night(day: date) -> Night:
    bed = datetime.combine(day, time(23, 0))
    return Night(night_of=day, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=0,
                 wake_after_sleep_onset_min=0, final_wake=bed + timedelta(hours=7), out_of_bed=bed + timedelta(hours=7))


def test_the_evening_reminder_comes_once_from_the_tray(reminders):
    assert reminders.check() == Reminder(EVENING_REMINDER, date(2026, 11, 20))
    assert reminders.tray.shown and len(reminders.tray.messages) == 1
    assert "Nothing is logged for this evening yet" in reminders.tray.messages[0][1]
    assert reminders.check() is None and len(reminders.tray.messages) == 1


def test_it_stays_quiet_once_tonights_remedies_are_logged(reminders, service):
    service.save_intervention(Intervention(at=datetime(2026, 11, 20, 20, 30), kind="magnesium", amount=300, unit="mg"))
    assert reminders.check() is None
    assert reminders.tray is None  # no tray icon was ever needed


def test_the_morning_reminder_asks_about_last_night_until_it_is_logged(reminders, service, clock):
    clock.now = datetime(2026, 11, 21, 8, 30)
    service.save_night(_night(date(2026, 11, 19)))
    assert reminders.check() == Reminder(MORNING_REMINDER, date(2026, 11, 20))
    assert "The night of Fri 20 Nov is not logged yet" in reminders.tray.messages[-1][1]


def test_snoozed_it_asks_again_after_half_an_hour_if_still_not_logged(reminders, clock):
    reminders.check()
    reminders.snooze()
    clock.now += timedelta(minutes=10)
    assert reminders.check() is None
    clock.now += timedelta(minutes=21)
    assert reminders.check() == Reminder(EVENING_REMINDER, date(2026, 11, 20))
    assert len(reminders.tray.messages) == 2


def test_a_reminder_switched_off_never_comes(reminders, settings):
    set_reminder_time(settings, EVENING_REMINDER, None)
    assert reminders.check() is None


def test_without_a_tray_the_window_shows_the_reminder_and_a_click_opens_today(window, clock, settings, monkeypatch):
    with_a_notification_area(monkeypatch, False)
    clock.now = EVENING
    window.reminders.check()
    assert "Tonight's remedies" in window.statusBar().currentMessage()
    window.show_page("journal")
    window.reminders.open_requested.emit(Reminder(MORNING_REMINDER, date(2026, 11, 18)))
    today = window.page("today")
    assert window.current_page_name() == "today"
    assert today.night_of == date(2026, 11, 18)


def test_the_dialog_sets_and_clears_the_times(settings, qtbot):
    dialog = RemindersDialog(settings)
    qtbot.addWidget(dialog)
    dialog.enabled[MORNING_REMINDER].setChecked(False)
    dialog.times[EVENING_REMINDER].setTime(dialog.times[EVENING_REMINDER].time().addSecs(-3600))
    dialog.accept()
    assert reminder_time(settings, EVENING_REMINDER) == time(20, 0)
    assert reminder_time(settings, MORNING_REMINDER) is None


def test_the_morning_reminder_names_the_night_as_the_windows_language_writes_a_day(reminders, clock, tmp_path):
    said = {"Reminders": [("The night of {0} is not logged yet. Click to log it.",
                           "Die Nacht vom {0} ist noch nicht erfasst. Zum Erfassen klicken.")]}
    clock.now = datetime(2026, 11, 21, 8, 30)
    with german(tmp_path, said):
        reminders.check()
    assert reminders.tray.messages[-1][1] == "Die Nacht vom Fr., 20. Nov. ist noch nicht erfasst. Zum Erfassen klicken."
