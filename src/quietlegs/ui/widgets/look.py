"""The calm look shared by the pages and entry forms: cards, section titles, hints, field
messages, tables of records to pick from and fields side by side on one line.

Styles are scoped by object name so that they never leak into other pages' widgets. Cards,
hints and field messages paint themselves from the palette (``painted``), so that Today, which
start-up waits for, needs no style sheet; the other pages and dialogs keep the shared sheet for
the rest (chips, tables' rows, check boxes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quietlegs.ui import colours
from quietlegs.ui.widgets.painted import Panel, ToneLabel, card_fill, card_line
from quietlegs.ui.widgets.plain_text import plain_label, set_plain


def look_style(pal: QPalette) -> str:
    """The shared style sheet for ``pal``: palette roles, and colours worked out from them."""
    accent = pal.color(QPalette.ColorRole.Highlight)
    return f"""
QLabel#sectionTitle {{ font-weight: 600; color: palette(window-text); }}
QLabel#hint {{ color: {colours.name(colours.dim_text(pal))}; }}
QLabel#fieldError {{ color: {colours.name(colours.semantic("error", pal))}; }}
QLabel#derived {{ color: palette(text); }}
QFrame#banner {{
    background: {colours.name(colours.tint(accent, pal))};
    border: 1px solid {colours.name(accent)};
    border-radius: 10px;
}}
""" + chip_style(pal) + CHECKS_STYLE


# Today has no page style sheet (see ``painted``): these small ones sit on the few widgets there
# that need them, and are part of the shared sheet everywhere else.
CHECKS_STYLE = """
QCheckBox, QRadioButton { border: 1px solid transparent; border-radius: 4px; padding: 1px 3px; }
QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }
"""


def chip_style(pal: QPalette) -> str:
    """Checkable chips (``QToolButton#chip``): a rounded outline, filled when checked."""
    edge = colours.name(colours.edge(pal))
    return f"""
QToolButton#chip {{
    border: 1px solid {edge};
    border-radius: 12px;
    padding: 3px 10px;
    background: palette(base);
    color: palette(text);
}}
QToolButton#chip:checked {{
    background: palette(highlight);
    border-color: palette(highlight);
    color: palette(highlighted-text);
}}
QToolButton#chip:focus {{ border: 2px solid palette(highlight); padding: 2px 9px; }}
QToolButton#chip:checked:focus {{ border: 2px solid palette(highlighted-text); }}
"""


def apply_look(widget: QWidget) -> None:
    """The shared look on ``widget`` (a page or a dialog), kept in step with light and dark."""
    colours.follow_palette(widget, look_style)


def card(title: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A rounded, lightly bordered panel with an optional title; returns it and its layout."""
    frame = Panel(card_fill, card_line)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 16)
    layout.setSpacing(10)
    if title:
        layout.addWidget(section_title(title))
    return frame, layout


def section_title(text: str) -> QLabel:
    label = plain_label(text)  # may be a kind's name: never read as markup
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def hint(text: str = "") -> QLabel:
    label = ToneLabel(colours.dim_text)
    set_plain(label, text)  # status lines quote what was typed
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _error_tone(pal: QPalette):
    return colours.semantic("error", pal)


class FieldMessage(ToneLabel):
    """The plain-words message shown beside a field; hidden while the field is right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_error_tone, parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


def sentence(field_label: str, message: str) -> str:
    """``Final awakening`` + ``is before lights out`` → one plain sentence."""
    from quietlegs.ui.translation import field_message, tr

    return tr("{0} {1}.").format(field_label, field_message(message))


def rows_to_pick(view: QAbstractItemView) -> None:
    """A list of records a person picks from: one whole row at a time, never edited in place
    (editing happens in the form or dialog beside it). Arrows move inside it; Tab leaves it
    (Qt's default moves from cell to cell, trapping a keyboard user in a long table)."""
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def inline(*widgets: QWidget, spacing: int | None = None) -> QWidget:
    """``widgets`` side by side on one line, left-aligned, as one cell of a form."""
    cell = QWidget()
    line = QHBoxLayout(cell)
    line.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        line.setSpacing(spacing)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return cell
