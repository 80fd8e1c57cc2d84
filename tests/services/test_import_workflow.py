"""services.importing on real files: check first, back up anything, all or nothing."""

import hashlib
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from quietlegs.domain.records import Appointment, JournalData
from quietlegs.services.importing import import_into
from quietlegs.services.opening import CannotOpen
from quietlegs.storage.backup import list_backups, make_backup

NOW = datetime(2026, 11, 21, 8, 0)


def digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_a_journal_without_nights_but_with_an_appointment_is_backed_up_first(journal, data_paths, demo_data):
    journal.save_appointment(Appointment(date=date(2026, 12, 1), with_whom="Dr Ada"))
    result = import_into(journal, data_paths, JournalData(nights=demo_data.nights[:3]), NOW)
    assert result.counts.nights == 3
    (backup,) = list_backups(data_paths.backups)
    assert backup.path == result.backup and backup.reason == "before-import" and backup.nights == 0
    con = sqlite3.connect(backup.path)
    assert con.execute("SELECT with_whom FROM appointments").fetchall() == [("Dr Ada",)]
    con.close()


def test_a_journal_emptied_while_open_is_not_written_into(demo_journal, data_paths, demo_data):
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    demo_journal.engine.dispose()
    for side in ("-wal", "-shm"):
        data_paths.journal.with_name(data_paths.journal.name + side).unlink(missing_ok=True)
    data_paths.journal.write_bytes(b"")  # a sync tool, while the window had it open
    before = digests(data_paths.backups)
    with pytest.raises(CannotOpen) as refused:
        import_into(demo_journal, data_paths, JournalData(nights=demo_data.nights[:1]), NOW)
    assert refused.value.kind == CannotOpen.DAMAGED
    assert refused.value.good is not None and refused.value.good.nights == len(demo_data.nights)
    assert "newest good backup is journal-20261120-080000-daily.sqlite3" in str(refused.value)
    assert data_paths.journal.read_bytes() == b""
    assert digests(data_paths.backups) == before
