"""The window's File → Import… refuses what is not a journal file before reading it (issue 16,
item 8): the same checks as the command line (storage/file_checks.py), said in the final box.

Only the file dialog's answer and the message box's ``exec`` are patched; no preview is reached.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quietlegs.storage.file_checks import MAX_IMPORT_BYTES

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Ok)
    return shown


def _import(qtbot, window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        window.import_export.import_action.trigger()


def _huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)  # sparse: reading it would take seconds and memory
    return path


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "journal.json"
    os.mkfifo(path)  # reading it would block the import's thread for ever
    return path


@pytest.mark.parametrize("make, words", [
    (_fifo, "is a named pipe (FIFO), not a journal file"),
    (lambda _tmp: Path("/dev/zero"), "/dev/zero is a device, not a journal file"),
    (_huge, "over the 200 MB a journal file can be"),
])
def test_a_file_that_is_not_a_journal_file_is_refused_before_reading(qtbot, window, boxes, monkeypatch, tmp_path,
                                                                     make, words):
    nights_before = window.service.journal.counts()["nights"]
    _import(qtbot, window, monkeypatch, make(tmp_path))
    box = boxes[-1]
    assert box.windowTitle() == "Nothing was imported"
    assert words in box.text()
    assert "Your journal is unchanged" in box.informativeText()
    assert window.import_export.job is None  # no reading thread was started
    assert window.import_export.preview is None  # refused before any preview, in words
    assert window.service.journal.counts()["nights"] == nights_before
