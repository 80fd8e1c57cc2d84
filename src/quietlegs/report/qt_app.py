"""A GUI application object for painting without a window (the ``report`` command), and a guard
for a reference-counting fault of the installed Qt bindings.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on each call of many ``void`` Qt
methods (``QFont.setBold``, ``QPainter.save`` …). Python 3.12+ keeps ``None`` immortal, but 3.11
counts its references, and after a few thousand such calls it aborts with "deallocating None".
Painting a report makes tens of thousands of calls, so before painting we lift ``None``'s count
far out of reach: the same state Python 3.12 keeps it in.
"""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtGui import QGuiApplication

_LIFT = 1 << 40


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal on Python < 3.12 (a no-op where it already is)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _LIFT:
        refcount.value += _LIFT


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new one on the offscreen platform (no display needed)."""
    keep_none_alive()
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app
