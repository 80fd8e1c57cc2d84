"""The morning check-in, driven as a person would: by keyboard, on a real journal file."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit

from quietlegs.domain.records import Night
from quietlegs.storage.journal_file import open_journal
from quietlegs.services.today import usual_night

LAST_NIGHT = date(2026, 11, 20)


def type_into(qtbot, widget, text: str) -> None:
    """Type over a field's value, as after tabbing into it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(widget, QDateTimeEdit):
        widget.setSelectedSection(QDateTimeEdit.Section.HourSection)
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def fill_by_keyboard(qtbot, page, values: list[str]) -> None:
    """Start in the first field and type each value followed by Tab, as a person would."""
    form = page.form
    form.focus_first()
    for value in values:
        focused = page.focusWidget()
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)


def test_the_page_is_about_last_night_and_greets_a_first_start(page):
    assert page.night_of == LAST_NIGHT
    assert "Fri 20 Nov" in page.subtitle.text()
    assert page.banner.isVisible()
    assert "Welcome" in page.banner_text.text()


def test_a_night_typed_by_keyboard_and_saved_with_enter_is_in_the_journal_file(page, qtbot, data_paths):
    fill_by_keyboard(qtbot, page, ["2310", "2330", "20", "2", "35", "0630", "0650", "3", "2", "6"])
    notes = page.focusWidget()
    assert notes is page.form.notes
    qtbot.keyClicks(notes, "Calf cramp after the long drive")
    qtbot.keyClick(notes, Qt.Key.Key_Return)

    assert page.form.status.text()  # "Saved ✓"
    reopened = open_journal(data_paths.journal)
    try:
        night = reopened.night(LAST_NIGHT)
    finally:
        reopened.close()
    assert night is not None
    assert night.in_bed == datetime(2026, 11, 20, 23, 10)
    assert night.lights_out == datetime(2026, 11, 20, 23, 30)
    assert (night.sleep_latency_min, night.awakenings, night.wake_after_sleep_onset_min) == (20, 2, 35)
    assert night.final_wake == datetime(2026, 11, 21, 6, 30)
    assert night.out_of_bed == datetime(2026, 11, 21, 6, 50)
    assert (night.quality, night.rested, night.legs_severity) == (3, 2, 6)
    assert night.notes == "Calf cramp after the long drive"
    assert not page.banner.isVisible()


def test_derived_figures_follow_the_typing(page, qtbot):
    form = page.form
    form.fields["in_bed"].setTime(QTime(23, 0))
    form.fields["lights_out"].setTime(QTime(23, 0))
    form.fields["sleep_latency_min"].setValue(30)
    form.fields["wake_after_sleep_onset_min"].setValue(30)
    form.fields["final_wake"].setTime(QTime(7, 0))
    form.fields["out_of_bed"].setTime(QTime(7, 0))
    assert form.derived["tib"].text() == "8 h 00 min"
    assert form.derived["tst"].text() == "7 h 00 min"
    assert form.derived["se"].text() == "88 %"
    type_into(qtbot, form.fields["wake_after_sleep_onset_min"], "90")
    assert form.derived["tst"].text() == "6 h 00 min"
    assert form.derived["se"].text() == "75 %"


def test_a_wake_time_before_lights_out_is_explained_beside_the_wake_field_and_nothing_is_saved(page, qtbot, service):
    form = page.form
    form.fields["lights_out"].setTime(QTime(23, 30))
    type_into(qtbot, form.fields["final_wake"], "2245")
    qtbot.keyClick(form.fields["final_wake"], Qt.Key.Key_Return)

    message = form.messages["final_wake"]
    assert message.isVisible()
    assert "before lights out" in message.text()
    assert "22:45" in message.text() and "23:30" in message.text()
    assert service.journal.night(LAST_NIGHT) is None
    assert form.derived["tst"].text() == "—"

    # Put right, the message goes as the user types, and the night saves.
    type_into(qtbot, form.fields["final_wake"], "0645")
    assert not message.isVisible()
    qtbot.keyClick(form.fields["final_wake"], Qt.Key.Key_Return)
    assert service.journal.night(LAST_NIGHT).final_wake == datetime(2026, 11, 21, 6, 45)


def test_too_many_minutes_awake_for_the_night_are_explained_beside_the_wake_field(page, qtbot, service):
    form = page.form
    form.fields["lights_out"].setTime(QTime(23, 0))
    form.fields["final_wake"].setTime(QTime(1, 0))
    form.fields["out_of_bed"].setTime(QTime(7, 0))
    form.fields["sleep_latency_min"].setValue(100)
    form.fields["wake_after_sleep_onset_min"].setValue(60)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "too early" in form.messages["final_wake"].text()
    assert service.journal.night(LAST_NIGHT) is None


def test_times_after_midnight_land_on_the_next_date(page, qtbot, service):
    form = page.form
    type_into(qtbot, form.fields["in_bed"], "0040")
    type_into(qtbot, form.fields["lights_out"], "0110")
    type_into(qtbot, form.fields["final_wake"], "0800")
    type_into(qtbot, form.fields["out_of_bed"], "0815")
    assert form.dates["in_bed"].text() == "Sat 21 Nov"
    qtbot.keyClick(form.fields["out_of_bed"], Qt.Key.Key_Return)
    night = service.journal.night(LAST_NIGHT)
    assert night.in_bed == datetime(2026, 11, 21, 0, 40)
    assert night.lights_out == datetime(2026, 11, 21, 1, 10)
    assert night.out_of_bed == datetime(2026, 11, 21, 8, 15)


def test_a_night_overlapping_the_one_before_is_explained_beside_the_bedtime(page, qtbot, service):
    service.journal.save_night(Night(
        night_of=date(2026, 11, 19), in_bed=datetime(2026, 11, 19, 23, 0),
        lights_out=datetime(2026, 11, 19, 23, 10), sleep_latency_min=10, awakenings=0,
        wake_after_sleep_onset_min=0, final_wake=datetime(2026, 11, 20, 13, 0),
        out_of_bed=datetime(2026, 11, 20, 14, 0)))
    form = page.form
    type_into(qtbot, form.fields["in_bed"], "1330")
    type_into(qtbot, form.fields["lights_out"], "2300")
    qtbot.keyClick(form.fields["lights_out"], Qt.Key.Key_Return)
    assert "overlaps the night of Thu 19 Nov" in form.messages["in_bed"].text()
    assert service.journal.night(LAST_NIGHT) is None


def test_a_new_night_is_prefilled_from_the_recent_nights(demo_journal, service, clock, qtbot):
    from quietlegs.ui.pages.today_page import TodayPage

    clock.now = datetime(2026, 11, 22, 7, 0)  # the night of 21 Nov is not logged yet
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    assert page.night_of == date(2026, 11, 21)
    usual = usual_night(demo_journal.recent_nights(14, before=date(2026, 11, 21)))
    times = page.form.clock_times()
    assert times["in_bed"] == usual.in_bed
    assert times["final_wake"] == usual.final_wake
    assert page.form.fields["sleep_latency_min"].value() == usual.sleep_latency_min
    assert not page.banner.isVisible()
    # A usual bedtime in a demo journal around 22:40 (never noon from averaging across midnight).
    assert time(21, 30) <= usual.in_bed <= time(23, 59)


def test_an_empty_journal_starts_with_calm_defaults(page):
    times = page.form.clock_times()
    assert times["in_bed"] == time(22, 30)
    assert times["final_wake"] == time(6, 30)


def test_prefill_averages_bedtimes_across_midnight():
    def night(d: int, bed: datetime) -> Night:
        return Night(night_of=date(2026, 1, d), in_bed=bed, lights_out=bed, sleep_latency_min=0,
                     awakenings=0, wake_after_sleep_onset_min=0, final_wake=datetime(2026, 1, d + 1, 7),
                     out_of_bed=datetime(2026, 1, d + 1, 7))
    usual = usual_night([night(1, datetime(2026, 1, 1, 23, 50)), night(2, datetime(2026, 1, 3, 0, 10)),
                         night(3, datetime(2026, 1, 4, 0, 0))])
    assert usual.in_bed == time(0, 0)


def test_a_stored_night_is_shown_for_editing_and_saved_in_place(demo_journal, service, clock, qtbot):
    from quietlegs.ui.pages.today_page import TodayPage

    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.show()
    stored = demo_journal.night(LAST_NIGHT)
    assert page.form.loaded == stored
    assert page.form.save_button.text() == "Save changes"
    type_into(qtbot, page.form.fields["legs_severity"], "9")
    qtbot.keyClick(page.form.fields["legs_severity"], Qt.Key.Key_Return)
    edited = demo_journal.night(LAST_NIGHT)
    assert edited.id == stored.id and edited.legs_severity == 9
    assert edited.in_bed == stored.in_bed


def test_ctrl_s_saves_and_undo_in_the_edit_menu_removes_the_just_saved_night(window, service, qtbot):
    page = window.page("today")
    page.form.focus_first()
    qtbot.keyClick(page.form.fields["in_bed"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert service.journal.night(LAST_NIGHT) is not None

    undo = next(a for a in window.menu("&Edit").actions() if a.shortcut().toString() == "Ctrl+Z")
    assert undo.isEnabled()
    undo.trigger()
    assert service.journal.night(LAST_NIGHT) is None
    assert page.form.loaded is None
    assert page.form.save_button.text() == "Save night"


def test_picking_another_date_shows_that_night(demo_journal, page, qtbot):
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.night_of == date(2026, 11, 19)
    assert page.form.loaded == demo_journal.night(date(2026, 11, 19))
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.night_of == LAST_NIGHT
