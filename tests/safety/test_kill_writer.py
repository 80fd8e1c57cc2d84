"""A writer killed with SIGKILL at random moments: every acknowledged save is there, the file is sound."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time

import pytest

from quietlegs.storage.journal_file import open_journal

from .breakers import integrity, spawn

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and strace are POSIX tools")


def acknowledged(out: str) -> tuple[set[str], set[str]]:
    acks = {line.split()[1] for line in out.splitlines() if line.startswith("ack ")}
    fails = {line.split()[1] for line in out.splitlines() if line.startswith("fail ")}
    return acks, fails


def ids_in(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM interventions")}
    finally:
        con.close()


def run_until_killed(journal, delay: float) -> set[str]:
    proc = spawn("writer.py", journal)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    acks, _ = acknowledged(out)
    return acks


@pytest.mark.slow
def test_every_acknowledged_save_survives_sigkill_at_random_moments(data_paths):
    rng = random.Random(20261121)
    open_journal(data_paths.journal).close()
    all_acks: set[str] = set()
    for _ in range(20):
        all_acks |= run_until_killed(data_paths.journal, rng.uniform(0.0, 0.4))
        assert integrity(data_paths.journal) == "ok"
        assert all_acks <= ids_in(data_paths.journal)
    assert len(all_acks) > 50  # the writer really got to write between the kills
    j = open_journal(data_paths.journal)  # and the next start succeeds
    assert all_acks <= {i.id for i in j.interventions()}
    j.close()


# ----------------------------------------------------------------------------- injected I/O errors

def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    try:
        return subprocess.run(["strace", "-f", "-o", os.devnull, "-e", "inject=fdatasync:error=EIO", "true"],
                              capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_strace = pytest.mark.skipif(not _strace_works(), reason="strace cannot trace here (not installed or ptrace denied)")


def run_writer_under_strace(journal, inject: str, count: int) -> str:
    from .breakers import HELPERS, child_env
    import sys

    proc = subprocess.run(["strace", "-f", "-o", os.devnull, "-e", inject, sys.executable,
                           str(HELPERS / "writer.py"), str(journal), str(count)],
                          env=child_env(), capture_output=True, text=True, timeout=120)
    return proc.stdout


@needs_strace
@pytest.mark.parametrize("inject", [
    "inject=fdatasync,fsync:error=EIO:when=6",        # the disk reports a failed flush, once
    "inject=fdatasync,fsync:error=EIO:when=6+",       # ... and from then on
    "inject=pwrite64:error=ENOSPC:when=40+",          # the disk fills up
])
def test_a_save_that_hits_an_io_error_is_never_acknowledged_and_nothing_else_is_harmed(data_paths, inject):
    j = open_journal(data_paths.journal)
    j.close()
    before = run_writer_under_strace(data_paths.journal, "trace=none", 5)
    earlier, _ = acknowledged(before)
    assert len(earlier) == 5
    out = run_writer_under_strace(data_paths.journal, inject, 30)
    acks, fails = acknowledged(out)
    assert fails, f"the injected error never reached a save: {out[-500:]}"
    assert not (acks & fails)
    assert integrity(data_paths.journal) == "ok"
    present = ids_in(data_paths.journal)
    assert earlier <= present and acks <= present
    j = open_journal(data_paths.journal)  # the journal still opens and takes saves
    assert earlier | acks <= {i.id for i in j.interventions()}
    j.close()
