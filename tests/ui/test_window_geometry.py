"""The main window opens where it was closed, and on a screen that is there."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.window_factory import build_main_window


def _open(qtbot, journal, data_paths):
    window = build_main_window(JournalService(journal, data_paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_reopens_with_the_size_and_place_it_was_closed_with(qtbot, journal, data_paths):
    first = _open(qtbot, journal, data_paths)
    first.setGeometry(QRect(60, 40, 1180, 780))
    qtbot.waitUntil(lambda: first.geometry() == QRect(60, 40, 1180, 780))
    first.close()

    second = _open(qtbot, journal, data_paths)
    assert second.geometry() == QRect(60, 40, 1180, 780)


def test_a_window_last_seen_on_a_screen_that_is_gone_opens_on_this_one(qtbot, journal, data_paths):
    first = _open(qtbot, journal, data_paths)
    first.setGeometry(QRect(5000, 3000, 1180, 780))  # where a second monitor used to be
    first.close()

    second = _open(qtbot, journal, data_paths)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.intersected(second.frameGeometry()).width() >= 200
    assert screen.contains(second.geometry().topLeft())

