"""Two apps started at once, many times: exactly one opens the journal, the other brings it to the
front and leaves; killing the one that opened it never blocks the next start."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.lock import JournalLock

from .breakers import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses /proc and SIGKILL")

RACER = """
import sys, time
from pathlib import Path
from quietlegs.paths import DataPaths
from quietlegs.storage.lock import JournalLock
from quietlegs.storage.journal_file import open_journal
paths = DataPaths(Path(sys.argv[1]))
lock = JournalLock(paths.lock)
if lock.acquire():
    j = open_journal(paths.journal)
    j.counts()
    print("opened", flush=True)
    time.sleep(2)  # longer than the others take to start and try
    j.close()
else:
    print("deferred", flush=True)
"""


@pytest.mark.slow
def test_of_many_processes_racing_for_the_journal_exactly_one_opens_it(data_paths):
    data_paths.root.mkdir(parents=True)
    for _ in range(4):
        procs = [subprocess.Popen([sys.executable, "-c", RACER, str(data_paths.root)], env=child_env(),
                                  stdout=subprocess.PIPE, text=True) for _ in range(4)]
        outs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert sorted(outs) == ["deferred", "deferred", "deferred", "opened"], outs


def _holds_journal(pid: int, journal: Path) -> bool:
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}") == str(journal) for fd in os.listdir(f"/proc/{pid}/fd"))
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.slow
def test_two_apps_started_at_once_one_opens_the_other_comes_to_the_front_and_leaves(data_paths):
    open_journal(data_paths.journal).close()
    for _ in range(4):
        procs = [subprocess.Popen([sys.executable, "-m", "quietlegs", "--data-dir", str(data_paths.root), "gui"],
                                  env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and all(p.poll() is None for p in procs):
            time.sleep(0.1)
        left = [p for p in procs if p.poll() is not None]
        stayed = [p for p in procs if p.poll() is None]
        assert len(left) == 1 and len(stayed) == 1, [p.communicate() for p in left]
        assert left[0].returncode == 0, left[0].communicate()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _holds_journal(stayed[0].pid, data_paths.journal):
            time.sleep(0.1)
        assert _holds_journal(stayed[0].pid, data_paths.journal)
        assert not JournalLock(data_paths.lock).acquire()  # and it holds the lock
        stayed[0].send_signal(signal.SIGKILL)  # a crash: the next round must start cleanly
        stayed[0].communicate()
    lock = JournalLock(data_paths.lock)
    assert lock.acquire()
    lock.release()
