"""Windows that fit (issue 15): the first window fits the screen's available room at any scale,
a saved geometry too big for today's screen is cut to fit, the print preview fits a 900 px
screen, and at 1100 px and at half a 1366 px screen (683 px) no words are cut off on any page."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from quietlegs.ui.settings import app_settings
from quietlegs.ui.window_state import GEOMETRY_KEY, fit_size, restore_geometry

# Runs quietlegs as its command does (QUIETLEGS_SMOKE=1: it quits once Today is usable); as the
# process ends it says where the main window was and how much room its screen had.
WHERE_SPY = ("import json, os, sys\n"
             "real_exit = os._exit\n"
             "def spy(status):\n"
             "    from PySide6.QtWidgets import QApplication, QMainWindow\n"
             "    [w] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]\n"
             "    room = w.screen().availableGeometry()\n"
             "    print(json.dumps({'frame': w.frameGeometry().getRect(), 'room': room.getRect(),\n"
             "                      'ratio': w.devicePixelRatioF()}), flush=True)\n"
             "    real_exit(status)\n"
             "os._exit = spy\n"
             "from quietlegs.__main__ import main\n"
             "sys.exit(main())\n")


def _screen_file(tmp_path, width: int, height: int) -> str:
    path = tmp_path / "screen.json"
    path.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def _inside(outer, inner) -> bool:
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_first_window_fits_the_screens_room_at_any_scale(tmp_path, scale):
    """A 1366×768 laptop: at 2× its room is 683×384 device-independent pixels, far less than
    the 1100×720 the window asks for when there is room."""
    env = {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": _screen_file(tmp_path, 1366, 768),
           "QT_SCALE_FACTOR": scale}
    out = subprocess.run([sys.executable, "-c", WHERE_SPY, "--data-dir", str(tmp_path / "d")], env=env,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    where = json.loads(out.stdout.strip().splitlines()[-1])
    assert where["ratio"] == float(scale)
    assert where["room"][2:] == [1366 // int(scale), 768 // int(scale)]
    assert _inside(where["room"], where["frame"]), where


def test_with_room_the_first_window_opens_at_1100_px(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    fit_size(window, 1100, 720)
    assert window.size().width() == 1100 and window.size().height() == 720  # the test screen is 1920×1080


def test_a_saved_geometry_bigger_than_todays_screen_is_cut_to_fit(qtbot, data_paths):
    """Closed on a big monitor (or at another scale), opened on this 1920×1080 screen."""
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(40, 30, 2600, 1500))
    settings = app_settings(data_paths)
    settings.setValue(GEOMETRY_KEY, big.saveGeometry())

    window = QMainWindow()
    qtbot.addWidget(window)
    assert restore_geometry(window, settings)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry()), (room, window.frameGeometry())
    assert window.width() > 1800  # as big as the screen allows, not back to the default


def test_nothing_saved_restores_nothing(qtbot, data_paths):
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = app_settings(data_paths)
    settings.setValue(GEOMETRY_KEY, QByteArray())
    assert not restore_geometry(window, settings)


def test_the_print_preview_fits_a_900_px_tall_screen(qtbot, demo_journal, data_paths, monkeypatch):
    """A 1440×900 laptop (the screen is the one thing a test cannot own: its room is told)."""
    from datetime import datetime

    from PySide6.QtGui import QScreen
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.journal_service import JournalService

    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 1440, 900))
    shown = {}

    def look(preview):  # the preview as it would open, then closed at once
        shown["size"] = preview.size()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    dialog = ReportDialog(JournalService(demo_journal, data_paths), app_settings(data_paths),
                          lambda: datetime(2026, 11, 21, 8, 0))
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "size" in shown, timeout=20_000)
    assert shown["size"].height() <= 900 - 22 and shown["size"].width() <= 900, shown["size"]
    assert shown["size"].height() >= 700  # still a page's worth of room to read it in
