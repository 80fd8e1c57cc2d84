"""Builds the main window with its views and menus: the one place that knows which pages exist."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from quietlegs import clock
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.pages.today_page import TodayPage


def build_main_window(service: JournalService, demo: bool = False, window: MainWindow | None = None) -> MainWindow:
    """Give ``window`` (or a new one) its pages and menus for the journal behind ``service``."""
    window = window or MainWindow()
    window.service = service
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
    window.add_page("today", window.tr("Today"), TodayPage(service, clock.now, clock.local_zone()), "Ctrl+1")
    return window
