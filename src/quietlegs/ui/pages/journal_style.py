"""The look of the Journal and Catalog pages: quiet greys, one accent, generous spacing.

Every colour is a palette role or worked out from one (:mod:`quietlegs.ui.colours`), so the
pages read in light and in dark; pages apply it with ``follow_palette(self, journal_style)``.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from quietlegs.ui import colours


def journal_style(pal: QPalette) -> str:
    dim = colours.name(colours.dim_text(pal))
    edge = colours.name(colours.edge(pal))
    line = colours.name(colours.mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.16))
    banner = colours.name(colours.tint(colours.semantic("soon", pal), pal))
    banner_edge = colours.name(colours.semantic("soon", pal))
    error = colours.name(colours.semantic("error", pal))
    # The chosen row: a quiet tint of the accent under the text's own colour (as it always was).
    chosen = colours.tint(pal.color(QPalette.ColorRole.Highlight), pal, 0.4 if colours.is_dark(pal) else 0.28)
    chosen_text = colours.name(colours.legible(pal.color(QPalette.ColorRole.Text), [chosen]))
    chosen = colours.name(chosen)
    return f"""
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; color: palette(window-text); }}
QLabel#nightTitle {{ font-size: 15pt; font-weight: 600; color: palette(window-text); }}
QLabel#nightSubtitle {{ font-size: 11pt; color: {dim}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: palette(window-text); padding-top: 4px; }}
QLabel#hint, QLabel#emptyNote {{ color: {dim}; }}
QLabel#status {{ color: {dim}; }}
QLabel#nightNotes {{ color: palette(window-text); font-style: italic; }}
QFrame#figures {{ background: palette(base); border: 1px solid {line}; border-radius: 8px; }}
QLabel#figureName {{ color: {dim}; font-size: 9pt; }}
QLabel#figureValue {{ color: palette(text); font-size: 12pt; font-weight: 500; }}
QToolButton#segment {{
    padding: 5px 16px; border: 1px solid {edge}; background: palette(base); color: palette(text);
}}
QToolButton#segment:checked {{
    background: palette(highlight); border-color: palette(highlight); color: palette(highlighted-text);
}}
QToolButton#segment:focus {{ border: 2px solid palette(highlight); padding: 4px 15px; }}
QToolButton#segment:checked:focus {{ border: 2px solid palette(highlighted-text); }}
QCheckBox {{ border: 1px solid transparent; border-radius: 4px; padding: 1px 3px; }}
QCheckBox:focus {{ border-color: palette(highlight); }}
QTableView {{ border: 1px solid {line}; border-radius: 6px; background: palette(base); color: palette(text);
             alternate-background-color: palette(alternate-base); selection-background-color: {chosen};
             selection-color: {chosen_text}; }}
QHeaderView::section {{ background: palette(base); border: none; border-bottom: 1px solid {line};
                       padding: 6px 8px; color: {dim}; font-weight: 600; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: palette(base); }}
QCalendarWidget QToolButton {{ color: palette(text); font-size: 12pt; font-weight: 600; padding: 4px 10px; }}
QCalendarWidget QTableView {{ border: none; }}
QFrame#banner {{ background: {banner}; border: 1px solid {banner_edge}; border-radius: 6px; }}
QLabel#fieldError {{ color: {error}; }}
"""


def apply_journal_look(widget) -> None:
    """The Journal look on ``widget`` (a page), kept in step with light and dark."""
    colours.follow_palette(widget, journal_style)
