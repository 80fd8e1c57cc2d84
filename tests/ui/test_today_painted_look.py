"""Today's look without a page style sheet (start-up polishes its widgets several times faster):
nothing on the way from the window to the night form carries a sheet; cards paint the fields'
colour; hints and field messages take their colours from the application palette, in light and
in dark, and follow a switch between them as the shared style sheet does elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QWidget

from quietlegs.ui import colours, theme
from quietlegs.ui.widgets.look import FieldMessage, card, hint

Role = QPalette.ColorRole


@pytest.fixture
def themed(qapp, monkeypatch):
    def use(scheme: str) -> None:
        monkeypatch.setenv(theme.SCHEME_ENV, scheme)
        theme.follow_color_scheme(qapp)
        qapp.processEvents()  # Qt posts the palette's change to the widgets
        assert colours.is_dark() is (scheme == "dark")
    yield use
    qapp.setPalette(QPalette())
    for cls in theme.FIELD_CLASSES:
        qapp.setPalette(QPalette(), cls)


def test_no_style_sheet_above_the_night_form(page):
    widget: QWidget | None = page.form
    while widget is not None:
        assert widget.styleSheet() == "", widget
        widget = widget.parentWidget()
    # the form's own widgets have none either, but for spin boxes sized as elsewhere (the night dialog)
    for child in page.form.findChildren(QWidget):
        assert child.styleSheet() == "" or isinstance(child, QAbstractSpinBox), child


def test_spin_boxes_on_today_are_as_high_as_in_the_night_dialog(page, service):
    from quietlegs.ui.dialogs.night_dialog import NightDialog

    dialog = NightDialog(service, page, None, page.night_of)
    try:
        ours = page.form.fields["sleep_latency_min"].sizeHint().height()
        theirs = dialog.findChildren(QAbstractSpinBox)[0].sizeHint().height()
        assert ours == theirs
    finally:
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_hints_and_messages_follow_the_palette(qapp, qtbot, themed, scheme):
    other = "dark" if scheme == "light" else "light"
    themed(scheme)
    holder = QWidget()
    qtbot.addWidget(holder)
    quiet, message = hint("a hint"), FieldMessage()
    quiet.setParent(holder)
    message.setParent(holder)
    assert quiet.palette().color(Role.WindowText) == colours.dim_text()
    assert message.palette().color(Role.WindowText) == colours.semantic("error")
    themed(other)  # the desktop switched while the app runs
    assert quiet.palette().color(Role.WindowText) == colours.dim_text()
    assert message.palette().color(Role.WindowText) == colours.semantic("error")
    assert colours.contrast(quiet.palette().color(Role.WindowText), colours.palette().color(Role.Window)) >= 4.5


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_card_is_painted_in_the_fields_colour_with_a_visible_edge(qapp, qtbot, themed, scheme):
    themed(scheme)
    frame, _layout = card("Title")
    qtbot.addWidget(frame)
    frame.resize(200, 120)
    image = frame.grab().toImage()
    assert image.pixelColor(QPoint(100, 100)) == colours.palette().color(Role.Base)
    edge = image.pixelColor(QPoint(100, 0))
    assert edge != colours.palette().color(Role.Base)
