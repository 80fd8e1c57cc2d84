"""Settings → "In the background": keep running in the notification area when the window is
closed, and start at login (an XDG autostart entry). Both off by default; each change applies at
once. A choice this desktop cannot honour is greyed out, with the reason beside it."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quietlegs.paths import DataPaths
from quietlegs.services import autostart
from quietlegs.ui import tray
from quietlegs.ui.settings import app_settings
from quietlegs.ui.widgets.look import hint

INDENT = 24  # the "start hidden" choice sits under "start at login", to which it belongs


class DesktopSettings(QWidget):
    def __init__(self, paths: DataPaths, keep_in_tray: tray.KeepInTray | None = None, demo: bool = False,
                 platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                 home: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths, self.keep_in_tray = paths, keep_in_tray
        self.settings = app_settings(paths)
        environ = os.environ if environ is None else environ
        self.entry = autostart.autostart_file(autostart.autostart_dir(environ, home or Path.home()))
        has_tray = tray.tray_available()
        can_autostart = autostart.supported(platform) and not demo

        heading = QLabel(self.tr("In the background"))
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.keep = QCheckBox(self.tr("&Keep running in the notification area when the window is closed "
                                      "(so reminders still come)"))
        self.keep.setChecked(has_tray and tray.keeps_running(self.settings))
        self.keep.setEnabled(has_tray)
        self.no_tray = hint(self.tr("This desktop has no notification area, so Quiet Legs cannot keep running "
                                    "there: closing the window quits it, and reminders come only while it is open."))
        self.no_tray.setVisible(not has_tray)

        state = autostart.read_state(self.entry) if can_autostart else autostart.AutostartState(False, False)
        self.login = QCheckBox(self.tr("Start Quiet Legs when I &log in"))
        self.login.setChecked(state.enabled)
        self.login.setEnabled(can_autostart)
        self.hidden = QCheckBox(self.tr("Start &in the notification area, without opening the window"))
        self.hidden.setChecked(state.hidden)
        if not autostart.supported(platform):
            why = self.tr("Starting at login is available on Linux desktops only.")
        elif demo:
            why = self.tr("The demo journal is not started at login: it is deleted when you log out.")
        else:
            why = ""
        self.no_autostart = hint(why)
        self.no_autostart.setVisible(bool(why))
        if not has_tray:  # a screen reader reads why a greyed-out box cannot be ticked
            self.keep.setAccessibleDescription(self.no_tray.text())
        if why:
            self.login.setAccessibleDescription(why)
        self.status = hint()  # a login entry that could not be written or removed
        self.status.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.keep)
        layout.addWidget(self.no_tray)
        layout.addWidget(self.login)
        under = QHBoxLayout()
        under.addSpacing(INDENT)
        under.addWidget(self.hidden, 1)
        layout.addLayout(under)
        layout.addWidget(self.no_autostart)
        layout.addWidget(self.status)

        self.keep.toggled.connect(self._keep_toggled)
        self.login.toggled.connect(self._login_toggled)
        self.hidden.toggled.connect(self._hidden_toggled)
        self._update_hidden()

    # ------------------------------------------------------------------ keep running

    def _keep_toggled(self, on: bool) -> None:
        tray.set_keeps_running(self.settings, on)
        if self.keep_in_tray is not None:
            self.keep_in_tray.refresh()
        self._update_hidden()

    def _update_hidden(self) -> None:
        """Starting hidden needs both: a login entry, and the app kept in the notification area."""
        self.hidden.setEnabled(self.login.isEnabled() and self.login.isChecked() and self.keep.isChecked())

    # ------------------------------------------------------------------ start at login

    def _login_toggled(self, on: bool) -> None:
        self._write(on, self.hidden.isChecked())
        self._update_hidden()

    def _hidden_toggled(self, hidden: bool) -> None:
        if self.login.isChecked():
            self._write(True, hidden)

    def command(self) -> list[str]:
        """What starts this install on this data folder (named only when it is not the usual one)."""
        import platformdirs

        usual = Path(platformdirs.user_data_dir("quietlegs", appauthor=False))
        return autostart.launch_command(sys.executable, sys.argv[0], bool(getattr(sys, "frozen", False)),
                                        None if self.paths.root == usual else self.paths.root)

    def _write(self, on: bool, hidden: bool) -> None:
        try:
            if on:
                autostart.enable(self.entry, self.command(), hidden,
                                 self.tr("Start Quiet Legs when you log in, so its reminders come"))
            else:
                autostart.disable(self.entry)
        except autostart.AutostartError as exc:
            self._say(self._problem(exc))
        else:
            self._say("")
        state = autostart.read_state(self.entry)  # the boxes say what the file says
        for box, value in ((self.login, state.enabled), (self.hidden, state.hidden if state.enabled else hidden)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _problem(self, exc: autostart.AutostartError) -> str:
        if exc.action == "encode":
            return self.tr("Quiet Legs cannot start at login from here: the path {0} cannot be written in a "
                           "login entry ({1}).").format(exc.path, exc.why)
        if exc.action == "remove":
            return self.tr("Starting at login could not be turned off: {0} could not be removed ({1}).").format(
                exc.path, exc.why)
        return self.tr("Starting at login could not be turned on: {0} could not be written ({1}).").format(
            exc.path, exc.why)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
