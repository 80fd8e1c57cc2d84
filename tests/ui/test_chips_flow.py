"""The symptom dialog's chips reflow to its width (issue 15, "windows that fit"): at half a 1366 px
screen (683 px) and on the 800 px offscreen screen, in English and in German, every chip is on show
without a sideways scroll, and the keyboard still reaches every chip of each group."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
from quietlegs.ui.widgets.chips import ChipGroup
from quietlegs.ui.widgets.narrow_layouts import FittingScrollArea
from translation_helpers import speaking

IN_THE_NIGHT = datetime(2026, 11, 21, 2, 10)


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    with speaking(qapp, request.param):
        yield request.param


def _dialog_at(qtbot, service, width: int) -> SymptomDialog:
    dialog = SymptomDialog(service, at=IN_THE_NIGHT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(width, 560)
    qtbot.waitUntil(lambda: dialog.width() == width, timeout=3000)
    QApplication.processEvents()
    return dialog


def _groups(dialog: SymptomDialog) -> list[ChipGroup]:
    return [dialog.locations, dialog.preceded_by, dialog.relieved_by]


@pytest.mark.parametrize("width", [683, 800])
def test_every_chip_is_on_show_without_a_sideways_scroll(language, service, qtbot, width):
    dialog = _dialog_at(qtbot, service, width)
    [area] = dialog.findChildren(FittingScrollArea)
    assert not area.horizontalScrollBar().isVisible(), (language, width)
    assert area.widget().width() <= area.viewport().width()
    for group in _groups(dialog):
        for button in group.buttons.values():
            area.ensureWidgetVisible(button)  # scrolled up or down into view: fine
            QApplication.processEvents()
            assert button.visibleRegion().boundingRect() == button.rect(), (language, width, button.text())


@pytest.mark.parametrize("width", [683, 800])
def test_the_keyboard_still_moves_through_every_chip(language, service, qtbot, width):
    dialog = _dialog_at(qtbot, service, width)
    for group in _groups(dialog):
        order = list(group.buttons.values())
        first = order[0]
        first.setFocus()
        qtbot.waitUntil(first.hasFocus, timeout=3000)
        reached = [first]
        for _ in order[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
            reached.append(QApplication.focusWidget())
        assert reached == order  # Right walks the chips in their order, across wrapped lines
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert QApplication.focusWidget() is order[-1]  # and stops at the last
        for _ in order[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
        assert QApplication.focusWidget() is first


def test_up_and_down_move_to_the_chip_above_or_below_as_the_rows_wrap_now(language, service, qtbot):
    dialog = _dialog_at(qtbot, service, 683)
    group = dialog.locations
    lines = group.lines()
    assert len(lines) >= 3  # left leg, right leg, other: at least one line each
    start = lines[0][0]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    seen = [start]
    for _ in lines[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        seen.append(QApplication.focusWidget())
    assert [next(i for i, line in enumerate(lines) if b in line) for b in seen] == list(range(len(lines)))
    assert all(b.geometry().left() == lines[0][0].geometry().left() for b in seen)  # straight down the left edge
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is seen[-1]  # the last line: stays
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert QApplication.focusWidget() is seen[-2]


def test_a_wrapped_legs_row_keeps_its_label_beside_its_first_line(qtbot, service, qapp):
    with speaking(qapp, "de"):
        dialog = _dialog_at(qtbot, service, 683)
        group = dialog.locations
        left_foot, right_foot = group.buttons["left_foot"], group.buttons["right_foot"]
        assert group.buttons["left_hip"].geometry().top() > left_foot.geometry().top()  # the row wrapped
        labels = {label.text(): label for label in group.findChildren(QLabel) if label.text()}
        for text, chip in (("Linkes Bein", left_foot), ("Rechtes Bein", right_foot)):
            label = labels[text]
            assert label.geometry().right() < chip.geometry().left()
            assert abs(label.geometry().center().y() - chip.geometry().center().y()) <= 2
            assert label.visibleRegion().boundingRect() == label.rect()  # never cut off
        assert left_foot.accessibleName() == "Linkes Bein Fuß"
