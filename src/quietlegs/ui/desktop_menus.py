"""The app-wide menu entries every desktop app has: File → Quit, Help → Help and About.

``add_desktop_menus`` runs last in build_main_window, so Quit stays at the foot of File.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from quietlegs import APP_NAME
from quietlegs.ui.about_dialog import AboutDialog
from quietlegs.ui.help_dialog import HelpDialog
from quietlegs.ui.translation import tr


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's own keys for ``standard``, plus ``fallback`` where it has none of them."""
    keys = QKeySequence.keyBindings(standard)
    if not any(k.matches(QKeySequence(fallback)) == QKeySequence.SequenceMatch.ExactMatch for k in keys):
        keys.append(QKeySequence(fallback))
    return keys


def add_desktop_menus(window: QMainWindow) -> None:
    file_menu = window.menu("&File")
    if file_menu.actions():
        file_menu.addSeparator()
    quit_action = QAction(tr("&Quit"), window)
    quit_action.setObjectName("quit")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    quit_action.triggered.connect(window.quit_app)  # for good, also when the app keeps running in the tray
    file_menu.addAction(quit_action)

    help_menu = window.menu("&Help")
    help_action = QAction(tr("%1 &Help").replace("%1", APP_NAME), window)
    help_action.setObjectName("help")
    help_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.HelpContents, "F1"))
    help_action.triggered.connect(lambda: show_help(window))
    help_menu.addAction(help_action)
    help_menu.addSeparator()
    about_action = QAction(tr("&About %1").replace("%1", APP_NAME), window)
    about_action.setObjectName("about")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(lambda: show_about(window))
    help_menu.addAction(about_action)


def show_about(window: QMainWindow) -> AboutDialog:
    dialog = window.findChild(AboutDialog)
    if dialog is None:
        dialog = AboutDialog(window.service.paths, window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_help(window: QMainWindow) -> HelpDialog:
    dialog = window.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
