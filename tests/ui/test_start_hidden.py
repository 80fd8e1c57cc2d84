"""Started by the login entry (``QUIETLEGS_START_HIDDEN=1``) while the person keeps Quiet Legs
running in the notification area, the real app opens its journal and shows only its icon; the
window stays hidden until asked for. Otherwise it opens its window as always.

The app runs in its own process; the offscreen platform has no notification area, so the script
says there is one and gives the tray a stand-in icon that prints what it was asked to show."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quietlegs import app
from quietlegs.paths import DataPaths
from quietlegs.services.autostart import START_HIDDEN_ENV
from quietlegs.storage.journal_file import open_journal

pytestmark = pytest.mark.slow

START = """
import sys
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication
from quietlegs.ui import tray

class StandIn(QObject):
    messageClicked = Signal()
    activated = Signal(object)
    shown = False
    def setToolTip(self, text): pass
    def setContextMenu(self, menu): pass
    def setVisible(self, on): self.shown = bool(on)
    def showMessage(self, *args): pass

tray.tray_available = lambda: True
tray.AppTray._system_tray = lambda self, parent: StandIn(parent)
opened = tray.install_tray

def install_and_report(window, *args):
    keep = opened(window, *args)
    def report():
        icon = window.app_tray.icon
        print("WINDOW", "shown" if window.isVisible() else "hidden", flush=True)
        print("ICON", "shown" if icon is not None and icon.shown else "none", flush=True)
        window.quit_app()
    QTimer.singleShot(1500, report)
    return keep

tray.install_tray = install_and_report
from quietlegs.app import run_app, end_process
end_process(run_app(data_dir=sys.argv[1]))
"""


def _start(data_dir, hidden: bool) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in (app.SMOKE_ENV, START_HIDDEN_ENV)}
    if hidden:
        env[START_HIDDEN_ENV] = "1"
    run = subprocess.run([sys.executable, "-c", START, str(data_dir)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    return [line for line in run.stdout.splitlines() if line.startswith(("WINDOW", "ICON"))]


@pytest.fixture
def kept_in_tray(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(mode=0o700)
    open_journal(paths.journal).close()
    paths.settings.write_text("[tray]\nkeep_running=true\n")
    paths.settings.chmod(0o600)
    return paths


def test_started_at_login_only_the_icon_shows(kept_in_tray):
    assert _start(kept_in_tray.root, hidden=True) == ["WINDOW hidden", "ICON shown"]


def test_started_from_the_menu_the_window_shows(kept_in_tray):
    assert _start(kept_in_tray.root, hidden=False) == ["WINDOW shown", "ICON shown"]


def test_the_login_entry_is_not_heard_while_the_app_does_not_keep_running_in_the_tray(kept_in_tray):
    kept_in_tray.settings.write_text("[tray]\nkeep_running=false\n")
    assert _start(kept_in_tray.root, hidden=True) == ["WINDOW shown", "ICON none"]
