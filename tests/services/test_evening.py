"""The evening read model, without any window: which evening the buttons are about at a moment,
what was logged before its bedtime, and when a click logs."""

from __future__ import annotations

from datetime import date, datetime

from quietlegs.domain.night_rule import Phase, nights_by_date, place_event
from quietlegs.services.evening import FIRST_START_KINDS, evening_now, evening_of

LAST_NIGHT = date(2026, 11, 20)  # the demo journal's last night


def test_at_seven_the_evening_is_last_nights_and_a_click_lands_before_its_bedtime(demo_journal):
    evening = evening_now(demo_journal, datetime(2026, 11, 21, 7, 0))
    assert (evening.night_of, evening.tonight) == (LAST_NIGHT, False)
    nights = nights_by_date(demo_journal.nights())
    assert place_event(evening.log_at, nights).night_of == LAST_NIGHT
    assert place_event(evening.log_at, nights).phase is Phase.BEFORE_BED
    assert evening.logged and all(place_event(i.at, nights).night_of == LAST_NIGHT for i in evening.logged)
    assert "magnesium" in evening.usual  # a habit of the demo journal


def test_in_the_evening_it_is_tonight_and_a_click_logs_the_moment(demo_journal):
    evening = evening_now(demo_journal, datetime(2026, 11, 21, 20, 5, 31))
    assert (evening.night_of, evening.tonight) == (date(2026, 11, 21), True)
    assert evening.log_at == datetime(2026, 11, 21, 20, 5)
    assert evening.logged == ()


def test_a_past_evening_offers_the_habits_of_its_own_time(journal):
    evening = evening_of(journal, date(2026, 11, 12), datetime(2026, 11, 21, 20, 5))
    assert not evening.tonight
    assert evening.usual == FIRST_START_KINDS  # nothing logged yet: a few common habits
    assert evening.log_at == datetime(2026, 11, 12, 21, 0)
