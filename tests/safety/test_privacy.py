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
