import subprocess
import sys

from quietlegs.storage.lock import JournalLock


def test_only_one_holder_at_a_time_and_release_frees_it(tmp_path):
    a, b = JournalLock(tmp_path / "journal.lock"), JournalLock(tmp_path / "journal.lock")
    assert a.acquire()
    assert not b.acquire()
    a.release()
    assert b.acquire()
    b.release()


def test_a_killed_holder_never_blocks_the_next_one(tmp_path):
    lock = tmp_path / "journal.lock"
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from quietlegs.storage.lock import JournalLock as L;"
         f"assert L(__import__('pathlib').Path({str(lock)!r})).acquire(); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, env={**__import__("os").environ,
                                                "PYTHONPATH": str(__import__("pathlib").Path(__file__).parents[2] / "src")})
    assert child.stdout.readline().strip() == "held"
    assert not JournalLock(lock).acquire()
    child.kill()
    child.wait()
    assert lock.exists()  # the stale file stays; it blocks nothing
    assert JournalLock(lock).acquire()
