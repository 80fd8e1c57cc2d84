"""Colours that read in light and in dark: everything is taken from the application palette's
roles or worked out from them, and checked against WCAG contrast (4.5:1 for text, 3:1 for
graphics).

Semantic colours (an urgent sign, what helps and hurts, a field's error) have a light and a dark
variant; :func:`semantic` gives the one for the palette in use. Style sheets that need such a
colour are made by a function of the palette and kept up to date by :func:`follow_palette`, so
a switch of the desktop's scheme while the app runs (or the palette set just after the first
paint) restyles them too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject  # (not QEvent here: ui.theme uses this module before the first paint)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA, normal text
GRAPHIC_CONTRAST = 3.0  # WCAG AA, graphics and the edges of controls

# name → (on a light palette, on a dark palette); each reads ≥ 4.5:1 on its palette's Window,
# Base and AlternateBase (tests/ui/test_contrast.py checks them all).
SEMANTIC = {
    "error": ("#b3261e", "#ff8a80"),
    "urgent": ("#b3261e", "#ff8a80"),
    "soon": ("#8f5500", "#f2b24c"),
    "helps": ("#0067a3", "#6cbcf0"),  # blue / orange: apart for the common colour blindnesses
    "hurts": ("#b34700", "#f59a55"),
}

Role = QPalette.ColorRole


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    return (pal or palette()).color(Role.Window).lightness() < 128


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 … 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0 … 1) of the way towards ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def legible(colour: QColor, grounds: list[QColor], minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``, or the nearest shade of it (towards black on light grounds, white on dark)
    that reads at least ``minimum``:1 on every one of ``grounds``."""
    target = QColor("#000000") if luminance(grounds[0]) > 0.18 else QColor("#ffffff")
    for step in range(21):
        c = mix(colour, target, step / 20)
        if all(contrast(c, g) >= minimum for g in grounds):
            return c
    return target


def grounds(pal: QPalette | None = None) -> list[QColor]:
    """The backgrounds text sits on: the window, the fields and cards, alternate rows."""
    pal = pal or palette()
    return [pal.color(Role.Window), pal.color(Role.Base), pal.color(Role.AlternateBase)]


def semantic(name: str, pal: QPalette | None = None) -> QColor:
    """The light or dark variant of a semantic colour, made legible on ``pal``'s grounds (a
    system palette may differ from ours)."""
    pal = pal or palette()
    light, dark = SEMANTIC[name]
    return legible(QColor(dark if is_dark(pal) else light), grounds(pal))


def dim_text(pal: QPalette | None = None) -> QColor:
    """Quieter text for hints and captions: as far towards the window as it can go while it still
    reads ≥ 4.5:1 on the window, the fields and alternate rows."""
    pal = pal or palette()
    text, window = pal.color(Role.WindowText), pal.color(Role.Window)
    for step in range(8, -1, -1):  # at most 40 % of the way towards the window
        c = mix(text, window, step / 20)
        if all(contrast(c, g) >= TEXT_CONTRAST + 0.1 for g in grounds(pal)):
            return c
    return text


def tint(colour: QColor, pal: QPalette | None = None, amount: float = 0.14) -> QColor:
    """A background for a banner: the fields' colour with a little of ``colour`` in it."""
    return mix((pal or palette()).color(Role.Base), colour, amount)


def edge(pal: QPalette | None = None, minimum: float = GRAPHIC_CONTRAST) -> QColor:
    """A border that shows (≥ 3:1) on the window and on the fields: input fields and cards."""
    pal = pal or palette()
    return legible(pal.color(Role.Mid), grounds(pal), minimum)


def name(c: QColor) -> str:
    return c.name(QColor.NameFormat.HexRgb)


class _Restyler(QObject):
    def __init__(self, widget, make_style: Callable[[QPalette], str]):
        super().__init__(widget)
        self._make_style = make_style
        self._widget = widget

    def restyle(self) -> None:
        style = self._make_style(palette())
        if self._widget.styleSheet() != style:
            self._widget.setStyleSheet(style)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _PALETTE_EVENTS:
            self.restyle()
        return False


_PALETTE_EVENTS: tuple = ()


def follow_palette(widget, make_style: Callable[[QPalette], str]) -> None:
    """Give ``widget`` the style sheet ``make_style(palette)`` now and again whenever the app's
    palette changes (light ↔ dark)."""
    global _PALETTE_EVENTS
    if not _PALETTE_EVENTS:
        from PySide6.QtCore import QEvent

        _PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
    restyler = _Restyler(widget, make_style)
    widget.installEventFilter(restyler)
    restyler.restyle()


def error_style(pal: QPalette) -> str:
    """A style sheet for one label that says what is wrong: the error colour for ``pal``."""
    return f"color: {name(semantic('error', pal))};"
