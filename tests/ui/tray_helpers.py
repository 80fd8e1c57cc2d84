"""A stand-in for QSystemTrayIcon: the offscreen platform has no notification area, so tests
give the app's tray (ui/tray.py) this instead, and say that a notification area exists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from quietlegs.ui import tray as tray_module


class FakeTray(QObject):
    """Records what it was asked to show; ``click()`` and ``click_message()`` act as a person would."""

    messageClicked = Signal()
    activated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self.shown = False
        self.menu = None

    def setToolTip(self, text): ...

    def setContextMenu(self, menu):
        self.menu = menu

    def show(self):
        self.shown = True

    def setVisible(self, on):
        self.shown = bool(on)

    def isVisible(self):
        return self.shown

    def showMessage(self, title, text, icon=None, msecs=0):
        self.messages.append((title, text))

    def click(self):
        self.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)

    def click_message(self):
        self.messageClicked.emit()

    def action(self, words: str):
        """The menu entry whose text (without its & mnemonic) is ``words``."""
        for action in self.menu.actions():
            if action.text().replace("&", "") == words:
                return action
        raise AssertionError(f"no {words!r} in {[a.text() for a in self.menu.actions()]}")


def with_a_notification_area(monkeypatch, available: bool = True) -> None:
    monkeypatch.setattr(tray_module, "tray_available", lambda: available)


@pytest.fixture
def quit_setting_restored(qapp):
    """The tray turns off quitting on the last window's close; later tests expect it on."""
    yield
    QApplication.setQuitOnLastWindowClosed(True)
