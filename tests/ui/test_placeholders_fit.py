"""A field's hint is read whole in every language: the intervention dialog's "What" box was
240 px whatever the words, and German's "Tippen, um den Katalog zu durchsuchen" ended in "durch…"."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLineEdit

from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
from quietlegs.ui.translation import install_translations, remove_translations

EVENING = datetime(2026, 11, 20, 21, 0)


@pytest.fixture(params=["en", "de", "es"])
def language(request, qapp):
    remove_translations(qapp)
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)
    install_translations(qapp, "en")


@pytest.mark.parametrize("make", [InterventionDialog, SymptomDialog], ids=["intervention", "symptom"])
def test_every_hint_fits_its_field(language, service, qtbot, make):
    dialog = make(service, at=EVENING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hints = [e for e in dialog.findChildren(QLineEdit) if e.placeholderText() and e.isVisible()]
    assert hints
    for edit in hints:
        room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 4
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room, (
            language, edit.placeholderText(), room)
