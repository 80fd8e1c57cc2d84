"""Driving File → Import… as a person does: every file is shown first (the preview dialog), and
written only when its Import button is clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt


def run_and_confirm(qtbot, window, action, timeout: int = 20_000) -> None:
    """Trigger ``action``; if a preview opens, click its Import button; wait for the final message.
    A file refused before the preview (or an export, which asks nothing) simply finishes."""
    io = window.import_export
    ended: list[bool] = []

    def end() -> None:
        ended.append(True)

    io.finished.connect(end)
    try:
        action.trigger()
        qtbot.waitUntil(lambda: bool(ended) or (io.preview is not None and io.preview.isVisible()), timeout=timeout)
        if not ended:
            preview = io.preview
            assert preview.import_button is not None, preview.summary.text()
            with qtbot.waitSignal(io.finished, timeout=timeout):
                qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    finally:
        io.finished.disconnect(end)
