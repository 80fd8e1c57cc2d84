"""The shared look painted from the palette, for Today (the page start-up waits for).

A style sheet anywhere above a widget makes Qt polish it and every widget under it through its
style-sheet style: on Today that was ~20 ms of processor time before the page was usable, most
of what adding the page cost. So Today has no page style sheet: its cards and banner paint
themselves here, its hints and messages take their colour through their palette. The colours
are the ones the shared style sheet (``look.look_style``) gives the other pages and dialogs,
worked out from the application palette, and follow it between light and dark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from quietlegs.ui import colours

Role = QPalette.ColorRole
RADIUS = 10  # px, as the style sheet's cards and banners


def card_fill(pal: QPalette) -> QColor:
    return pal.color(Role.Base)


def card_line(pal: QPalette) -> QColor:
    return colours.mix(pal.color(Role.Base), pal.color(Role.Text), 0.14)


def banner_fill(pal: QPalette) -> QColor:
    return colours.tint(pal.color(Role.Highlight), pal)


def banner_line(pal: QPalette) -> QColor:
    return pal.color(Role.Highlight)


class Panel(QFrame):
    """A rounded panel with a 1 px border, painted in colours worked out from the palette
    (``fill`` None: the window shows through)."""

    def __init__(self, fill: Callable[[QPalette], QColor] | None, line: Callable[[QPalette], QColor],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._fill, self._line = fill, line
        self.setContentsMargins(1, 1, 1, 1)  # the border's room, as a style sheet's border takes it

    def paintEvent(self, event) -> None:
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._line(pal), 1))
        if self._fill is None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setBrush(self._fill(pal))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)


_tones: dict[tuple, QColor] = {}
_TONE_ROLES = (Role.Window, Role.WindowText, Role.Base, Role.AlternateBase, Role.Text, Role.Mid, Role.Highlight)


def tone_of(tone: Callable[[QPalette], QColor]) -> QColor:
    """``tone(application palette)``, worked out once per palette (a legible shade takes a few
    dozen contrast sums; Today has a score of hints and field messages)."""
    pal = colours.palette()
    key = (tone, *(pal.color(role).name() for role in _TONE_ROLES))
    colour = _tones.get(key)
    if colour is None:
        if len(_tones) > 64:  # palettes come and go (light ↔ dark, tests)
            _tones.clear()
        colour = _tones[key] = tone(pal)
    return colour


class ToneLabel(QLabel):
    """A label whose text colour is ``tone(palette)`` (a hint's quieter grey, an error's red),
    kept in step when the application's palette changes."""

    def __init__(self, tone: Callable[[QPalette], QColor], parent: QWidget | None = None):
        super().__init__(parent)
        self._tone = tone
        self._set_tone()

    def _set_tone(self) -> None:
        colour = tone_of(self._tone)
        pal = self.palette()
        if pal.color(Role.WindowText) != colour:
            pal.setColor(Role.WindowText, colour)
            self.setPalette(pal)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # A new application palette reaches a child as PaletteChange (posted); its own
        # setPalette below too, and then the colour is already right.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._set_tone()


SHEET_STYLE_ONLY = "QAbstractSpinBox {}"  # matches and sets nothing


def as_on_other_pages(box: QWidget) -> None:
    """A spin box (a time, a date, a number) sized as under the shared style sheet elsewhere (the
    night dialog shows the same form): Qt's style-sheet style makes spin boxes 4 px lower than
    plain Fusion. An empty rule on the box alone does it, for a tenth of a millisecond."""
    box.setStyleSheet(SHEET_STYLE_ONLY)
