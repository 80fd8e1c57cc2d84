"""Today tells calmly of a warning sign after a save, once per episode, and never nags."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from quietlegs.domain.records import Night, SymptomEvent
from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.settings import app_settings, dismissed_red_flags

LAST_NIGHT = date(2026, 11, 20)  # the conftest clock: the morning of 21 Nov


def _night(day: date) -> Night:
    bed = datetime.combine(day, datetime.min.time()) + timedelta(hours=23)
    return Night(night_of=day, in_bed=bed, lights_out=bed, sleep_latency_min=10, awakenings=1,
                 wake_after_sleep_onset_min=20, final_wake=bed + timedelta(hours=7),
                 out_of_bed=bed + timedelta(hours=7, minutes=10), legs_severity=6)


def _swollen_calf(day: date, side: str = "left") -> SymptomEvent:
    return SymptomEvent(at=datetime.combine(day + timedelta(days=1), datetime.min.time()) + timedelta(hours=2),
                        kind="swelling", severity=6, locations=(f"{side}_calf",), notes="red and warm")


def _long_cramp(day: date) -> SymptomEvent:
    return SymptomEvent(at=datetime.combine(day + timedelta(days=1), datetime.min.time()) + timedelta(hours=3),
                        kind="cramp", severity=8, duration_min=25)


@pytest.fixture
def today(service, clock, qtbot) -> TodayPage:
    service.save_night(_night(LAST_NIGHT))
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_nothing_to_raise_shows_no_prompt(today):
    assert not today.red_flags.isVisible()


def test_saving_a_swollen_red_warm_calf_shows_seek_care_today_at_once(today, service):
    service.save_symptom(_swollen_calf(LAST_NIGHT))
    banner = today.red_flags
    assert banner.isVisible()
    assert "seek care today" in banner.heading.text().lower()
    assert "clot" in banner.text.text()
    assert "20 Nov" in banner.when.text()


def test_noted_puts_the_episode_away_for_good_and_the_same_episode_does_not_bring_it_back(
        today, service, clock, qtbot):
    service.save_symptom(_swollen_calf(LAST_NIGHT))
    qtbot.mouseClick(today.red_flags.noted_button, Qt.MouseButton.LeftButton)
    assert not today.red_flags.isVisible()
    assert dismissed_red_flags(app_settings(service.paths)) == {f"one_leg_swelling:{LAST_NIGHT.isoformat()}"}
    # The next night the calf is swollen again: the same episode, no new prompt.
    clock.now += timedelta(days=1)
    service.save_night(_night(LAST_NIGHT + timedelta(days=1)))
    service.save_symptom(_swollen_calf(LAST_NIGHT + timedelta(days=1)))
    assert not today.red_flags.isVisible()
    # Opened again later (a new page, the same settings file): still put away.
    again = TodayPage(service, clock)
    qtbot.addWidget(again)
    again.show()
    assert not again.red_flags.isVisible()


def test_a_new_episode_a_week_later_is_shown_again(today, service, clock):
    service.save_symptom(_swollen_calf(LAST_NIGHT))
    today.red_flags.dismiss()
    later = LAST_NIGHT + timedelta(days=8)
    clock.now += timedelta(days=8)
    service.save_night(_night(later))
    service.save_symptom(_swollen_calf(later, "right"))
    assert today.red_flags.isVisible()
    assert today.red_flags.flag.night_of == later


def test_two_signs_are_shown_one_after_the_other_urgent_first(today, service, qtbot):
    service.save_symptom(_long_cramp(LAST_NIGHT))
    assert "doctor soon" in today.red_flags.heading.text()
    service.save_symptom(_swollen_calf(LAST_NIGHT))
    assert today.red_flags.flag.rule == "one_leg_swelling"
    assert "1 more" in today.red_flags.more.text()
    qtbot.mouseClick(today.red_flags.noted_button, Qt.MouseButton.LeftButton)
    assert today.red_flags.flag.rule == "cramp_over_10_min"
    assert today.red_flags.isVisible() and not today.red_flags.more.isVisible()


def test_a_sign_saved_while_today_is_hidden_shows_when_today_comes_back(today, service):
    today.hide()
    service.save_symptom(_long_cramp(LAST_NIGHT))
    assert today.daily_care.changes.stale
    today.show()
    assert today.red_flags.isVisible()


def test_undoing_the_save_takes_the_prompt_away(today, service):
    service.save_symptom(_swollen_calf(LAST_NIGHT))
    assert today.red_flags.isVisible()
    service.undo_stack.undo()
    assert not today.red_flags.isVisible()


def test_a_sign_older_than_two_weeks_is_not_prompted(service, clock, qtbot):
    old = LAST_NIGHT - timedelta(days=20)
    service.save_night(_night(old))
    service.save_symptom(_swollen_calf(old))
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    assert not page.red_flags.isVisible()
