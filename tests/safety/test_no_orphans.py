"""Nothing orphaned: the worker process (and multiprocessing's resource tracker) end when the app
ends, however it ends: SIGKILL or SIGTERM of the real window's process, an exception, a normal
end. The helper processes are found through /proc while the app runs; once it is gone, each must
end too (polled with a bound, never timed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes through /proc"),
    pytest.mark.slow,
]

SRC = Path(__file__).resolve().parents[2] / "src"
BOUND_S = 60.0


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of ``pid``, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1])


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None and stat[1] == pid:
                found.add(int(entry))
    return found


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        for child in _children(todo.pop()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")  # a zombie has ended; it only awaits reaping


def _wait_for_the_worker(app: subprocess.Popen) -> set[int]:
    """The app's helper processes, once its worker process runs."""
    end = time.monotonic() + BOUND_S
    while time.monotonic() < end and app.poll() is None:
        helpers = _descendants(app.pid)
        if any("spawn_main" in _cmdline(p) for p in helpers):
            return helpers
        time.sleep(0.1)
    err = app.communicate(timeout=10)[1] if app.poll() is not None else ""
    raise AssertionError(f"the worker process never started (app exit {app.poll()}): {err[-2000:]}")


def _still_running(pids: set[int]) -> set[int]:
    end = time.monotonic() + BOUND_S
    left = {p for p in pids if _alive(p)}
    while left and time.monotonic() < end:
        time.sleep(0.05)
        left = {p for p in left if _alive(p)}
    return {p: _cmdline(p) for p in left}


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    env.pop("QUIETLEGS_SMOKE", None)  # the real app: it stays open until it is ended
    return env


@pytest.mark.parametrize("ending", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_window_leaves_no_helper_process(tmp_path, ending):
    app = subprocess.Popen([sys.executable, "-m", "quietlegs", "--data-dir", str(tmp_path / "data"), "gui"],
                           env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        helpers = _wait_for_the_worker(app)  # Insights starts it a moment after the window shows
        app.send_signal(ending)
        app.wait(timeout=BOUND_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert helpers
    assert _still_running(helpers) == {}


ENDINGS = {
    "exception": "raise RuntimeError('the app failed')",
    "normal end": "pass",
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_an_app_that_ends_by_itself_leaves_no_helper_process(tmp_path, ending):
    """A process that starts the worker as the window does (off its main thread), then ends."""
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys, threading, time
        from quietlegs.services import estimates, worker

        def main():
            starter = threading.Thread(target=estimates.start)
            starter.start()
            starter.join()
            while not worker.shared().running:
                time.sleep(0.01)
            print("started", flush=True)
            sys.stdin.readline()  # until the test has seen the helpers
            worker.shared().submit(time.sleep, 3600)  # a request in hand when the app ends
            {ENDINGS[ending]}

        if __name__ == "__main__":
            main()
    """), encoding="utf-8")
    app = subprocess.Popen([sys.executable, str(script)], env=_env(), stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "started", app.stderr.read()[-2000:]
        helpers = _descendants(app.pid)
        assert any("spawn_main" in _cmdline(p) for p in helpers), "the worker is among them"
        app.stdin.write("\n")
        app.stdin.flush()
        app.wait(timeout=BOUND_S)  # it ends without waiting for the request in hand
        assert app.returncode == (1 if ending == "exception" else 0), app.stderr.read()[-2000:]
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert _still_running(helpers) == {}
