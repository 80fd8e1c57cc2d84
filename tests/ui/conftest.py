"""Fixtures for driving the real windows: a service over a real journal file and a fixed clock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages import today_page
from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.window_factory import build_main_window

MORNING = datetime(2026, 11, 21, 7, 20)  # the morning after the demo journal's last night


class FixedClock:
    """A clock a test can set; the windows call it whenever they need "now"."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def unsaved_typing_is_discarded_unless_a_test_answers(monkeypatch):
    """The Save / Discard / Cancel question is a modal dialog: a window closed at the end of a
    test with typing in it must not wait for a person. Tests of the question answer it."""
    monkeypatch.setattr(today_page, "ask_about_unsaved_night",
                        lambda parent, night_of: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True, scope="session")
def english_as_the_app_speaks_it(qapp):
    """The window as the app starts it for an English speaker: with its plurals ("1 night")."""
    from quietlegs.ui.translation import install_translations

    install_translations(qapp, "en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MORNING)


@pytest.fixture
def service(journal, data_paths, qapp):
    return JournalService(journal, data_paths)


@pytest.fixture
def page(service, clock, qtbot) -> TodayPage:
    widget = TodayPage(service, clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(service, clock, qtbot, monkeypatch):
    """The real main window as the app builds it, on the fixed clock."""
    from quietlegs import clock as app_clock

    monkeypatch.setattr(app_clock, "now", clock)
    w = build_main_window(service)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
