"""The Insights page, driven as a person would: choose an outcome and a period, the findings
and charts follow; hover and click a night on the timeline; export a chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.insights_page import SETTING_OUTCOME, InsightsPage
from quietlegs.ui.settings import app_settings

WAIT = 20000


@pytest.fixture
def page(qtbot, demo_journal, data_paths):
    service = JournalService(demo_journal, data_paths)
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.show()
    return page


def finding_texts(page) -> list[str]:
    return [page.findings.item(i).text() for i in range(page.findings.count())]


def test_opening_shows_findings_and_the_timeline_for_sleep_efficiency(page):
    assert page.current_outcome() == "sleep_efficiency"
    texts = finding_texts(page)
    assert any("sleep efficiency" in t for t in texts)
    assert any(t.startswith("▲") or t.startswith("▼") or t.startswith("?") for t in texts)
    assert page.canvases["timeline"].figure is not None
    assert "nights logged" in page.status.text()


def test_choosing_an_outcome_and_a_period_the_findings_and_charts_follow(page, qtbot, data_paths):
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.outcome.setFocus()
        page.set_outcome("sleep_latency_min")
    assert any("fell asleep" in t or "to fall asleep" in t for t in finding_texts(page))
    assert "Minutes to fall asleep" in page.canvases["timeline"].figure.axes[0].get_ylabel()
    assert app_settings(data_paths).value(SETTING_OUTCOME) == "sleep_latency_min"

    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.set_period("last30")
    assert "30 nights" in page.period.currentText()
    assert page.last_answer.start == date(2026, 10, 22) and page.last_answer.end == date(2026, 11, 20)

    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.tabs.setCurrentIndex(1)  # Effects
    effects = page.canvases["effects"].figure
    assert "Minutes to fall asleep" in effects.axes[0].get_title(loc="left")

    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.set_period("custom", date(2020, 1, 1), date(2020, 2, 1))
    assert "No nights logged" in page.status.text()


def test_the_chosen_outcome_is_remembered(qtbot, demo_journal, data_paths):
    app_settings(data_paths).setValue(SETTING_OUTCOME, "legs_severity")
    page = InsightsPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    assert page.current_outcome() == "legs_severity"


def move_mouse(widget, pos: QPoint) -> None:
    """A real mouse-move event (offscreen Qt does not synthesise one from QTest.mouseMove)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_hovering_a_night_shows_it_and_clicking_opens_it(page, qtbot):
    canvas = page.canvases["timeline"]
    night = page.last_answer.end
    x, y = canvas.pixel_of(night)
    move_mouse(canvas.canvas, QPoint(x, y))
    qtbot.waitUntil(lambda: "20 Nov 2026" in page.hover.text(), timeout=3000)
    assert "before bed:" in page.hover.text() and "Sleep efficiency" in page.hover.text()
    with qtbot.waitSignal(page.night_clicked, timeout=3000) as clicked:
        qtbot.mouseClick(canvas.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert clicked.args == [night]


def test_the_nights_can_be_stepped_through_and_opened_by_keyboard(page, qtbot):
    canvas = page.canvases["timeline"]
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Tab)  # from the button on, Tab reaches the chart
    while not canvas.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    nights = page.last_answer.night_dates  # the logged nights on show, oldest first
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # the first step lands on the latest night
    assert canvas.selected_night() == nights[-1] == date(2026, 11, 20)
    assert "Night of Fri 20 Nov 2026" in page.hover.text()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)  # logged nights only: unlogged ones are stepped over
    assert f"{nights[-3]:%d %b %Y}" in page.hover.text()
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.selected_night() == nights[-10]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.selected_night() == nights[0]
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.selected_night() == date(2026, 11, 20)
    marker = [line for line in canvas.figure.axes[0].lines if line.get_linestyle() == "--"]
    assert marker, "the chosen night is marked on the chart"
    with qtbot.waitSignal(page.night_clicked, timeout=3000) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [date(2026, 11, 20)]


@pytest.mark.parametrize("ext, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_export_writes_a_valid_file(page, tmp_path, monkeypatch, ext, magic):
    target = tmp_path / f"chart{ext}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_button.click()
    assert target.read_bytes().startswith(magic)
    assert "Saved" in page.status.text()


def test_a_change_to_the_journal_refreshes_the_insights(page, qtbot):
    night = page.service.journal.night(date(2026, 11, 20))
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.service.delete_night(night)
    assert "nights logged" in page.status.text()
    assert page.cache.data is not None and all(r.night_of != date(2026, 11, 20) for r in page.cache.data.rows)



def test_in_half_a_laptop_screen_the_findings_sit_above_the_chart(page, qtbot):
    assert page.minimumSizeHint().width() <= 500  # a 680-px window, less the page list
    assert page._split.orientation() == Qt.Orientation.Horizontal  # 1300 px: side by side
    page.resize(500, 760)
    qtbot.waitUntil(lambda: page._split.orientation() == Qt.Orientation.Vertical, timeout=3000)
    findings, chart = page._split.widget(0), page._split.widget(1)
    assert findings.geometry().bottom() < chart.geometry().top()
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.period.setFocus()
        page.set_period("custom", date(2026, 9, 1), date(2026, 11, 1))
    assert page.dates_row.isVisible()  # the custom period's dates, on a row of their own
    page.resize(1300, 800)
    qtbot.waitUntil(lambda: page._split.orientation() == Qt.Orientation.Horizontal, timeout=3000)


def test_unlogged_nights_are_warned_about_and_the_adjustments_are_named(qtbot, journal, demo_data, data_paths):
    from dataclasses import replace

    kept = tuple(n for i, n in enumerate(demo_data.nights) if i % 4 != 3)  # a quarter of the nights unlogged
    journal.import_data(replace(demo_data, nights=kept))
    page = InsightsPage(JournalService(journal, data_paths))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.show()
    texts = finding_texts(page)
    warning = next(t for t in texts if "were not logged" in t)
    assert "If the missing nights were mostly bad ones" in warning
    assert texts.index(warning) < min(i for i, t in enumerate(texts) if t[:1] in "▲▼?")  # before any verdict
    note = next(t for t in texts if "Differences are adjusted for" in t)
    assert "the general trend over time" in note and "weekend nights" in note
    assert "Not adjusted for the season (less than 300 days of nights)" in note
    assert page.findings.isVisible()
