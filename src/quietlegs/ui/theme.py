"""The app's look and feel, set once at start-up: the system's style, light or dark palette,
fonts and scaling, and the app icon.

Qt already follows the system's font size, high-DPI scaling (fractional factors passed
through) and native file and print dialogs; nothing here overrides them. What Qt does not
always do is give Fusion a dark palette when the desktop asks for dark (an X11 session without
a desktop portal, for one), so a dark palette is made here from the same roles Fusion uses.
``QUIETLEGS_COLOR_SCHEME=light|dark`` overrides the system's choice.

Whichever palette is in use, fields get visible edges (:func:`give_fields_edges`), a system
palette's placeholder and selection colours are made legible, and widgets under a style sheet
are polished again when the palette changes; every other colour in the window is worked out
from the palette by :mod:`quietlegs.ui.colours`.
"""

from __future__ import annotations

import os
import sys

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from quietlegs.resources import ICON_SIZES, resource_path

if TYPE_CHECKING:  # Qt's namespace costs ~16 ms to load: not before the first paint
    from PySide6.QtCore import Qt

SCHEME_ENV = "QUIETLEGS_COLOR_SCHEME"

# Fusion's own palettes, written out so that either can be used whatever the system reports.
_DARK = {
    QPalette.ColorRole.Window: "#2b2d33",
    QPalette.ColorRole.WindowText: "#e8e9ed",
    QPalette.ColorRole.Base: "#1f2025",
    QPalette.ColorRole.AlternateBase: "#292b31",
    QPalette.ColorRole.ToolTipBase: "#3a3d45",
    QPalette.ColorRole.ToolTipText: "#e8e9ed",
    QPalette.ColorRole.PlaceholderText: "#9a9da7",  # ≥ 4.5:1 on Window, Base and AlternateBase
    QPalette.ColorRole.Text: "#e8e9ed",
    QPalette.ColorRole.Button: "#33363d",
    QPalette.ColorRole.ButtonText: "#e8e9ed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#484b54",
    QPalette.ColorRole.Midlight: "#3d4048",
    QPalette.ColorRole.Mid: "#25272c",
    QPalette.ColorRole.Dark: "#1a1b1f",
    QPalette.ColorRole.Shadow: "#0d0d10",
    # A light accent under dark text: Fusion's focus frames (the accent, darkened) then stand
    # out ≥ 3:1 from buttons and fields; a deep accent under white text left them at 2.3:1.
    QPalette.ColorRole.Highlight: "#7d8ee6",
    QPalette.ColorRole.HighlightedText: "#0d0e12",
    QPalette.ColorRole.Link: "#9fb0ff",
    QPalette.ColorRole.LinkVisited: "#c3a6f5",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#efeff1",
    QPalette.ColorRole.WindowText: "#1e1f24",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f5f7",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#1e1f24",
    QPalette.ColorRole.PlaceholderText: "#65676f",
    QPalette.ColorRole.Text: "#1e1f24",
    QPalette.ColorRole.Button: "#efeff1",
    QPalette.ColorRole.ButtonText: "#1e1f24",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e3e3e6",
    QPalette.ColorRole.Mid: "#b8b9bf",
    QPalette.ColorRole.Dark: "#9fa0a6",
    QPalette.ColorRole.Shadow: "#707176",
    QPalette.ColorRole.Highlight: "#4f5fb5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#3447a8",
    QPalette.ColorRole.LinkVisited: "#6a3ea8",
}
_DISABLED_TEXT = {True: "#8b8e98", False: "#72747c"}  # dark, light: dimmer than placeholders
_DISABLED_ROLES = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                   QPalette.ColorRole.ButtonText, QPalette.ColorRole.HighlightedText)


def make_palette(scheme: Qt.ColorScheme) -> QPalette:
    """A complete light or dark palette (disabled text dimmed, as Fusion does)."""
    from PySide6.QtCore import Qt

    return _palette(dark=scheme == Qt.ColorScheme.Dark)


def _palette(dark: bool) -> QPalette:
    roles = _DARK if dark else _LIGHT
    palette = QPalette()
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    dim = QColor(_DISABLED_TEXT[dark])
    for role in _DISABLED_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, dim)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight,
                     QColor(roles[QPalette.ColorRole.Mid]))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wanted_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    """Light or dark: the override if set, else what the system reports, else what its palette shows."""
    from PySide6.QtCore import Qt

    forced = os.environ.get(SCHEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return Qt.ColorScheme.Dark if forced == "dark" else Qt.ColorScheme.Light
    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme
    return Qt.ColorScheme.Dark if is_dark(app.palette()) else Qt.ColorScheme.Light


def follow_color_scheme(app: QGuiApplication) -> None:
    """Give the app the palette of the wanted scheme, keeping the system's own when it matches."""
    from PySide6.QtCore import Qt

    before = _colours(app.palette())
    app.setPalette(QPalette())  # back to the system's own palette, with its accent colour
    dark = wanted_scheme(app) == Qt.ColorScheme.Dark
    if is_dark(app.palette()) != dark:
        app.setPalette(make_palette(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light))
    _readable_placeholders(app)
    give_fields_edges(app)
    if _colours(app.palette()) != before:
        _repolish_style_sheets(app)


def _colours(palette: QPalette) -> tuple[int, ...]:
    return tuple(palette.color(role).rgba() for role in _DARK)


def _repolish_style_sheets(app) -> None:
    """Widgets under a style sheet keep the palette they were polished with: polish them again
    (each page's own sheet is worked out again from the new palette, colours.follow_palette)."""
    for widget in getattr(app, "allWidgets", list)():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


def _readable_placeholders(app) -> None:
    """The system's own palette may draw a field's placeholder ("Optional") or the selected row's
    text on its accent colour under 4.5:1: move the placeholder, and the accent, just enough."""
    from quietlegs.ui.colours import grounds, legible

    pal = app.palette()
    changed = False
    for role, on in ((QPalette.ColorRole.PlaceholderText, grounds(pal)),
                     (QPalette.ColorRole.Highlight, [pal.color(QPalette.ColorRole.HighlightedText)])):
        shown = pal.color(role)
        readable = legible(shown, on)
        if readable != shown:
            pal.setColor(QPalette.ColorGroup.Active, role, readable)
            pal.setColor(QPalette.ColorGroup.Inactive, role, readable)
            changed = True
    if changed:
        app.setPalette(pal)


FIELD_CLASSES = ("QAbstractSpinBox", "QLineEdit", "QPlainTextEdit", "QTextEdit", "QCheckBox", "QRadioButton")


def give_fields_edges(app) -> None:
    """Fusion draws the frame of a field (text, number, date, time, check box) in the Window colour made
    40 % darker: on a dark palette that is the fields' own colour, and they lose their edges.
    Fields get a palette of their own (the app's, its Window lighter) whose frame reads ≥ 3:1
    on the window and on the field, in light and in dark. Run again whenever the palette changes."""
    if not hasattr(app, "allWidgets"):  # a QGuiApplication has no widgets to give them to
        return
    from quietlegs.ui.colours import edge

    fields = app.palette()  # a copy (QPalette(palette) would load Qt's namespace before the first paint)
    # 3.8:1, not 3: Fusion draws a note field's frame a little lighter than a line field's.
    fields.setColor(QPalette.ColorRole.Window, edge(app.palette(), 3.8).lighter(140))
    for cls in FIELD_CLASSES:
        app.setPalette(fields, cls)


def app_icon() -> QIcon:
    """The app icon, with the PNG drawn for each size (16 and 24 px have bolder shapes)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"quietlegs-{size}.png")), QSize(size, size))
    return icon


def wanted_style() -> str | None:
    """Fusion, unless the platform's own style follows light and dark and looks native.

    macOS and Windows 11 styles do; everywhere else (Linux desktops, Windows 10 in dark mode)
    Fusion draws both palettes well.
    """
    if sys.platform == "darwin":
        return None
    from PySide6.QtWidgets import QStyleFactory

    if "windows11" in (k.lower() for k in QStyleFactory.keys()):
        return None
    return "Fusion"


def style_arguments() -> list[str]:
    """Arguments for the QApplication constructor that pick the style before anything paints
    (cheaper than switching styles afterwards: start-up is timed to the first paint)."""
    style = wanted_style()
    return ["-style", style] if style else []


def _choose_style(app) -> None:
    style = wanted_style()
    if style and app.style().name().lower() != style.lower():
        app.setStyle(style)


def apply_theme(app, style_chosen: bool = False, system_scheme_later: bool = False) -> None:
    """Style, palette and icon for the whole app; follows the system when it switches scheme.

    ``style_chosen``: the app was built with :func:`style_arguments` already.
    ``system_scheme_later``: only the user's override (``QUIETLEGS_COLOR_SCHEME``) is applied
    now; the caller runs :func:`follow_color_scheme` when it builds the pages (app.py: before
    the first paint of Today, or right after the first paint of a window still opening its
    journal). Reading the system's scheme creates Qt's namespace enums (~12 ms), which only the
    pages need; the system's palette, shown before, already matches its scheme almost everywhere.
    """
    if not style_chosen:
        _choose_style(app)
    if system_scheme_later:
        forced = os.environ.get(SCHEME_ENV, "").strip().lower()
        if forced in ("dark", "light") and is_dark(app.palette()) != (forced == "dark"):
            app.setPalette(_palette(dark=forced == "dark"))
        _readable_placeholders(app)  # as follow_color_scheme will: it then finds nothing to repolish
        give_fields_edges(app)
    else:
        follow_color_scheme(app)
    app.setWindowIcon(app_icon())
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_color_scheme(app))
