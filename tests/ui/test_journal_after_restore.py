"""After a backup is restored, the Journal page reads the restored journal (the one the
service reopened), never the closed one it was built with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import event

from journal_helpers import NIGHT_OF, cramp_night, wait_loaded
from quietlegs.storage.backup import make_backup
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.journal_index import JournalIndex
from quietlegs.ui.pages.journal_page import JournalPage

NOW = datetime(2026, 3, 12, 8, 0)


def _reopenings(journal) -> list:
    """Each time the (closed) ``journal`` opens a database connection again from now on."""
    opened = []
    event.listen(journal.engine, "connect", lambda *_: opened.append(1))
    return opened


def test_the_index_reads_the_journal_the_service_holds_after_a_restore(journal, data_paths):
    journal.import_data(cramp_night())
    backup = make_backup(journal.path, data_paths.backups, NOW, "daily")
    service = JournalService(journal, data_paths)
    index = JournalIndex(lambda: service.journal)
    service.delete_night(journal.night(NIGHT_OF))
    index.load()
    assert index.entries[NIGHT_OF].row is None
    service.restore_backup(backup)
    assert service.journal is not journal
    reopened = _reopenings(journal)
    index.load()
    assert index.entries[NIGHT_OF].row is not None  # the restored night, read through the new journal
    changes = index.reload_nights(frozenset({NIGHT_OF}))
    assert changes == {}
    assert not reopened  # the closed journal was never read again
    service.journal.close()


def test_the_journal_page_shows_the_restored_nights_and_keeps_following_edits(qtbot, journal, data_paths):
    journal.import_data(cramp_night())
    backup = make_backup(journal.path, data_paths.backups, NOW, "daily")
    service = JournalService(journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    service.delete_night(journal.night(NIGHT_OF))
    assert page.model.row_of(NIGHT_OF) == -1
    reopened = _reopenings(journal)
    service.restore_backup(backup)  # the old journal is closed; the page must not read through it
    qtbot.waitUntil(lambda: page.model.row_of(NIGHT_OF) >= 0, timeout=10_000)
    assert page.count_label.text() == "2 nights"
    service.delete_night(service.journal.night(NIGHT_OF))  # a few nights reloaded: from the new journal
    assert page.model.row_of(NIGHT_OF) == -1 and page.count_label.text() == "1 night"
    assert not reopened
    service.journal.close()
