"""services.opening on real files: one way in for every face, refusals that name the way out."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from quietlegs.services.opening import CHECK_MARK, CannotOpen, open_for_command, open_for_window
from quietlegs.storage.backup import list_backups, make_backup
from quietlegs.storage.lock import JournalLock

NOW = datetime(2026, 11, 21, 8, 0)


def swap_index_roots(journal, a="ix_symptoms_at", b="ix_interventions_at"):
    con = sqlite3.connect(journal)
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[b], a))
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[a], b))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_the_window_runs_the_full_check_on_the_first_start_of_each_day(demo_journal, data_paths):
    demo_journal.close()
    open_for_window(data_paths, NOW).close()
    assert (data_paths.root / CHECK_MARK).read_text().strip() == "2026-11-21"
    swap_index_roots(data_paths.journal)
    open_for_window(data_paths, NOW + timedelta(hours=2)).close()  # later that day: quick_check only
    with pytest.raises(CannotOpen) as refused:
        open_for_window(data_paths, NOW + timedelta(days=1))
    assert refused.value.kind == CannotOpen.DAMAGED and "missing from index" in refused.value.detail


def test_a_command_always_runs_the_full_check(demo_journal, data_paths):
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    demo_journal.close()
    swap_index_roots(data_paths.journal)
    with pytest.raises(CannotOpen) as refused:
        open_for_command(data_paths, NOW)
    assert refused.value.kind == CannotOpen.DAMAGED
    assert refused.value.good is not None and refused.value.good.made_at == NOW - timedelta(days=1)
    assert JournalLock(data_paths.lock).acquire()  # the refused command let go of the lock


def test_a_writing_command_is_busy_while_the_app_holds_the_journal(journal, data_paths):
    journal.close()
    app = JournalLock(data_paths.lock)
    assert app.acquire()
    try:
        with pytest.raises(CannotOpen) as refused:
            open_for_command(data_paths, NOW, writes=True)
        assert refused.value.kind == CannotOpen.BUSY
        open_for_command(data_paths, NOW).close()  # a reader shares
    finally:
        app.release()


def test_a_journal_from_a_newer_version_is_refused_with_the_way_out(journal, data_paths):
    make_backup(journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    journal.close()
    con = sqlite3.connect(data_paths.journal)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    with pytest.raises(CannotOpen) as refused:
        open_for_command(data_paths, NOW)
    assert refused.value.kind == CannotOpen.TOO_NEW and "newest good backup" in str(refused.value)
    assert len(list_backups(data_paths.backups)) == 1
