"""The main window's size and position: saved on close, restored on start, and brought back
onto a screen when the one it was on is gone (a laptop taken off its monitor)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

GEOMETRY_KEY = "window/geometry"


def restore_geometry(window: QMainWindow, settings: QSettings) -> bool:
    """Put ``window`` where it was last closed; False (and left as it is) if nothing was saved."""
    saved = settings.value(GEOMETRY_KEY)
    if not isinstance(saved, QByteArray) or saved.isEmpty():
        return False
    if not window.restoreGeometry(saved):
        return False
    keep_on_screen(window)
    return True


def save_geometry(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()


def keep_on_screen(window: QMainWindow) -> None:
    """If too little of the window shows on any screen, centre it on the primary one."""
    frame = window.frameGeometry() if window.isVisible() else window.geometry()
    for screen in QGuiApplication.screens():
        seen = frame.intersected(screen.availableGeometry())
        if seen.width() >= min(200, frame.width()) and seen.height() >= min(100, frame.height()):
            return
    area = QGuiApplication.primaryScreen().availableGeometry()
    size = window.size().boundedTo(area.size())
    window.resize(size)
    window.move(QRect(area.topLeft(), size).topLeft() + (area.center() - QRect(area.topLeft(), size).center()))


class _SaveOnClose(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self._settings = settings

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close:
            save_geometry(obj, self._settings)
        return False


def remember_geometry(window: QMainWindow, settings: QSettings) -> None:
    """Restore ``window``'s last geometry now and save it whenever the window closes."""
    restore_geometry(window, settings)
    window.installEventFilter(_SaveOnClose(window, settings))
