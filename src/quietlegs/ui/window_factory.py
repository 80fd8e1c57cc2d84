"""Builds the main window with its views: the one place that knows which pages exist."""

from __future__ import annotations

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow


def build_main_window(service: JournalService, demo: bool = False) -> MainWindow:
    window = MainWindow(service)
    if demo:
        window.setWindowTitle(f"{window.windowTitle()} — demo journal")
    return window
