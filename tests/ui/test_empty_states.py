"""First start, with an empty journal: each page says what will appear there and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_an_empty_journal_page_says_how_to_log_the_first_night_and_hides_the_empty_table(qtbot, window):
    page = window.show_page("journal")
    qtbot.waitUntil(lambda: page.loaded)
    assert not page.reading.isVisible()
    assert page.empty_state.isVisible()
    assert not page.table.isVisible()
    said = page.empty_state.text()
    assert "No nights logged yet" in said
    assert "Today page (Ctrl+1)" in said
    assert "File → Import…" in said


def test_the_journal_page_empty_state_link_opens_the_today_page(qtbot, window):
    page = window.show_page("journal")
    qtbot.waitUntil(lambda: page.loaded)
    page.empty_state.follow("page:today")
    assert window.current_page_name() == "today"


def test_the_journal_shows_its_table_once_a_night_is_logged(qtbot, window, demo_data):
    page = window.show_page("journal")
    window.service.import_data(demo_data)
    qtbot.waitUntil(lambda: page.table.isVisible())
    assert not page.empty_state.isVisible()


def test_empty_insights_say_what_will_appear_instead_of_a_blank_chart(qtbot, window):
    page = window.show_page("insights")
    with qtbot.waitSignal(page.ready, timeout=30_000):
        pass
    assert page.empty_state.isVisible()
    assert not page.tabs.isVisible()
    said = page.empty_state.text()
    assert "Nothing to compare yet" in said and "Today page (Ctrl+1)" in said


def test_insights_show_their_charts_once_there_are_nights(qtbot, window, demo_data):
    page = window.show_page("insights")
    with qtbot.waitSignal(page.ready, timeout=30_000):
        window.service.import_data(demo_data)
    qtbot.waitUntil(lambda: page.tabs.isVisible(), timeout=30_000)
    assert not page.empty_state.isVisible()


def test_no_appointments_yet_says_how_to_prepare_one(qtbot, window):
    page = window.show_page("appointments")
    assert page.empty_state.isVisible()
    assert not page.table.isVisible()
    assert "Save (Ctrl+S)" in page.empty_state.text()
    page.with_whom.setFocus()
    qtbot.keyClicks(page.with_whom, "Dr Okafor")
    qtbot.keyClick(page.with_whom, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.isVisible())
    assert not page.empty_state.isVisible()

