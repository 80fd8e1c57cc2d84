"""Fixtures for driving the real windows: a service over a real journal file and a fixed clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.window_factory import build_main_window

MORNING = datetime(2026, 11, 21, 7, 20)  # the morning after the demo journal's last night


class FixedClock:
    """A clock a test can set; the windows call it whenever they need "now"."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


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
