import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from quietlegs.storage.backup import list_backups, make_backup, newest_sound_backup, thin_backups
from quietlegs.storage.errors import JournalDamaged, StorageError
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.quarantine import move_aside, set_aside_orphans
from quietlegs.storage.restore import restore_backup

NOW = datetime(2026, 11, 21, 8, 0)


def test_backups_list_their_date_and_nights_newest_first(demo_journal, data_paths):
    total = demo_journal.counts()["nights"]
    first = make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    demo_journal.delete_night(demo_journal.nights()[-1].id)
    make_backup(demo_journal.path, data_paths.backups, NOW, "on-close")
    listed = list_backups(data_paths.backups)
    assert [b.made_at for b in listed] == [NOW, NOW - timedelta(days=1)]
    assert [b.nights for b in listed] == [total - 1, total]
    assert listed[0].reason_label == "on closing"
    assert listed[1].path == first


def test_backups_are_private_even_under_a_loose_umask(demo_journal, data_paths):
    old = os.umask(0o022)
    try:
        path = make_backup(demo_journal.path, data_paths.backups, NOW, "manual")
    finally:
        os.umask(old)
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(data_paths.backups).st_mode) == 0o700


def test_thinning_deletes_only_what_the_rotation_drops_and_leaves_other_files(demo_journal, data_paths):
    for d in range(30):
        make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=d), "daily")
    mine = data_paths.backups / "my-own-copy.sqlite3"
    mine.write_bytes(b"x")
    removed = thin_backups(data_paths.backups, NOW)
    left = list_backups(data_paths.backups)
    assert len(removed) + len(left) == 30
    assert len(left) < 30 and left[0].made_at == NOW
    assert mine.exists()


def test_a_damaged_journal_is_never_backed_up(tmp_path):
    bad = tmp_path / "journal.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(JournalDamaged):
        make_backup(bad, tmp_path / "backups", NOW, "daily")
    assert not list_backups(tmp_path / "backups")


def test_restore_backs_up_the_current_journal_first_and_puts_the_backup_in_place(demo_journal, data_paths):
    backup = make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(hours=1), "daily")
    total = demo_journal.counts()["nights"]
    for n in demo_journal.nights()[:20]:
        demo_journal.delete_night(n.id)
    demo_journal.close()
    kept = restore_backup(backup, data_paths.journal, data_paths.backups, NOW)
    assert kept is not None and "before-restore" in kept.name
    j = open_journal(data_paths.journal)
    try:
        assert j.counts()["nights"] == total
    finally:
        j.close()
    con = sqlite3.connect(kept)
    assert con.execute("SELECT count(*) FROM nights").fetchone()[0] == total - 20
    con.close()


def test_a_damaged_backup_is_not_restored_and_nothing_changes(demo_journal, data_paths):
    backup = make_backup(demo_journal.path, data_paths.backups, NOW, "daily")
    raw = bytearray(backup.read_bytes())
    raw[100:4096] = os.urandom(3996)
    backup.write_bytes(bytes(raw))
    demo_journal.close()
    before = data_paths.journal.read_bytes()
    with pytest.raises(StorageError, match="cannot be restored"):
        restore_backup(backup, data_paths.journal, data_paths.backups, NOW)
    assert data_paths.journal.read_bytes() == before
    assert newest_sound_backup(data_paths.backups) is None


def test_a_damaged_journal_is_moved_aside_with_its_wal_never_overwritten(tmp_path):
    journal = tmp_path / "journal.sqlite3"
    journal.write_bytes(b"garbage")
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"wal")
    first = move_aside(journal, NOW)
    journal.write_bytes(b"garbage 2")
    second = move_aside(journal, NOW)
    assert first != second
    assert first.read_bytes() == b"garbage" and second.read_bytes() == b"garbage 2"
    assert (tmp_path / (first.name + "-wal")).read_bytes() == b"wal"
    assert first.name.endswith(".damaged") and not journal.exists()


def test_a_wal_without_its_journal_is_set_aside_not_replayed(tmp_path):
    journal = tmp_path / "journal.sqlite3"
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"stray")
    moved = set_aside_orphans(journal, NOW)
    assert moved is not None and not (tmp_path / "journal.sqlite3-wal").exists()
    assert (tmp_path / (moved.name + "-wal")).read_bytes() == b"stray"


def test_an_emptied_journal_is_not_backed_up_over_the_good_copies(demo_journal, data_paths):
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    demo_journal.close()
    for side in ("-wal", "-shm"):
        Path(str(data_paths.journal) + side).unlink(missing_ok=True)
    data_paths.journal.write_bytes(b"")
    with pytest.raises(JournalDamaged, match="empty"):
        make_backup(data_paths.journal, data_paths.backups, NOW, "periodic")
    con = sqlite3.connect(data_paths.journal)  # a valid database without a single table
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    assert data_paths.journal.stat().st_size > 0
    with pytest.raises(JournalDamaged, match="no tables"):
        make_backup(data_paths.journal, data_paths.backups, NOW, "periodic")
    assert len(list_backups(data_paths.backups)) == 1
