"""Builds the main window with its views and menus: the one place that knows which pages exist."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from quietlegs.ui.desktop_menus import add_desktop_menus
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.settings import app_settings
from quietlegs.ui.window_state import remember_geometry


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

    # Pages, in sidebar order (each work stream adds its own line here):

    add_desktop_menus(window)  # keep last: Quit at the foot of File, then Help and About
    remember_geometry(window, app_settings(service.paths))
    return window
