"""Before the app's process ends at once, a write still under way on another thread finishes."""

import sqlite3
import threading
import time

from quietlegs.storage.pending_writes import wait_for_pending_write


def test_waits_until_a_write_under_way_has_committed(tmp_path):
    path = tmp_path / "journal.sqlite3"
    writer = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE night (id INTEGER)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO night VALUES (1)")
    committed = []

    def finish() -> None:
        time.sleep(0.3)
        writer.execute("COMMIT")
        committed.append(True)

    threading.Thread(target=finish).start()
    assert wait_for_pending_write(path) is True
    assert committed == [True]
    assert sqlite3.connect(str(path)).execute("SELECT count(*) FROM night").fetchone() == (1,)


def test_says_so_when_a_write_outlasts_the_wait(tmp_path):
    path = tmp_path / "journal.sqlite3"
    writer = sqlite3.connect(str(path), isolation_level=None)
    writer.execute("CREATE TABLE night (id INTEGER)")
    writer.execute("BEGIN IMMEDIATE")
    assert wait_for_pending_write(path, timeout_s=0.1) is False
    writer.execute("ROLLBACK")
    assert wait_for_pending_write(path, timeout_s=0.1) is True


def test_a_journal_that_does_not_exist_has_nothing_pending(tmp_path):
    assert wait_for_pending_write(tmp_path / "none.sqlite3") is True
    assert not (tmp_path / "none.sqlite3").exists()
