"""The app's settings (window geometry, chosen outcome, reminders): an INI file beside the
journal, never inside it, so that a restored backup never brings back old preferences."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from quietlegs.paths import DataPaths


def app_settings(paths: DataPaths) -> QSettings:
    paths.root.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)
