"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 returned None from void methods without a new reference; on Python 3.11 a few
thousand calls (browsing a few dozen nights) aborted the app with "none_dealloc". pyproject
keeps that release out; this test fails if a binding with the same fault comes back.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drain_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100
