"""A field's hint is read whole in every language: the intervention dialog's "What" box was
240 px whatever the words, and German's "Tippen, um den Katalog zu durchsuchen" ended in "durch…"."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLineEdit

from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
from translation_helpers import speaking

EVENING = datetime(2026, 11, 20, 21, 0)


@pytest.fixture(params=["en", "de", "es"])
def language(request, qapp):
    with speaking(qapp, request.param):
        yield request.param


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


def test_the_journal_search_hint_fits_in_a_window_of_the_usual_size(language, service, clock, qtbot, monkeypatch):
    """The Journal's search field says what it searches, whole, at the window's usual 1100 px
    (the Ctrl+F shortcut is in its tooltip and the Edit menu: with it the hint ended in "(Str…")."""
    from quietlegs import clock as app_clock
    from quietlegs.ui.window_factory import build_main_window

    monkeypatch.setattr(app_clock, "now", clock)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    edit = window.show_page("journal").search

    def room() -> int:
        return edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 4

    def fits() -> bool:
        return edit.isVisible() and edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room()

    try:  # the bar arranges itself a turn or two of the event loop after the window's resize
        qtbot.waitUntil(fits, timeout=3000)
    except qtbot.TimeoutError:
        pass
    assert fits(), (language, edit.placeholderText(), room())
    assert "Ctrl+F" in edit.toolTip() or "Strg+F" in edit.toolTip()
