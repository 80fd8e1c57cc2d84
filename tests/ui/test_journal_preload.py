"""The Journal page reads the journal in the background after start-up, and what changes
while it reads still shows correctly when it arrives."""

from __future__ import annotations

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
    page.preload()
    service.delete_night(journal.night(NIGHT_OF))  # announced before the read is taken
    qtbot.waitUntil(lambda: page._loaded, timeout=10_000)
    assert calls  # the stale read was the one used
    assert page.model.rowCount() == 1 and page.model.row_of(NIGHT_OF) == -1
    assert page.index.entries[NIGHT_OF].row is None  # its events stay, the diary is gone
    service.undo_stack.undo()
    assert page.model.row_of(NIGHT_OF) == 1


def test_a_change_of_unknown_extent_while_reading_reads_again(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    service = JournalService(journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    _stale_first_read(journal)
    page.preload()
    journal.delete_night(journal.night(date(2026, 3, 9)).id)
    service.announce()  # e.g. an import or a restore: anything may have changed
    qtbot.waitUntil(lambda: page._loaded, timeout=10_000)
    assert page.model.rowCount() == 1 and page.model.row_of(date(2026, 3, 9)) == -1


def test_showing_the_page_while_it_is_read_waits_for_the_read(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    page = JournalPage(JournalService(journal, data_paths))
    qtbot.addWidget(page)
    page.preload()
    page.show()  # at once, before the worker's answer has come through the event loop
    assert page._loaded and page.model.rowCount() == 2
    assert page.detail.night_of == NIGHT_OF
