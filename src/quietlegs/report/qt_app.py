"""A GUI application object for painting without a window (the ``report`` command).

(PySide6 6.12.0 drops references to ``None`` on Python 3.11 and aborts; ``pyproject.toml``
excludes that version rather than patching ``None``'s reference count.)
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new one on the offscreen platform (no display needed)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app
