"""SIGKILL in the middle of an import, a backup, a migration and a restore: all or nothing,
earlier backups intact, and the next start succeeds."""

import os
import random
import signal
import sqlite3
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from quietlegs.domain.demo_journal import generate_demo_journal
from quietlegs.domain.journal_format import dump_journal
from quietlegs.storage import migrate
from quietlegs.storage.backup import list_backups, make_backup, remove_stale_temps
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.restore import remove_stale_restore

from .breakers import BASE_REVISION, TEST_REVISION, child_env, digest, integrity, make_test_migrations, spawn

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]
ROUNDS = 6


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    """Eight years of nights (2008–2016), far from the demo journal's dates: a slow import."""
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(dump_journal(generate_demo_journal(date(2016, 11, 20), nights=3000, seed=3),
                                 datetime(2026, 1, 1)), encoding="utf-8")
    return path


def nights(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM nights").fetchone()[0]
    finally:
        con.close()


def kill_after(proc, delay: float) -> str:
    line = proc.stdout.readline().strip()
    assert line == "ready", proc.stderr.read()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return out


def next_start_succeeds(paths) -> int:
    """What the app does on its next start (it holds the lock): tidy up, open, count."""
    remove_stale_temps(paths.backups)
    remove_stale_restore(paths.journal)
    j = open_journal(paths.journal)
    try:
        return j.counts()["nights"]
    finally:
        j.close()


def backup_digests(paths) -> dict[str, str]:
    return {b.path.name: digest(b.path) for b in list_backups(paths.backups)}


def test_an_import_killed_at_any_moment_is_all_or_nothing(filled_journal, data_paths, big_file, tmp_path):
    import shutil
    import subprocess

    rng = random.Random(5)
    before = nights(filled_journal)
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(filled_journal, pristine)
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 1), "daily")
    earlier = backup_digests(data_paths)
    big = 2736
    command = [sys.executable, "-m", "quietlegs", "--data-dir", str(data_paths.root), "import", str(big_file)]
    # How long a whole import takes on this machine, so the kills land inside it (start-up and
    # parsing take the first part; the write the last), however fast or busy the machine is.
    # The faster of two runs: the first one warms the disk cache and is often much slower, so
    # kills timed by it alone could all land after a later, warm import had finished.
    durations = []
    for _ in range(2):
        started = time.monotonic()
        subprocess.run(command, env=child_env(), capture_output=True, check=True)
        durations.append(time.monotonic() - started)
        assert nights(data_paths.journal) == before + big
        shutil.copy(pristine, data_paths.journal)
        Path(str(data_paths.journal) + "-wal").unlink(missing_ok=True)
        Path(str(data_paths.journal) + "-shm").unlink(missing_ok=True)
    whole = min(durations)
    earlier = backup_digests(data_paths)  # (the measuring run made a backup of its own)
    interrupted = 0
    for _ in range(ROUNDS):
        proc = subprocess.Popen(command, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.3, 0.9) * whole)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert integrity(data_paths.journal) == "ok"
        count = nights(data_paths.journal)
        assert count in (before, before + big)
        interrupted += count == before
        for name, value in earlier.items():
            assert digest(data_paths.backups / name) == value
        assert next_start_succeeds(data_paths) == count
        if count != before:  # it finished: put the journal back as it was for the next round
            shutil.copy(pristine, data_paths.journal)
    assert interrupted  # kills landed before the import was done
    assert not list(data_paths.backups.glob("*.tmp"))


def test_a_backup_killed_at_any_moment_leaves_only_whole_backups(filled_journal, data_paths):
    rng = random.Random(6)
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 1), "daily")
    earlier = backup_digests(data_paths)
    journal_before = digest(filled_journal)
    for _ in range(ROUNDS):
        proc = spawn("backup_loop.py", data_paths.root)
        kill_after(proc, rng.uniform(0.0, 0.5))
        for b in list_backups(data_paths.backups):
            assert integrity(b.path) == "ok", b.path
        for name, value in earlier.items():
            assert digest(data_paths.backups / name) == value
        assert digest(filled_journal) == journal_before
    assert len(list_backups(data_paths.backups)) > ROUNDS
    next_start_succeeds(data_paths)
    assert not list(data_paths.backups.glob("*.tmp"))


def test_a_migration_killed_at_any_moment_rolls_back_whole(filled_journal, data_paths, tmp_path):
    rng = random.Random(7)
    location = make_test_migrations(tmp_path, pause=0.25)
    before = nights(filled_journal)
    seen = set()
    for _ in range(ROUNDS):
        proc = spawn("migrate_slow.py", location, filled_journal)
        out = kill_after(proc, rng.uniform(0.0, 0.7))
        assert integrity(filled_journal) == "ok"
        revision = migrate.peek_revision(filled_journal)
        seen.add(revision)
        assert revision in (BASE_REVISION, TEST_REVISION)
        if "done" not in out:
            assert revision == BASE_REVISION
        con = sqlite3.connect(filled_journal)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = {r[1] for r in con.execute("PRAGMA table_info(symptoms)")}
        relief_rows = con.execute("SELECT count(*) FROM symptom_reliefs").fetchone()[0]
        con.close()
        assert not [t for t in tables if t.startswith("_alembic_tmp")]
        assert ("extra" in columns) == (revision == TEST_REVISION)
        assert relief_rows > 0
        assert nights(filled_journal) == before
        if revision == TEST_REVISION:
            break
    assert BASE_REVISION in seen  # at least one kill landed inside the migration


def test_a_restore_killed_at_any_moment_leaves_the_old_journal_or_the_backup(filled_journal, data_paths, big_file):
    from quietlegs.storage.journal_file import open_journal as open_

    rng = random.Random(8)
    before = nights(filled_journal)
    # a big backup, so the copy takes a while
    j = open_(filled_journal)
    j.import_data(__import__("quietlegs.domain.journal_format", fromlist=["x"]).parse_journal(
        big_file.read_text(encoding="utf-8")))
    j.close()
    big_backup = make_backup(filled_journal, data_paths.backups, datetime(2026, 10, 1), "daily")
    big = nights(big_backup)
    j = open_(filled_journal)
    for n in j.nights(end=date(2017, 1, 1)):
        j.delete_night(n.id)
    j.close()
    assert nights(filled_journal) == before
    earlier = backup_digests(data_paths)
    interrupted = 0
    for _ in range(ROUNDS):
        proc = spawn("restore.py", big_backup, data_paths.root)
        kill_after(proc, rng.uniform(0.0, 0.6))
        assert integrity(data_paths.journal) == "ok"
        count = nights(data_paths.journal)
        assert count in (before, big)
        interrupted += count == before
        for name, value in earlier.items():
            assert digest(data_paths.backups / name) == value
        for b in list_backups(data_paths.backups):
            assert integrity(b.path) == "ok"
        assert next_start_succeeds(data_paths) == count
        assert not os.path.exists(str(data_paths.journal) + ".restoring")
        if count == big:
            break
    assert interrupted
