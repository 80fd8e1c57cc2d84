"""The button row of a dialog that asks one question before going on: its own accept button
(the default, so Enter goes on) and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def go_on_or_cancel(dialog: QDialog, go_on: str) -> tuple[QDialogButtonBox, QPushButton]:
    """``go_on`` (already translated, in the dialog's own words) accepts ``dialog``; Cancel rejects it."""
    buttons = QDialogButtonBox()
    button = buttons.addButton(go_on, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button
