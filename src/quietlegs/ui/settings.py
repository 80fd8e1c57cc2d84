"""The app's settings (window geometry, chosen outcome, reminders): an INI file beside the
journal, never inside it, so that a restored backup never brings back old preferences.

The file is private (0600) like the journal. QSettings writes it through QSaveFile (a new
file renamed over the old), which keeps the permissions of the file it replaces; so the file
is made 0600 before QSettings first writes it, and every later write stays 0600 whatever the
umask. :func:`sync_private` writes now and sets the mode again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from quietlegs.paths import DataPaths


def _make_private(path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK, 0o600)
    except OSError:
        return  # a read-only folder: QSettings reads what is there and writes nothing
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def app_settings(paths: DataPaths) -> QSettings:
    paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    _make_private(paths.settings)
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def sync_private(settings: QSettings) -> None:
    """Write ``settings`` to disk now, private to the user."""
    settings.sync()
    if os.name == "posix" and os.path.isfile(settings.fileName()):
        try:
            os.chmod(settings.fileName(), 0o600)
        except OSError:
            pass


DISMISSED_RED_FLAGS = "red_flags/dismissed"  # the episodes the person has seen and put away


def dismissed_red_flags(settings: QSettings) -> set[str]:
    value = settings.value(DISMISSED_RED_FLAGS, [])
    if isinstance(value, str):  # an INI list of one reads back as a string
        value = [value] if value else []
    return {str(v) for v in value or []}


def dismiss_red_flag(settings: QSettings, episode: str) -> None:
    settings.setValue(DISMISSED_RED_FLAGS, sorted(dismissed_red_flags(settings) | {episode}))
    sync_private(settings)
