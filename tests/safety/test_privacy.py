"""Privacy: files 0600 and folders 0700 under a loose umask; the app opens no internet socket."""

import os
import re
import shutil
import stat
import subprocess
import sys
from datetime import datetime

import pytest

from quietlegs.cli import main
from quietlegs.storage.backup import make_backup
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.quarantine import move_aside

from .breakers import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and strace")


def test_everything_in_the_data_folder_stays_private_under_umask_022(data_paths, demo_data, tmp_path):
    old = os.umask(0o022)
    try:
        j = open_journal(data_paths.journal)
        j.import_data(demo_data)
        j.close()
        make_backup(data_paths.journal, data_paths.backups, datetime(2026, 11, 21, 8), "daily")
        assert main(["--data-dir", str(data_paths.root), "import", str(tmp_path / "missing.json")]) == 2
        assert main(["--data-dir", str(data_paths.root), "export", "--format", "csv", str(tmp_path / "csv")]) == 0
        damaged = data_paths.root / "journal-copy.sqlite3"
        shutil.copy(data_paths.journal, damaged)
        os.chmod(damaged, 0o600)
        move_aside(damaged, datetime(2026, 11, 21, 9))
    finally:
        os.umask(old)
    for folder in (data_paths.root, data_paths.backups, tmp_path / "csv"):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
    for path in [*data_paths.root.rglob("*"), *(tmp_path / "csv").iterdir()]:
        if path.is_file():
            assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0, path


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_the_app_opens_no_internet_socket(tmp_path):
    """The documented check, automated: run the app under `strace -f -e trace=connect`."""
    log = tmp_path / "connect.log"
    proc = subprocess.run(["strace", "-f", "-o", str(log), "-e", "trace=connect,sendto", sys.executable, "-m",
                           "quietlegs", "--data-dir", str(tmp_path / "data"), "gui"],
                          env=child_env(QUIETLEGS_SMOKE="1"), capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 and "ptrace" in proc.stderr:
        pytest.skip("ptrace is not allowed here")
    assert proc.returncode == 0, proc.stderr
    assert "ready" in proc.stdout
    calls = log.read_text()
    assert "+++ exited with 0 +++" in calls  # strace really watched the run to its end
    internet = [line for line in calls.splitlines() if re.search(r"AF_INET6?\b", line)]
    assert internet == []


# ---------------------------------------------------------------------- no values on stderr or in the log
# Issue 16 item 6: a full disk printed an SQL INSERT with journal values on stderr, and
# logs/errors.log held SQL parameter values.

NOTE = "ZEBRA-7731 private words about my legs"


def _file_with_notes(tmp_path, demo_data):
    from dataclasses import replace

    from quietlegs.domain.journal_format import dump_journal

    data = replace(demo_data, nights=[replace(n, notes=NOTE) for n in demo_data.nights])
    path = tmp_path / "notes.json"
    path.write_text(dump_journal(data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    return path


def _empty_journal(paths):
    open_journal(paths.journal).close()  # migrated, no nights: an import takes no backup first


def _assert_private(err: str, paths) -> None:
    assert len(err.strip().splitlines()) == 1, err
    for leak in (NOTE, "ZEBRA", "INSERT", "UPDATE", "SELECT", "[SQL", "parameters", "something went wrong"):
        assert leak not in err, err
    log = paths.root / "logs" / "errors.log"
    if log.exists():
        text = log.read_text()
        for leak in (NOTE, "ZEBRA", "INSERT INTO", "UPDATE nights", "[SQL", "[parameters"):
            assert leak not in text


def test_a_full_journal_says_so_in_one_line_without_sql_or_values(data_paths, demo_data, tmp_path, capsys):
    """The disk filling up, simulated at SQLite's own limit: ``PRAGMA max_page_count`` set on every
    connection to two pages above the journal's size makes SQLite fail with SQLITE_FULL, the
    error a full disk gives."""
    from sqlalchemy import Engine, event

    _empty_journal(data_paths)
    source = _file_with_notes(tmp_path, demo_data)

    def tiny(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 2}")

    event.listen(Engine, "connect", tiny)
    try:
        assert main(["--data-dir", str(data_paths.root), "import", str(source)]) == 1
    finally:
        event.remove(Engine, "connect", tiny)
    err = capsys.readouterr().err
    assert f"quietlegs: import: the disk holding {data_paths.root} is full; free some space" in err
    _assert_private(err, data_paths)
    assert main(["--data-dir", str(data_paths.root), "summary", "--json"]) == 0  # nothing half-written
    assert '"nights_logged": 0' in capsys.readouterr().out


@pytest.mark.skipif(not shutil.which("unshare"), reason="needs Linux's unshare for a private tmpfs")
def test_a_really_full_disk_says_so_in_one_line_without_sql_or_values(data_paths, demo_data, tmp_path):
    """A real full disk: a 1 MB tmpfs in a private mount namespace, filled up to the last byte."""
    _empty_journal(data_paths)
    source = _file_with_notes(tmp_path, demo_data)
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f"mount -t tmpfs -o size=1m tmpfs '{disk}' && cp -a '{data_paths.root}' '{disk}/data' && "
              f"(dd if=/dev/zero of='{disk}/filler' bs=4096 2>/dev/null; true) && "
              f"'{sys.executable}' -m quietlegs --data-dir '{disk}/data' import '{source}'; "
              f"echo \"status=$?\" >&2; cat '{disk}/data/logs/errors.log' >&2 2>/dev/null; true")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], env=child_env(), capture_output=True, text=True,
                          timeout=120)
    if "status=" not in done.stderr:
        pytest.skip(f"no private tmpfs here: {done.stderr.strip()[:80]}")
    err, status = done.stderr.split("status=")
    assert status.strip() == "1", done.stderr
    assert "is full; free some space and try again" in err
    _assert_private(err, data_paths)  # and no log was written inside the tmpfs (printed after the status)
    assert NOTE not in done.stderr and "INSERT" not in done.stderr


def _refusing_journal(paths):
    """A journal whose every new or changed night is refused by a trigger: a failure no rule of the
    app names, so it goes to the error log."""
    import sqlite3

    _empty_journal(paths)
    con = sqlite3.connect(paths.journal)
    con.execute("CREATE TRIGGER no_nights BEFORE INSERT ON nights BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()


def test_an_unexpected_failure_is_logged_privately_and_named_in_one_line(data_paths, demo_data, tmp_path, capsys):
    _refusing_journal(data_paths)
    source = _file_with_notes(tmp_path, demo_data)
    old = os.umask(0o022)
    try:
        assert main(["--data-dir", str(data_paths.root), "import", str(source)]) == 1
    finally:
        os.umask(old)
    err = capsys.readouterr().err
    log = data_paths.root / "logs" / "errors.log"
    assert err.strip() == (f"quietlegs: import stopped on an unexpected error (IntegrityError); the details "
                           f"(without your journal's contents) are in {log}; please send them with a note of "
                           "what you did.")
    _assert_private(err, data_paths)
    text = log.read_text()
    assert "sqlalchemy.exc.IntegrityError: IntegrityError: refused" in text  # where and what, in SQLite's words
    assert "import_merge.py" in text and "import_data" in text  # where it failed: the code, never the values
    assert stat.S_IMODE(os.stat(log.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600


def test_the_engine_hides_a_records_values_from_its_errors(data_paths, demo_data):
    """``hide_parameters``: the SQLAlchemy error itself (what a log or a crash dialog would show)
    carries no note."""
    from dataclasses import replace

    from sqlalchemy.exc import StatementError

    _refusing_journal(data_paths)
    journal = open_journal(data_paths.journal)
    try:
        data = replace(demo_data, nights=[replace(n, notes=NOTE) for n in demo_data.nights[:3]])
        with pytest.raises(StatementError) as info:
            journal.import_data(data)
    finally:
        journal.close()
    assert "INSERT INTO nights" in str(info.value)  # the statement, so the test would see values beside it
    assert NOTE not in str(info.value) and "hidden due to hide_parameters" in str(info.value)


def test_a_folder_that_is_not_the_apps_gets_no_error_log(tmp_path, capsys, monkeypatch):
    """Even an unexpected failure writes nothing into a folder the app did not make."""
    import quietlegs.commands.summary as summary

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def broken(args):
        raise RuntimeError(NOTE)

    monkeypatch.setattr(summary, "run", broken)
    assert main(["--data-dir", str(elsewhere), "summary"]) == 1
    err = capsys.readouterr().err
    assert "summary stopped on an unexpected error (RuntimeError); please report it" in err and NOTE not in err
    assert list(elsewhere.iterdir()) == []


def test_settings_ini_stays_private_under_umask_022(data_paths, qapp):
    from quietlegs.ui.settings import app_settings, sync_private

    old = os.umask(0o022)
    try:
        settings = app_settings(data_paths)
        settings.setValue("window/outcome", "quality")
        settings.sync()
        assert stat.S_IMODE(os.stat(data_paths.settings).st_mode) == 0o600
        del settings
        again = app_settings(data_paths)  # a later write (QSaveFile: a new file renamed over) stays private
        again.setValue("window/outcome", "rested")
        sync_private(again)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(data_paths.settings).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data_paths.root).st_mode) == 0o700
    assert "rested" in data_paths.settings.read_text()
