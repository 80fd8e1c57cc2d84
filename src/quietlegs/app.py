"""Composition root: paths → backup + migrate → services → main window.

Start-up shows the window first; matplotlib, statsmodels and the like load after the first
paint, when a page needs them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from quietlegs import APP_ID, APP_NAME, __version__, clock
from quietlegs.paths import DataPaths, data_paths

SMOKE_ENV = "QUIETLEGS_SMOKE"


def make_demo_dir() -> Path:
    """A fresh temporary folder holding a generated demo journal."""
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.storage.journal_file import open_journal

    root = Path(tempfile.mkdtemp(prefix="quietlegs-demo-"))
    paths = DataPaths(root)
    journal = open_journal(paths.journal)
    try:
        journal.import_data(generate_demo_journal(clock.now().date() - timedelta(days=1)))
    finally:
        journal.close()
    return root


def run_app(data_dir: str | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from quietlegs.ui.startup import open_or_explain
    from quietlegs.ui.window_factory import build_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)

    paths = DataPaths(make_demo_dir()) if demo else data_paths(data_dir)
    # [safe keeping] One app per journal: a second start brings the first to the front.
    from quietlegs.ui.single_instance import Claim, SingleInstance

    instance = SingleInstance(paths)
    claim = instance.claim()
    if claim is not Claim.MINE:
        return _explain_claim(claim)
    service = open_or_explain(paths)
    if service is None:
        instance.release()
        return 1
    window = build_main_window(service, demo=demo)
    instance.serve(window)  # [safe keeping]
    if os.environ.get(SMOKE_ENV) == "1":
        return _smoke(app, window)
    window.show()
    try:
        return app.exec()
    finally:
        service.journal.close()
        instance.release()  # [safe keeping]


def _explain_claim(claim) -> int:
    """[safe keeping] A second start: the first app came forward (0), or the journal is busy (1)."""
    from PySide6.QtWidgets import QMessageBox

    from quietlegs.ui.single_instance import Claim

    if claim is Claim.FORWARDED:
        return 0
    QMessageBox.information(None, APP_NAME, QMessageBox.tr(
        "The journal is in use by another Quiet Legs program (perhaps an import from the command line). "
        "Try again in a moment."))
    return 1


def _smoke(app, window) -> int:
    """Show the window, wait for its first paint, print ``ready`` and leave."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    print("ready", flush=True)
    window.service.journal.close()
    return 0
