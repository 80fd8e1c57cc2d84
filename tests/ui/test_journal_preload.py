"""The Journal page reads the journal in the background after start-up, and what changes
while it reads still shows correctly when it arrives."""

from __future__ import annotations

import threading
from datetime import date

from journal_helpers import NIGHT_OF, cramp_night
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.journal_page import JournalPage
from quietlegs.ui.window_factory import build_main_window


def _stale_first_read(journal):
    """The first snapshot the journal hands out is the one taken now: a read that began before
    the changes the test makes next (the race a slow background read runs)."""
    stale = journal.snapshot()
    real = journal.snapshot
    calls = []

    def snapshot(*args, **kwargs):
        calls.append(args)
        return stale if len(calls) == 1 else real(*args, **kwargs)

    journal.snapshot = snapshot
    return calls


def test_the_journal_page_is_read_in_the_background_before_its_first_visit(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    window = build_main_window(JournalService(journal, data_paths))
    qtbot.addWidget(window)
    window.show()
    page = window.page("journal")
    assert not page.isVisible()
    qtbot.waitUntil(lambda: page._loaded, timeout=10_000)  # without ever being shown
    assert page.model.rowCount() == 2
    window.show_page("journal")
    assert page.table.model().index(0, 0).data() == "Tue 10 Mar 2026"
    assert page.detail.night_of == NIGHT_OF


def test_a_night_deleted_while_the_journal_is_read_is_gone_when_the_read_arrives(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    service = JournalService(journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    calls = _stale_first_read(journal)
    page.show()  # shown: the page applies changes as they come (hidden, it would wait to be shown)
    page.preload()
    service.delete_night(journal.night(NIGHT_OF))  # announced before the read is taken
    qtbot.waitUntil(lambda: page._loaded, timeout=10_000)
    assert calls  # the stale read was the one used
    assert page.model.rowCount() == 1 and page.model.row_of(NIGHT_OF) == -1
    assert page.index.entries[NIGHT_OF].row is None  # its events stay, the diary is gone
    service.undo_stack.undo()
    assert page.model.row_of(NIGHT_OF) >= 0
    assert page.table.model().index(0, 0).data() == "Tue 10 Mar 2026"  # newest first, back on top


def test_a_change_of_unknown_extent_while_reading_reads_again(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    service = JournalService(journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    _stale_first_read(journal)
    page.show()
    page.preload()
    journal.delete_night(journal.night(date(2026, 3, 9)).id)
    service.announce()  # e.g. an import or a restore: anything may have changed
    qtbot.waitUntil(lambda: page._loaded, timeout=10_000)
    assert page.model.rowCount() == 1 and page.model.row_of(date(2026, 3, 9)) == -1


def _slow_reads(journal):
    """Every whole-journal read waits until the returned event is set (a long journal's read)."""
    go = threading.Event()
    real = journal.snapshot

    def snapshot(*args, **kwargs):
        if not args and not kwargs:
            go.wait(10)
        return real(*args, **kwargs)

    journal.snapshot = snapshot
    return go


def test_showing_the_page_while_it_is_read_says_so_at_once_and_fills_it_when_the_read_arrives(
        qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    go = _slow_reads(journal)
    page = JournalPage(JournalService(journal, data_paths))
    qtbot.addWidget(page)
    page.preload()
    page.show()  # does not wait for the read
    assert not page.loaded
    assert page.reading.isVisible() and page.reading.text() == "Reading your nights…"
    assert not page.table.isVisible() and not page.empty_state.isVisible()
    go.set()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert not page.reading.isVisible() and page.table.isVisible()
    assert page.table.model().index(0, 0).data() == "Tue 10 Mar 2026"
    assert page.detail.night_of == NIGHT_OF
    assert page.count_label.text() == "2 nights"


def test_a_night_opened_from_insights_while_the_journal_is_read_opens_when_it_arrives(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    go = _slow_reads(journal)
    window = build_main_window(JournalService(journal, data_paths))
    qtbot.addWidget(window)
    window.show()
    window.show_page("journal").open_night(date(2026, 3, 9))  # as a click on an Insights chart does
    page = window.page("journal")
    assert page.reading.isVisible()
    go.set()
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.detail.night_of == date(2026, 3, 9)
    assert page.table.currentIndex().data() == "Mon 9 Mar 2026"


def test_a_small_journal_shows_its_nights_on_the_first_visit_without_a_reading_note(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    page = JournalPage(JournalService(journal, data_paths))
    qtbot.addWidget(page)
    page.preload()
    page._reading.result(timeout=10)  # the read is done, its answer not yet taken
    page.show()
    assert page.loaded and page.model.rowCount() == 2
    assert not page.reading.isVisible()


def test_the_background_read_never_asks_qts_translators_and_still_names_kinds_in_the_language(
        qtbot, qapp, journal, data_paths):
    """The read names thousands of kinds off the UI thread: it takes the built-in names, asked for
    once on the UI thread, with it (it asked for all 22 built-in names again for every kind of
    every night, from its thread)."""
    from PySide6.QtCore import QTranslator

    from quietlegs.domain.demo_journal import generate_demo_journal

    off_ui_thread = []

    class Marking(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "Kinds" and threading.current_thread() is not threading.main_thread():
                off_ui_thread.append(source)
            return f"«{source}»" if context == "Kinds" and source == "Magnesium" else None

        def isEmpty(self) -> bool:
            return False

    journal.import_data(generate_demo_journal(date(2026, 11, 20), nights=30))
    translator = Marking()
    qapp.installTranslator(translator)
    try:
        window = build_main_window(JournalService(journal, data_paths))
        qtbot.addWidget(window)
        page = window.page("journal")
        qtbot.waitUntil(lambda: page._loaded, timeout=10_000)
        texts = [page.model.index(r, c).data() or "" for r in range(page.model.rowCount())
                 for c in range(page.model.columnCount())]
    finally:
        qapp.removeTranslator(translator)
    assert off_ui_thread == []
    assert any("«Magnesium»" in t for t in texts)  # the language's name, not the English one
