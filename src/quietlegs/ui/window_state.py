"""The main window's size and position: saved on close, restored on start, and brought back
onto a screen when the one it was on is gone (a laptop taken off its monitor)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QMainWindow

GEOMETRY_KEY = "window/geometry"


def restore_geometry(window: QMainWindow, settings: QSettings) -> bool:
    """Put ``window`` where it was last closed; False (and left as it is) if nothing was saved."""
    saved = settings.value(GEOMETRY_KEY)
    if not isinstance(saved, QByteArray) or saved.isEmpty():
        return False
    # Qt moves a window whose screen is gone (or shrank) back onto one that is there.
    return window.restoreGeometry(saved)


def save_geometry(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()


class _SaveOnClose(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self._settings = settings

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close:
            save_geometry(obj, self._settings)
        return False


def remember_geometry(window: QMainWindow, settings: QSettings, restore: bool = True) -> None:
    """Restore ``window``'s last geometry now (unless told not to) and save it whenever it closes."""
    if restore:
        restore_geometry(window, settings)
    window.installEventFilter(_SaveOnClose(window, settings))
