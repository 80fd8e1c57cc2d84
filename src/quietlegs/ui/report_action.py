"""File → Print report… (Ctrl+P from anywhere in the window): opens the report dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.settings import app_settings
from quietlegs.ui.translation import tr


def install_report_action(window: MainWindow, now: Callable[[], datetime], tz: tzinfo | None) -> QAction:
    action = QAction(tr("&Print report…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.setStatusTip(tr("Choose the nights and print the report for an appointment, or save it as PDF"))

    def open_dialog() -> None:
        from quietlegs.ui.dialogs.report_dialog import ReportDialog  # loads Qt printing on first use

        dialog = ReportDialog(window.service, app_settings(window.service.paths), now, tz, window)
        window.report_dialog = dialog  # reachable for tests and for a second Ctrl+P
        dialog.exec()
        window.report_dialog = None

    window.report_dialog = None
    action.triggered.connect(open_dialog)
    window.menu("&File").addAction(action)
    window.addAction(action)
    return action
