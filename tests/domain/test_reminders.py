"""Reminders: due in their window, once per night, quiet once logged or snoozed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER, Reminder, due

NINE_PM, EIGHT_AM = time(21, 0), time(8, 0)


def never_logged(reminder):
    return False


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 11, 20, 20, 59), None),
    (datetime(2026, 11, 20, 21, 0), Reminder(EVENING_REMINDER, date(2026, 11, 20))),
    (datetime(2026, 11, 20, 23, 59), Reminder(EVENING_REMINDER, date(2026, 11, 20))),
    (datetime(2026, 11, 21, 0, 5), None),  # after midnight the evening is over: no late nag
])
def test_the_evening_reminder_is_due_from_its_time_until_midnight(now, expected):
    assert due(EVENING_REMINDER, NINE_PM, now, set(), None, never_logged) == expected


def test_a_reminder_at_23_59_fires_at_23_59():
    assert due(EVENING_REMINDER, time(23, 59), datetime(2026, 11, 20, 23, 59), set(), None, never_logged)


@pytest.mark.parametrize("now, expected", [
    (datetime(2026, 11, 21, 7, 59), None),
    (datetime(2026, 11, 21, 8, 0), Reminder(MORNING_REMINDER, date(2026, 11, 20))),
    (datetime(2026, 11, 21, 17, 59), Reminder(MORNING_REMINDER, date(2026, 11, 20))),
    (datetime(2026, 11, 21, 18, 0), None),  # from 18:00 a check-in is about tonight
])
def test_the_morning_reminder_asks_about_last_night_until_the_evening(now, expected):
    assert due(MORNING_REMINDER, EIGHT_AM, now, set(), None, never_logged) == expected


def test_quiet_once_logged_once_fired_while_snoozed_or_when_not_set():
    now = datetime(2026, 11, 20, 21, 30)
    asked = []
    assert due(EVENING_REMINDER, NINE_PM, now, set(), None, lambda r: asked.append(r) or True) is None
    assert asked == [Reminder(EVENING_REMINDER, date(2026, 11, 20))]  # asked about tonight
    fired = {Reminder(EVENING_REMINDER, date(2026, 11, 20))}
    assert due(EVENING_REMINDER, NINE_PM, now, fired, None, never_logged) is None
    assert due(EVENING_REMINDER, NINE_PM, now, set(), datetime(2026, 11, 20, 21, 45), never_logged) is None
    assert due(EVENING_REMINDER, NINE_PM, datetime(2026, 11, 20, 21, 45), set(), datetime(2026, 11, 20, 21, 45),
               never_logged) is not None
    assert due(EVENING_REMINDER, None, now, set(), None, never_logged) is None


def test_the_journal_is_not_read_outside_the_window():
    def must_not_read(reminder):
        raise AssertionError("read the journal outside the window")

    assert due(EVENING_REMINDER, NINE_PM, datetime(2026, 11, 20, 12, 0), set(), None, must_not_read) is None
