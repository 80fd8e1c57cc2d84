"""Shared test set-up: offscreen Qt, no network, real journals on real files."""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile

# Once, for every test (Picard's habit): Qt's offscreen platform, with one desktop-sized
# screen (its default is 800×800, smaller than a real desktop and than the main window).
# Written whole under a name of its own, then moved into place: test runs side by side (pytest-xdist
# workers, another checkout's run) never read a half-written file.
_SCREEN = os.path.join(tempfile.gettempdir(), "quietlegs-test-screen.json")
with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=tempfile.gettempdir(), suffix=".json",
                                 delete=False) as _f:
    json.dump({"screens": [{"name": "TestScreen", "x": 0, "y": 0, "width": 1920, "height": 1080,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _f)
os.replace(_f.name, _SCREEN)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.pop("QUIETLEGS_DATA_DIR", None)
# Every test speaks English with neutral formats (24-hour clock, Monday first), whatever the
# machine's language; tests/ui/test_translations.py switches languages on purpose.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# On CI, property tests draw the same examples every run: a submission lands or fails on its
# own merits, never on an unlucky draw (local runs still explore new examples).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from quietlegs.domain.demo_journal import generate_demo_journal  # noqa: E402
from quietlegs.paths import DataPaths  # noqa: E402
from quietlegs.storage.journal_file import open_journal  # noqa: E402


class NetworkBlocked(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded(real):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlocked(f"a test tried to open a network connection to {address!r}")
        return real(self, address)
    return connect


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Quiet Legs never touches the network: any internet socket connect fails the test."""
    socket.socket.connect = _guarded(_real_connect)
    socket.socket.connect_ex = _guarded(_real_connect_ex)
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def journal(data_paths: DataPaths):
    """An empty journal on a real SQLite file, built by running the migrations."""
    j = open_journal(data_paths.journal)
    yield j
    j.close()


DEMO_LAST_NIGHT = date(2026, 11, 20)


@pytest.fixture(scope="session")
def demo_data():
    return generate_demo_journal(DEMO_LAST_NIGHT, nights=120, seed=7)


@pytest.fixture
def demo_journal(journal, demo_data):
    journal.import_data(demo_data)
    return journal


@pytest.fixture(autouse=True, scope="session")
def background_work_finishes_before_python_does():
    """Pages read and compute on their own thread pools; the app waits for them when it quits
    (aboutToQuit). Tests never quit the app, so wait here: a worker still running while Python
    shuts down could not report anything and Qt would complain about it."""
    yield
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for top in app.topLevelWidgets():
        for pool in top.findChildren(QThreadPool):
            pool.waitForDone(10_000)
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture(autouse=True)
def a_quit_in_one_test_leaves_the_next_a_worker():
    """Quitting stops the app's shared worker process for good (``background.stop_everything``,
    as Qt's aboutToQuit does): right for the app, which then ends, but a test that quits in this
    process (tests/ui/test_background.py does) would leave every later test on the same pytest
    worker a closed one ("report stopped on an unexpected error (WorkerStopped)"). The next test
    gets a new one, as a new start of the app would."""
    yield
    worker = sys.modules.get("quietlegs.services.worker")
    if worker is not None and worker._shared is not None and worker._shared._closed:
        worker._shared = None
