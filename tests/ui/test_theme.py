"""The app follows the desktop: light or dark palette, readable text, its own icon."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from quietlegs.resources import ICON_SIZES
from quietlegs.ui.theme import FIELD_CLASSES, SCHEME_ENV, apply_theme, follow_color_scheme, make_palette


def _contrast(a, b) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def app(qapp):
    yield qapp
    qapp.setPalette(QPalette())  # leave the system's palette for the next test
    for cls in FIELD_CLASSES:  # and the fields' own
        qapp.setPalette(QPalette(), cls)


@pytest.mark.parametrize("scheme, dark", [("dark", True), ("light", False)])
def test_the_palette_follows_the_chosen_scheme(app, monkeypatch, scheme, dark):
    monkeypatch.setenv(SCHEME_ENV, scheme)
    apply_theme(app)
    window = app.palette().color(QPalette.ColorRole.Window)
    assert (window.lightness() < 128) is dark


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_text_is_readable_at_7am_in_either_palette(scheme):
    p = make_palette(scheme)
    for text, ground in [(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)]:
        assert _contrast(p.color(text), p.color(ground)) >= 4.5, (scheme, text)
    disabled = p.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled != p.color(QPalette.ColorRole.Text)


def test_switching_to_dark_and_back_restores_the_systems_own_palette(app, monkeypatch):
    system = QApplication.palette().color(QPalette.ColorRole.Window)
    monkeypatch.setenv(SCHEME_ENV, "dark")
    follow_color_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Window) != system
    monkeypatch.setenv(SCHEME_ENV, "light" if system.lightness() >= 128 else "dark")
    follow_color_scheme(app)
    assert app.palette().color(QPalette.ColorRole.Window) == system


def test_the_first_paint_has_the_colours_following_the_system_gives_it(app, monkeypatch):
    """Start-up paints with the system's palette and follows the system's scheme only after the
    first paint: when that scheme matches, nothing changes then (no second look, no repolishing of
    every style sheet on the way to a usable window), readable placeholders included."""
    monkeypatch.delenv(SCHEME_ENV, raising=False)
    app.setPalette(QPalette())
    apply_theme(app, style_chosen=True, system_scheme_later=True)
    roles = [QPalette.ColorRole(r) for r in range(QPalette.ColorRole.NColorRoles.value)
             if QPalette.ColorRole(r) != QPalette.ColorRole.NoRole]
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    first_paint = [app.palette().color(g, r).rgba() for g in groups for r in roles]
    follow_color_scheme(app)
    assert [app.palette().color(g, r).rgba() for g in groups for r in roles] == first_paint


def test_the_app_icon_has_a_drawing_for_every_size(app):
    apply_theme(app)
    icon = app.windowIcon()
    assert [s.width() for s in icon.availableSizes()] == list(ICON_SIZES)
    small = icon.pixmap(16, 16).toImage()
    assert not small.isNull() and small.pixelColor(8, 8).alpha() == 255  # solid, not a faint blur


def test_native_file_and_print_dialogs_are_not_turned_off(app):
    apply_theme(app)
    assert not app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
