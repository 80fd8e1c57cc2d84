"""A GUI application object for painting without a window (the ``report`` command), in English.

(PySide6 6.12.0 drops references to ``None`` on Python 3.11 and aborts; ``pyproject.toml``
excludes that version rather than patching ``None``'s reference count.)
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new one on the offscreen platform (no display needed)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


@contextmanager
def in_english():
    """The command line's report is English (it loads no translation): dates and numbers too,
    whatever the system's language (``QLocale``'s "C": English names, a decimal point), while
    the block runs. The paper still follows the system's country (``render.default_page_size``)."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        yield
    finally:
        QLocale.setDefault(before)
