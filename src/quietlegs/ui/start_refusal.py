"""A start of the app refused before its window exists (a data folder it may not use): the
reason in a message box, so that someone who opened the app from a menu sees it too."""

from __future__ import annotations

import os
import sys

SMOKE_ENV = "QUIETLEGS_SMOKE"  # the start-up measurement shows no dialog (app.py)


def show_start_refusal(reason: str) -> None:
    """Show ``reason`` (one line, already printed on standard error) and wait for OK."""
    if os.environ.get(SMOKE_ENV):
        return
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from quietlegs import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 — a box needs one
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, reason)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is shown as it is, never as markup
    box.setInformativeText(QCoreApplication.translate(
        "start_refusal", "Quiet Legs did not open, and changed nothing."))
    box.exec()
