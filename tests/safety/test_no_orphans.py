"""Nothing orphaned: the worker process (and multiprocessing's resource tracker) end when the app
ends, however it ends: a normal quit of the real window, SIGKILL or SIGTERM of it, an exception,
the end of a script. Every process the app starts inherits a mark in its environment, so its
helpers are found through /proc even after they lost their parent; once the app is gone, none
may remain (polled with a bound, never timed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="finds processes through /proc"),
    pytest.mark.slow,
]

SRC = Path(__file__).resolve().parents[2] / "src"
MARK = "QUIETLEGS_ORPHAN_TEST"
BOUND_S = 60.0


def _state(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return None


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _marked(mark: str) -> dict[int, str]:
    """The live processes (not zombies, which have ended) carrying ``mark``, with their command lines."""
    wanted = f"{MARK}={mark}".encode()
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
        except OSError:  # gone, or not ours
            continue
        if wanted in environ.split(b"\0") and _state(int(entry)) not in (None, "Z", "X"):
            found[int(entry)] = _cmdline(int(entry))
    return found


def _remaining(mark: str) -> dict[int, str]:
    """The marked processes still running after a bounded wait for them to end."""
    end = time.monotonic() + BOUND_S
    left = _marked(mark)
    while left and time.monotonic() < end:
        time.sleep(0.05)
        left = _marked(mark)
    return left


def _is_worker(cmdline: str) -> bool:
    return "spawn_main" in cmdline


def _env(mark: str, **more) -> dict:
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen", **{MARK: mark}, **more)
    if "QUIETLEGS_SMOKE" not in more:
        env.pop("QUIETLEGS_SMOKE", None)  # the real app: it stays open until it is ended
    return env


def _gui(tmp_path: Path) -> list[str]:
    return [sys.executable, "-m", "quietlegs", "--data-dir", str(tmp_path / "data"), "gui"]


def _wait_for_the_worker(app: subprocess.Popen, mark: str) -> dict[int, str]:
    """The app's helper processes, once its worker process runs."""
    end = time.monotonic() + BOUND_S
    while time.monotonic() < end and app.poll() is None:
        helpers = {pid: line for pid, line in _marked(mark).items() if pid != app.pid}
        if any(_is_worker(line) for line in helpers.values()):
            return helpers
        time.sleep(0.1)
    raise AssertionError(f"the worker process never started (app exit {app.poll()})")


@pytest.mark.parametrize("ending", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_window_leaves_no_helper_process(tmp_path, ending):
    mark = uuid.uuid4().hex
    app = subprocess.Popen(_gui(tmp_path), env=_env(mark), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        helpers = _wait_for_the_worker(app, mark)  # Insights starts it a moment after the window shows
        app.send_signal(ending)
        app.wait(timeout=BOUND_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert helpers
    assert _remaining(mark) == {}


def test_quitting_the_window_leaves_no_helper_process(tmp_path):
    """The window opens Insights on a demo journal (its statistics in the worker), then quits as a
    user's quit does."""
    mark = uuid.uuid4().hex
    done = subprocess.run([sys.executable, "-m", "quietlegs", "--demo"], env=_env(mark, QUIETLEGS_SMOKE="insights"),
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("insights ready") and "in their own process" in last, done.stdout
    assert _remaining(mark) == {}


ENDINGS = {
    "exception": "raise RuntimeError('the app failed')",
    "normal end": "pass",
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_an_app_that_ends_by_itself_leaves_no_helper_process(tmp_path, ending):
    """A script that starts the worker as the window does (off its main thread), gives it a
    request that never ends, then ends: it must not wait for the request, nor leave the worker."""
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import sys, threading, time
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
    mark = uuid.uuid4().hex
    app = subprocess.Popen([sys.executable, str(script)], env=_env(mark), stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "started", app.stderr.read()[-2000:]
        assert any(_is_worker(line) for line in _marked(mark).values())
        app.stdin.write("\n")
        app.stdin.flush()
        app.wait(timeout=BOUND_S)  # it ends without waiting for the request in hand
        assert app.returncode == (1 if ending == "exception" else 0), app.stderr.read()[-2000:]
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert _remaining(mark) == {}
