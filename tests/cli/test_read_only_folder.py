"""Issue 16, items 6 and 8: a read-only data folder is read read-only, and anything that would
write there is refused in one line.

We run as root, for whom chmod 0500 changes nothing; so the folder is made read-only with a
read-only bind mount in a private mount namespace (``unshare -m``), and the test is skipped,
with the reason, where that cannot be done.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import listing, one_line


posix_only = pytest.mark.skipif(os.name != "posix", reason="mounts and modes are POSIX")
SRC = Path(__file__).resolve().parents[2] / "src"


def _read_only_mount_works(tmp_path: Path) -> str | None:
    """Why a read-only bind mount cannot be made here, or None. Root writes through chmod 0500,
    so read-only is tested with a read-only bind mount in a private mount namespace."""
    if os.name != "posix" or not shutil.which("unshare"):
        return "needs Linux's unshare"
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind '{probe}' '{probe}' && "
                           f"mount -o remount,ro,bind '{probe}' && ! touch '{probe}/x' 2>/dev/null"],
                          capture_output=True, text=True)
    return None if done.returncode == 0 else f"no read-only bind mount here: {done.stderr.strip()[:80]}"


def _in_read_only(folder: Path, *args, **extra_env: str) -> subprocess.CompletedProcess:
    quoted = " ".join(f"'{a}'" for a in map(str, args))
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QUIETLEGS_DATA_DIR", None)
    env.update(extra_env)
    script = (f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}' && "
              f"exec '{sys.executable}' -m quietlegs {quoted}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, capture_output=True, text=True,
                          timeout=120)


@posix_only
def test_a_read_only_folder_is_read_read_only_and_refuses_writes_in_one_line(kept, tmp_path, demo_file):
    why = _read_only_mount_works(tmp_path)
    if why:
        pytest.skip(why)
    kept.lock.unlink()  # a clean folder: only the journal (no -wal): SQLite needs `immutable` here
    before = listing(kept.root)
    done = _in_read_only(kept.root, "--data-dir", kept.root, "summary", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["nights_logged"] > 100 and done.stderr == ""
    done = _in_read_only(kept.root, "--data-dir", kept.root, "export", tmp_path / "out.json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads((tmp_path / "out.json").read_text())["nights"]) > 100
    done = _in_read_only(kept.root, "--data-dir", kept.root, "import", demo_file)
    assert done.returncode == 1
    assert f"the folder {kept.root} is read-only, so nothing can be written there" in one_line(done.stderr)
    # The app says so too (in a message box, and on stderr), instead of failing half-way.
    done = _in_read_only(kept.root, "--data-dir", kept.root, "gui", QUIETLEGS_SMOKE="1")
    assert done.returncode == 1 and done.stdout == ""
    assert "is read-only, so nothing can be written there" in one_line(done.stderr)
    assert listing(kept.root) == before


@posix_only
def test_a_read_only_folder_with_a_wal_reads_the_last_saves_too(kept, tmp_path):
    why = _read_only_mount_works(tmp_path)
    if why:
        pytest.skip(why)
    import sqlite3

    copy = tmp_path / "copy"
    copy.mkdir()
    con = sqlite3.connect(kept.journal)  # a writer that stays open: its save lives in the -wal
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE nights SET notes='saved last, in the wal' WHERE night_of=(SELECT max(night_of) FROM nights)")
    con.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{kept.journal}{suffix}", copy / f"journal.sqlite3{suffix}")
    con.close()
    done = _in_read_only(copy, "--data-dir", copy, "export", tmp_path / "out.json")
    assert done.returncode == 0, done.stderr
    assert "saved last, in the wal" in (tmp_path / "out.json").read_text()
