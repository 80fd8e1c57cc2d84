import hashlib
import sqlite3

import pytest

from quietlegs.storage.errors import JournalDamaged, JournalTooNew
from quietlegs.storage.journal_file import open_journal


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_journal_from_a_newer_app_is_refused_and_left_byte_identical(journal, data_paths):
    journal.close()
    con = sqlite3.connect(data_paths.journal)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest(data_paths.journal)
    with pytest.raises(JournalTooNew, match="newer version"):
        open_journal(data_paths.journal)
    assert digest(data_paths.journal) == before


def test_a_garbage_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(JournalDamaged):
        open_journal(path)
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_a_truncated_file_is_refused(journal, data_paths, demo_data):
    journal.import_data(demo_data)
    journal.close()
    con = sqlite3.connect(data_paths.journal)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = data_paths.journal.read_bytes()
    data_paths.journal.write_bytes(raw[: len(raw) // 2 + 100])
    with pytest.raises(JournalDamaged):
        open_journal(data_paths.journal)


def test_the_known_revisions_match_the_migration_scripts():
    from quietlegs.storage import migrate
    from quietlegs.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

    assert migrate.head_revision() == HEAD_REVISION
    assert migrate.known_revisions() == set(KNOWN_REVISIONS)


def test_opening_a_current_journal_does_not_load_alembic(journal, data_paths):
    import subprocess
    import sys

    journal.close()
    code = ("import sys; from pathlib import Path; from quietlegs.storage.journal_file import open_journal; "
            f"open_journal(Path({str(data_paths.journal)!r})).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_0_byte_journal_without_backups_is_refused_not_turned_into_a_new_one(tmp_path):
    from quietlegs.storage.inspect import JournalEmpty

    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(JournalEmpty, match=r"is empty \(0 bytes\); if you did not just create it"):
        open_journal(path)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]


def test_a_missing_journal_is_still_a_new_one_and_never_left_at_0_bytes(tmp_path):
    path = tmp_path / "journal.sqlite3"
    open_journal(path).close()
    assert path.stat().st_size > 0
    open_journal(path).close()  # and it opens again
