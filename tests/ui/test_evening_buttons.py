"""The evening's usual interventions: one click logs, another click takes it back; in the
morning they are about last evening, named with its date, never about the evening to come."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from quietlegs.domain.night_rule import Phase, nights_by_date, place_event
from quietlegs.domain.records import Intervention, Night

from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.services.evening import FIRST_START_KINDS

EVENING = datetime(2026, 11, 21, 20, 5)


def evening_page(service, clock, qtbot) -> TodayPage:
    """The Today page, shown at 20:05 on the day after the demo journal's last night."""
    clock.now = EVENING
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    return page


def tonights(service, kind):
    return [i for i in service.journal.interventions(datetime(2026, 11, 21, 12), datetime(2026, 11, 22, 12))
            if i.kind == kind]


def test_a_usual_evening_kind_is_logged_with_the_last_dose_and_unlogged_by_a_second_click(
        demo_journal, service, clock, qtbot):
    page = evening_page(service, clock, qtbot)
    assert page.night_of == EVENING.date()  # from 18:00 the page is about tonight
    buttons = page.evening.buttons
    assert "magnesium" in buttons and "warm_soak" in buttons  # habits of the demo journal
    last_dose = demo_journal.last_intervention("magnesium")

    qtbot.mouseClick(buttons["magnesium"], Qt.MouseButton.LeftButton)
    [logged] = tonights(service, "magnesium")
    assert logged.at == datetime(2026, 11, 21, 20, 5)
    assert (logged.amount, logged.unit) == (last_dose.amount, last_dose.unit)
    assert buttons["magnesium"].isChecked()
    assert page.intervention_model.rowCount() == 1  # and it shows in tonight's list

    clock.now = datetime(2026, 11, 21, 20, 9)
    qtbot.mouseClick(buttons["magnesium"], Qt.MouseButton.LeftButton)
    assert tonights(service, "magnesium") == []
    assert not buttons["magnesium"].isChecked()
    assert page.intervention_model.rowCount() == 0


def test_a_first_start_offers_a_few_common_evening_habits(page):
    assert list(page.evening.buttons) == list(FIRST_START_KINDS)
    assert page.evening.title.text() == "Last evening (Fri 20 Nov)"  # 07:20, before noon
    assert not any(b.isChecked() for b in page.evening.buttons.values())


def test_undo_of_a_quick_log_unchecks_its_button(page, service, clock, qtbot):
    clock.now = EVENING
    page.refresh()
    qtbot.mouseClick(page.evening.buttons["stretching"], Qt.MouseButton.LeftButton)
    assert page.evening.buttons["stretching"].isChecked()
    service.undo_stack.undo()
    assert not page.evening.buttons["stretching"].isChecked()
    assert tonights(service, "stretching") == []


PAST = date(2026, 11, 15)  # demo: ropinirole 19:50 and a warm soak 21:16 before bed, stretching 02:16 in the night


def evening_of(service, night_of):
    by_date = nights_by_date(service.journal.nights(night_of - timedelta(days=1), night_of + timedelta(days=1)))
    return [(i.kind, i.at) for i in service.journal.snapshot(night_of, night_of).interventions
            if place_event(i.at, by_date).phase is Phase.BEFORE_BED]


def test_a_past_night_shows_that_evening_and_a_click_logs_it_before_that_nights_bedtime(
        demo_journal, service, clock, qtbot):
    page = evening_page(service, clock, qtbot)
    assert page.evening.title.text() == "This evening"
    for _ in range(6):  # back to Sunday 15, night by night
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.night_of == PAST
    evening = page.evening
    assert evening.title.text() == "That evening"
    assert "Sun 15 Nov" in evening.explanation.text()
    # What was logged before that bedtime is checked; the stretch in the night is not.
    assert evening.buttons["ropinirole"].isChecked() and evening.buttons["warm_soak"].isChecked()
    assert not evening.buttons["stretching"].isChecked()
    assert "21:00" in evening.buttons["magnesium"].toolTip()

    qtbot.mouseClick(evening.buttons["magnesium"], Qt.MouseButton.LeftButton)
    assert ("magnesium", datetime(2026, 11, 15, 21, 0)) in evening_of(service, PAST)
    assert tonights(service, "magnesium") == []  # nothing lands in the evening that is now
    assert evening.buttons["magnesium"].isChecked()
    assert page.intervention_model.rowCount() == 4

    qtbot.mouseClick(evening.buttons["warm_soak"], Qt.MouseButton.LeftButton)  # taken back
    assert [k for k, _ in evening_of(service, PAST)] == ["ropinirole", "magnesium"]
    assert not evening.buttons["warm_soak"].isChecked()

    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.night_of == EVENING.date()
    assert evening.title.text() == "This evening"
    assert not evening.buttons["magnesium"].isChecked()


def test_an_early_bedtime_puts_a_past_evening_click_just_before_it(service, clock, qtbot):
    clock.now = EVENING
    night = Night(night_of=date(2026, 11, 10), in_bed=datetime(2026, 11, 10, 20, 30),
                  lights_out=datetime(2026, 11, 10, 20, 40), sleep_latency_min=10, awakenings=0,
                  wake_after_sleep_onset_min=0, final_wake=datetime(2026, 11, 11, 6, 0),
                  out_of_bed=datetime(2026, 11, 11, 6, 10))
    service.save_night(night)
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    page.show_night(date(2026, 11, 10))
    qtbot.mouseClick(page.evening.buttons["stretching"], Qt.MouseButton.LeftButton)
    assert evening_of(service, date(2026, 11, 10)) == [("stretching", datetime(2026, 11, 10, 20, 15))]


def test_a_kind_logged_that_evening_gets_a_checked_button_even_if_not_usual(service, clock, qtbot):
    clock.now = EVENING
    service.save_intervention(Intervention(at=datetime(2026, 11, 12, 20, 0), kind="iron", amount=65, unit="mg"))
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    page.show_night(date(2026, 11, 12))
    assert list(page.evening.buttons) == [*FIRST_START_KINDS, "iron"]
    assert page.evening.buttons["iron"].isChecked()


# ---------------------------------------------------------------------- in the morning (issue 10)

LAST_NIGHT = date(2026, 11, 20)  # the demo journal's last night: in bed 22:xx, up ~07:00 on Sat 21


def morning_page(service, clock, qtbot, at: datetime) -> TodayPage:
    clock.now = at
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_at_seven_a_click_logs_last_evening_never_tonight(demo_journal, service, clock, qtbot):
    """Defect B: at 07:00 a click on an evening button logged 07:01 against tonight, before bed."""
    page = morning_page(service, clock, qtbot, datetime(2026, 11, 21, 7, 0))
    evening = page.evening
    assert page.night_of == LAST_NIGHT
    assert evening.title.text() == "Last evening (Fri 20 Nov)"
    assert "Before bed on Fri 20 Nov" in evening.explanation.text()
    before = {k for k, _ in evening_of(service, LAST_NIGHT)}
    kind = next(slug for slug in evening.buttons if slug not in before)
    bedtime = demo_journal.night(LAST_NIGHT).in_bed
    assert "on Fri 20 Nov at" in evening.buttons[kind].toolTip()

    clock.now = datetime(2026, 11, 21, 7, 1)
    qtbot.mouseClick(evening.buttons[kind], Qt.MouseButton.LeftButton)
    assert tonights(service, kind) == []  # nothing lands on the evening to come
    [(_, at)] = [(k, at) for k, at in evening_of(service, LAST_NIGHT) if k == kind]
    assert at < bedtime and at.date() == LAST_NIGHT  # last evening, before bed
    assert evening.buttons[kind].isChecked()
    shown = [page.intervention_model.index(r, 1).data() for r in range(page.intervention_model.rowCount())]
    assert any(text.startswith(evening.buttons[kind].text()) for text in shown)  # on the night on screen

    evening.buttons[kind].setFocus()
    qtbot.keyClick(evening.buttons[kind], Qt.Key.Key_Space)  # the keyboard takes it back
    assert kind not in {k for k, _ in evening_of(service, LAST_NIGHT)}
    assert not evening.buttons[kind].isChecked()


def test_before_noon_with_last_night_unlogged_the_buttons_still_say_which_evening(service, clock, qtbot):
    page = morning_page(service, clock, qtbot, datetime(2026, 11, 21, 11, 59))
    assert page.evening.title.text() == "Last evening (Fri 20 Nov)"
    qtbot.mouseClick(page.evening.buttons["magnesium"], Qt.MouseButton.LeftButton)
    [item] = service.journal.interventions()
    assert item.at == datetime(2026, 11, 20, 21, 0)  # not 11:59, which a later diary entry would move

    clock.now = datetime(2026, 11, 21, 12, 0)  # from noon: this evening, logged as it happens
    page.refresh()
    assert page.evening.title.text() == "This evening"
    assert not page.evening.buttons["magnesium"].isChecked()
    qtbot.mouseClick(page.evening.buttons["stretching"], Qt.MouseButton.LeftButton)
    assert [i.at for i in tonights(service, "stretching")] == [datetime(2026, 11, 21, 12, 0)]


def test_after_a_night_that_ended_past_noon_the_buttons_wait_for_it_to_end(service, clock, qtbot):
    late = Night(night_of=LAST_NIGHT, in_bed=datetime(2026, 11, 21, 3, 0), lights_out=datetime(2026, 11, 21, 3, 0),
                 sleep_latency_min=10, awakenings=0, wake_after_sleep_onset_min=0,
                 final_wake=datetime(2026, 11, 21, 12, 50), out_of_bed=datetime(2026, 11, 21, 13, 0))
    service.save_night(late)
    page = morning_page(service, clock, qtbot, datetime(2026, 11, 21, 12, 30))
    assert page.evening.title.text() == "Last evening (Fri 20 Nov)"
    qtbot.mouseClick(page.evening.buttons["hydration"], Qt.MouseButton.LeftButton)
    assert [(k, at) for k, at in evening_of(service, LAST_NIGHT)] == [("hydration", datetime(2026, 11, 20, 21, 0))]
