"""Builds the main window with its views and menus: the one place that knows which pages exist."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow


def build_main_window(service: JournalService, demo: bool = False) -> MainWindow:
    window = MainWindow(service)
    if demo:
        window.setWindowTitle(f"{window.windowTitle()} — demo journal")

    edit = window.menu("&Edit")
    undo = service.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = service.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addAction(undo)
    edit.addAction(redo)

    # Safe keeping (issue 5): backups while in use and on closing; File → Settings… to restore.
    from quietlegs.ui.auto_backup import AutoBackup
    from quietlegs.ui.dialogs.settings_dialog import add_settings_action

    window.auto_backup = AutoBackup(service, parent=window)
    window.auto_backup.failed.connect(lambda message: window.statusBar().showMessage(message, 60_000))
    window.auto_backup.start_daily()
    add_settings_action(window, service, window.auto_backup)

    # Pages, in sidebar order (each work stream adds its own line here):
    return window
