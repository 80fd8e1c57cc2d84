"""Insights → "Test this properly…": a finding that only lines up becomes a planned experiment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.insights_page import InsightsPage

WAIT = 20000


@pytest.fixture
def page(qtbot, demo_journal, data_paths):
    page = InsightsPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.show()
    return page


def test_the_selected_finding_opens_the_plan_with_its_kind_and_the_outcome_on_show(page, qtbot, monkeypatch):
    with qtbot.waitSignal(page.ready, timeout=WAIT):
        page.set_outcome("legs_severity")
    opened = []

    def fake_exec(dialog):  # the person looks, then cancels
        opened.append((dialog.kind_box.currentData(), dialog.outcome_box.currentData()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExperimentDialog, "exec", fake_exec)
    heading = page.findings.item(0)
    page.findings.setCurrentItem(heading)
    assert not page.test_button.isEnabled()  # a heading is not a finding
    row = next(i for i in range(page.findings.count()) if page.findings.item(i).data(256))
    item = page.findings.item(row)
    rect = page.findings.visualItemRect(item)
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.findings.currentItem() is item and page.test_button.isEnabled()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert opened == [(item.data(256), "legs_severity")]
    assert page.service.journal.experiments() == []  # cancelled: nothing planned
