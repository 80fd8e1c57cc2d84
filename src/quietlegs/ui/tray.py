"""The icon in the notification area, and keeping Quiet Legs running there when its window closes.

:class:`AppTray` is the app's one icon. It is made the first time it is needed (the person
chose to keep Quiet Legs running in the notification area, or a reminder fired) and only where
the desktop has a notification area. Its menu: Open Quiet Legs, Log last night…, Log this
evening…, Remind me in 30 minutes (while a reminder waits), Quit.

:class:`KeepInTray` hides the window instead of quitting when it is closed, while the person
wants that (Settings, off by default) and a notification area exists. Before it hides, unsaved
typing is saved or discarded as the person chooses (the window asks, as on quitting), the
settings are written out and a backup is made as on closing. The journal stays open: every save
is on disk when it returns (``synchronous=FULL``), and the reminders keep their timer. Quit (the
icon's menu, File → Quit) really quits, and the process ends at once as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER
from quietlegs.ui.settings import sync_private

KEEP_RUNNING_KEY = "tray/keep_running"
TOLD_KEY = "tray/told_still_running"  # the "still running" message is shown once, ever
TRAY_WAIT_MS = 500  # started hidden at login: the panel may come a little after the app …
TRAY_WAIT_TRIES = 30  # … for up to 15 s; then the window shows rather than nothing at all


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def keeps_running(settings: QSettings) -> bool:
    """Whether closing the window keeps the app running in the notification area (off by default)."""
    return str(settings.value(KEEP_RUNNING_KEY, "false")).lower() in ("true", "1")


def set_keeps_running(settings: QSettings, on: bool) -> None:
    settings.setValue(KEEP_RUNNING_KEY, bool(on))
    sync_private(settings)


class AppTray(QObject):
    """The one notification-area icon; :meth:`ensure` makes it, where there is a notification area."""

    open_requested = Signal()      # show the window
    clicked = Signal()             # the icon itself was clicked
    message_clicked = Signal()     # a message from the icon was clicked
    log_requested = Signal(str)    # MORNING_REMINDER (last night) or EVENING_REMINDER (this evening)
    snooze_requested = Signal()
    quit_requested = Signal()

    def __init__(self, make_tray: Callable[[QObject], QSystemTrayIcon] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.make_tray = make_tray or self._system_tray  # tests give a stand-in
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self._wanted: set[str] = set()  # why the icon is shown: "keep", "reminder"
        self.message_about = ""  # what the last message was about ("reminder", "still running")

    def _system_tray(self, parent: QObject) -> QSystemTrayIcon:
        icon = QApplication.windowIcon()
        return QSystemTrayIcon(icon if not icon.isNull() else QIcon.fromTheme("appointment-soon"), parent)

    def ensure(self) -> QSystemTrayIcon | None:
        """The icon (made now if it was not yet), or None where the desktop has no notification area."""
        if self.icon is None and tray_available():
            icon = self.icon = self.make_tray(self)
            icon.setToolTip(self.tr("Quiet Legs"))
            menu = self.menu = QMenu()  # no parent: a menu of the icon, not of a window
            self.open_action = menu.addAction(self.tr("&Open Quiet Legs"), self.open_requested.emit)
            menu.setDefaultAction(self.open_action)  # bold: what a click on the icon does
            menu.addSeparator()
            self.log_night_action = menu.addAction(self.tr("Log &last night…"),
                                                   lambda: self.log_requested.emit(MORNING_REMINDER))
            self.log_evening_action = menu.addAction(self.tr("Log this &evening…"),
                                                     lambda: self.log_requested.emit(EVENING_REMINDER))
            self.snooze_action = menu.addAction(self.tr("&Remind me in 30 minutes"), self.snooze_requested.emit)
            self.snooze_action.setEnabled(False)
            menu.addSeparator()
            self.quit_action = menu.addAction(self.tr("&Quit"), self.quit_requested.emit)
            icon.setContextMenu(menu)
            icon.messageClicked.connect(self.message_clicked.emit)
            icon.activated.connect(self._activated)
        return self.icon

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.clicked.emit()

    def want(self, why: str, on: bool = True) -> bool:
        """Show the icon for ``why`` (or stop showing it for that); hidden once nothing wants it.
        True when the icon is shown."""
        if on:
            self._wanted.add(why)
        else:
            self._wanted.discard(why)
        icon = self.ensure() if self._wanted else self.icon
        if icon is not None:
            icon.setVisible(bool(self._wanted))
        return icon is not None and bool(self._wanted)

    def show_message(self, title: str, text: str, msecs: int = 10_000, about: str = "") -> bool:
        """A desktop notification from the icon; False where there is no notification area.
        ``about`` says what a click on it is about (see :attr:`message_about`)."""
        icon = self.ensure()
        if icon is None:
            return False
        self.message_about = about
        icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, msecs)
        return True

    def set_reminder_waiting(self, waiting: bool) -> None:
        if self.icon is not None:
            self.snooze_action.setEnabled(waiting)


class KeepInTray(QObject):
    """Closing ``window`` hides it into the notification area while the person wants that.

    ``window.close_to_tray`` is set to :meth:`close_to_tray` (asked by the window's close, after
    its unsaved-typing question); ``on_hidden`` runs once the window is hidden (a backup, as
    on closing)."""

    def __init__(self, window, tray: AppTray, settings: QSettings,
                 on_hidden: Callable[[], None] | None = None, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window, self.tray, self.settings = window, tray, settings
        self._on_hidden = on_hidden
        self._tries = 0
        self.wait_ms, self.wait_tries = TRAY_WAIT_MS, TRAY_WAIT_TRIES  # for a desktop's panel at login
        window.close_to_tray = self.close_to_tray
        self.refresh()

    def active(self) -> bool:
        return keeps_running(self.settings) and tray_available()

    def refresh(self) -> None:
        """Follow the setting: the icon shown while it is on; the app quits with its window
        only while it is off (otherwise closing a dialog of a hidden window would end it)."""
        active = self.active()
        QApplication.setQuitOnLastWindowClosed(not active)
        self.tray.want("keep", active)

    def close_to_tray(self) -> bool:
        """Hide the window instead of closing it; False (close as usual) while the setting is off
        or there is no notification area."""
        if not self.active():
            return False
        self.window.hide()
        sync_private(self.settings)
        if not keeps_running_told(self.settings):
            self.tray.show_message(
                self.tr("Quiet Legs is still running"),
                self.tr("Its reminders still come. Click the Quiet Legs icon to open it again, "
                        "or choose Quit from its menu to end it."), about="still running")
            self.settings.setValue(TOLD_KEY, True)
            sync_private(self.settings)
        if self._on_hidden is not None:
            QTimer.singleShot(0, self, self._on_hidden)  # after the window has gone
        return True

    def start_hidden(self) -> None:
        """Started at login into the notification area: show the icon, not the window. When the
        desktop's panel is not there yet, wait for it a little; without one, show the window."""
        self.refresh()
        if self.active() or self.window.isVisible():  # the icon is there, or the window was asked for
            return
        self._tries += 1
        if self._tries < self.wait_tries and keeps_running(self.settings):
            QTimer.singleShot(self.wait_ms, self, self.start_hidden)
            return
        from quietlegs.ui.single_instance import bring_to_front

        bring_to_front(self.window)


def keeps_running_told(settings: QSettings) -> bool:
    return str(settings.value(TOLD_KEY, "false")).lower() in ("true", "1")


def starts_in_tray(settings: QSettings, environ) -> bool:
    """Whether this start stays in the notification area: asked by the login entry
    (``QUIETLEGS_START_HIDDEN=1``) while the person keeps Quiet Legs running there."""
    from quietlegs.services.autostart import starts_hidden

    return starts_hidden(environ) and keeps_running(settings)


def install_tray(window, tray: AppTray, reminders, settings: QSettings, now: Callable) -> KeepInTray:
    """Wire the icon's menu to ``window`` and ``reminders``: Open shows the window, a click on
    the icon opens a waiting reminder's form (else shows the window), Log last night… / Log this
    evening… open Today on that night, Quit quits."""
    from quietlegs.domain.reminders import asked_for
    from quietlegs.ui.single_instance import bring_to_front

    def on_hidden() -> None:
        backup = getattr(window, "auto_backup", None)
        if backup is not None:
            backup.on_close()  # as on closing: the journal backed up if it changed

    keep = KeepInTray(window, tray, settings, on_hidden)
    tray.open_requested.connect(lambda: bring_to_front(window))
    tray.clicked.connect(lambda: reminders.open_waiting() or bring_to_front(window))
    tray.log_requested.connect(lambda kind: reminders.open_requested.emit(asked_for(kind, now())))
    tray.quit_requested.connect(window.quit_app)
    return keep
