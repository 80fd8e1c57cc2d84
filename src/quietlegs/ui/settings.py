"""The app's settings (window geometry, chosen outcome, reminders): an INI file beside the
journal, never inside it, so that a restored backup never brings back old preferences."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from quietlegs.paths import DataPaths


def app_settings(paths: DataPaths) -> QSettings:
    paths.root.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


DISMISSED_RED_FLAGS = "red_flags/dismissed"  # the episodes the person has seen and put away


def dismissed_red_flags(settings: QSettings) -> set[str]:
    value = settings.value(DISMISSED_RED_FLAGS, [])
    if isinstance(value, str):  # an INI list of one reads back as a string
        value = [value] if value else []
    return {str(v) for v in value or []}


def dismiss_red_flag(settings: QSettings, episode: str) -> None:
    settings.setValue(DISMISSED_RED_FLAGS, sorted(dismissed_red_flags(settings) | {episode}))
    settings.sync()
