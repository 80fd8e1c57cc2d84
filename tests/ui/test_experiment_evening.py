"""The evening buttons follow tonight's arm of a running self-experiment (issue 12)."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import OFF, ON, Experiment, schedule

TODAY = date(2026, 11, 21)
EVENING = datetime(2026, 11, 21, 21, 10)


def running(service, condition: str) -> Experiment:
    """An iron experiment (iron is not among a new journal's usual evening kinds) begun two nights
    ago whose first period is ``condition``."""
    seed = next(s for s in range(100) if schedule(
        Experiment(kind="iron", outcome="legs_severity", start=TODAY, seed=s))[0].condition == condition)
    exp = Experiment(kind="iron", outcome="legs_severity", start=TODAY - timedelta(days=2), seed=seed)
    service.journal.save_experiment(exp, OUTCOMES)
    return exp


def tip(button) -> str:
    """The tooltip as a person reads it (it is written as escaped rich text)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", button.toolTip()))


def iron_logged(service) -> list:
    return [i for i in service.journal.interventions() if i.kind == "iron"]


def test_on_an_on_night_the_remedy_is_a_button_marked_as_tonights_plan_and_one_click_logs_it(
        qtbot, service, page, clock):
    clock.now = EVENING
    page.refresh()
    assert "iron" not in page.evening.buttons  # not a usual kind: no button without an experiment
    running(service, ON)
    page.refresh()
    first_slug, button = next(iter(page.evening.buttons.items()))
    assert first_slug == "iron" and button.text() == "Iron — take tonight" and button.font().bold()
    assert "Tonight's plan in your experiment: take Iron." in tip(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [logged] = iron_logged(service)
    assert logged.at == EVENING
    assert page.evening.buttons["iron"].isChecked()
    assert page.evening.buttons["magnesium"].text() == "Magnesium"  # the others stay plain


def test_on_an_off_night_it_says_skip_tonight_yet_taking_it_anyway_can_be_logged(qtbot, service, page, clock):
    clock.now = EVENING
    running(service, OFF)
    page.refresh()
    button = page.evening.buttons["iron"]
    assert button.text() == "Iron — skip tonight" and not button.font().bold() and button.isEnabled()
    assert "skips Iron tonight. If you took it anyway, click to log it" in tip(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(iron_logged(service)) == 1  # an honest log: adherence reads it
    button = page.evening.buttons["iron"]
    assert button.isChecked() and "an honest log keeps the result true" in tip(button)


def test_the_morning_after_names_last_evenings_arm_and_after_the_end_the_button_goes(qtbot, service, page, clock):
    exp = running(service, ON)
    clock.now = datetime(2026, 11, 21, 7, 20)  # before noon: last evening's buttons (night of the 20th)
    page.refresh()
    assert page.evening.buttons["iron"].text() == "Iron — ON night"
    after = schedule(exp)[-1].last + timedelta(days=2)
    clock.now = datetime.combine(after, EVENING.time())
    page.refresh()
    assert "iron" not in page.evening.buttons


def test_a_plan_made_elsewhere_shows_when_today_shows_and_stopping_it_clears_the_button(
        qtbot, service, page, clock, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    clock.now = EVENING
    page.hide()
    page.show()  # the evening's night is on show now: showing again changes no night
    assert "iron" not in page.evening.buttons
    running(service, OFF)  # planned on the Catalog page, say: nothing tells Today
    page.hide()
    page.show()
    assert page.evening.buttons["iron"].text() == "Iron — skip tonight"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.experiment_banner.stop_button, Qt.MouseButton.LeftButton)
    assert "iron" not in page.evening.buttons
