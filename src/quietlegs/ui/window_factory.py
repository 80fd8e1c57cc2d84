"""Builds the main window with its views and menus: the one place that knows which pages exist."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from quietlegs import clock
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.pages.appointments_page import AppointmentsPage
from quietlegs.ui.report_action import install_report_action


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

    install_report_action(window, clock.now, clock.local_zone())

    # Pages, in sidebar order (each work stream adds its own line here):
    window.add_page("appointments", window.tr("Appointments"), AppointmentsPage(service, clock.now), "Ctrl+5")
    return window
