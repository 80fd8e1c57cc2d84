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

    # Pages, in sidebar order (each work stream adds its own line here):
    _add_journal_page(window, service)
    _add_catalog_page(window, service)
    return window


def _add_journal_page(window: MainWindow, service: JournalService) -> None:
    from quietlegs.ui.pages.journal_page import JournalPage

    window.add_page("journal", window.tr("Journal"), JournalPage(service), "Ctrl+2")


def _add_catalog_page(window: MainWindow, service: JournalService) -> None:
    from quietlegs.ui.pages.catalog_page import CatalogPage

    window.add_page("catalog", window.tr("Catalog"), CatalogPage(service), "Ctrl+4")
