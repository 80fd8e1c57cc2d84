"""Planning a self-experiment from the Catalog, and following it night by night on Today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import OFF, ON, Experiment, schedule
from quietlegs.ui.dialogs import experiment_dialog
from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
from quietlegs.ui.pages.catalog_page import CatalogPage
from quietlegs.ui.widgets import experiment_banner

TODAY = date(2026, 11, 21)  # the fixed clock's morning (tests/ui/conftest.py)


def kind(service, slug):
    return next(k for k in service.journal.kinds() if k.slug == slug)


@pytest.fixture
def dialog(service, qtbot):
    d = ExperimentDialog(service, TODAY, kind(service, "magnesium"))
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_plan_shows_the_schedule_end_and_smallest_p_before_saving(dialog):
    assert dialog.kind_box.currentData() == "magnesium"
    assert dialog.period_box.value() == 7 and dialog.pairs_box.value() == 4 and dialog.washout_box.value() == 0
    text = dialog.schedule_text.text()
    assert text.count("Pair ") == 4 and text.count("ON ") == 4 and text.count("OFF ") == 4
    assert "Sat 21 Nov" in text and "Ends after the night of Fri 15 Jan 2027" in text
    assert "1/8" in dialog.sentence.text() and "at least 6 pairs" in dialog.sentence.text()
    assert dialog.service.journal.experiments() == []  # nothing saved by looking


def test_more_pairs_move_the_end_and_the_sentence_at_once(qtbot, dialog):
    dialog.pairs_box.setFocus()
    dialog.pairs_box.selectAll()
    qtbot.keyClicks(dialog.pairs_box, "6")
    assert "Ends after the night of Fri 12 Feb 2027" in dialog.schedule_text.text()
    assert "1/32" in dialog.sentence.text() and "never" not in dialog.sentence.text()


def test_a_slow_acting_remedy_is_given_longer_periods_and_a_washout(dialog):
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("iron"))
    assert dialog.period_box.value() == 14 and dialog.washout_box.value() == 7
    assert "washout nights before each" in dialog.schedule_text.text()


def test_enter_saves_the_very_schedule_shown(qtbot, dialog):
    shown = dialog.schedule_text.text()
    qtbot.keyClick(dialog.kind_box, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = dialog.service.journal.experiments()
    assert saved == dialog.saved and saved.kind == "magnesium" and saved.start == TODAY
    assert saved.outcome == "sleep_efficiency" and dialog.schedule_text.text() == shown


def test_a_start_past_the_journal_span_is_explained_beside_the_field(qtbot, dialog):
    from PySide6.QtCore import QDate

    dialog.start_edit.setDate(QDate(2099, 12, 20))
    assert dialog.messages["start"].isVisible() and "would end after" in dialog.messages["start"].text()
    assert dialog.schedule_text.text() == ""
    dialog.accept()
    assert dialog.isVisible() and dialog.service.journal.experiments() == []


def test_the_catalog_opens_the_plan_on_the_kind_shown(qtbot, service, monkeypatch):
    opened = []

    def fake_exec(d):
        opened.append(d.kind_box.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExperimentDialog, "exec", fake_exec)
    page = CatalogPage(service)
    qtbot.addWidget(page)
    page.show()
    page._show_kind(kind(service, "warm_soak"))
    qtbot.mouseClick(page.experiment_button, Qt.MouseButton.LeftButton)
    assert opened == ["warm_soak"] and service.journal.experiments() == []


def plan_from(service, start: date, seed: int = 5) -> Experiment:
    exp = Experiment(kind="magnesium", outcome="sleep_efficiency", start=start, seed=seed)
    service.journal.save_experiment(exp, OUTCOMES)
    return exp


def test_today_says_which_night_and_what_tonight_asks(qtbot, service, page, clock):
    assert not page.experiment_banner.isVisible()  # no experiment: nothing said
    exp = plan_from(service, TODAY - timedelta(days=2))
    page.hide()
    page.show()  # Today read again when shown (the plan was made on the Catalog)
    first = schedule(exp)[0]
    word = {ON: "ON (take it)", OFF: "OFF (skip it)"}[first.condition]
    assert page.experiment_banner.isVisible()
    assert page.experiment_banner.line.text() == f"Experiment: Magnesium, night 3 of 7 — tonight: {word}"


def test_stopping_early_asks_then_records_it_and_the_line_turns_to_the_result(qtbot, service, page, monkeypatch):
    exp = plan_from(service, TODAY - timedelta(days=2))
    page.experiment_banner.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.experiment_banner.stop_button, Qt.MouseButton.LeftButton)
    assert service.journal.experiment(exp.id).stopped_on is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.experiment_banner.stop_button, Qt.MouseButton.LeftButton)
    assert service.journal.experiment(exp.id).stopped_on == TODAY - timedelta(days=1)
    assert page.experiment_banner.line.text().startswith("Experiment finished: Magnesium")
    assert not page.experiment_banner.stop_button.isVisible()


def test_a_washout_night_says_skip_it_and_an_ended_experiment_asks_nothing_of_tonight(qtbot, service, page, clock):
    exp = Experiment(kind="magnesium", outcome="sleep_efficiency", start=TODAY - timedelta(days=30), seed=5,
                     period_nights=7, washout_nights=3)
    service.journal.save_experiment(exp, OUTCOMES)
    washout = next(p for p in schedule(exp) if p.condition == "washout")
    clock.now = clock.now.replace(year=washout.first.year, month=washout.first.month, day=washout.first.day)
    page.experiment_banner.refresh()
    assert page.experiment_banner.line.text() == "Experiment: Magnesium, washout night 1 of 3 — tonight: skip it (washout)"
    end = schedule(exp)[-1].last + timedelta(days=1)
    clock.now = clock.now.replace(year=end.year, month=end.month, day=end.day)
    page.experiment_banner.refresh()
    assert page.experiment_banner.line.text().startswith("Experiment finished: Magnesium")
    assert "tonight" not in page.experiment_banner.line.text()
