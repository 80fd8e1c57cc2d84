"""The window's forms keep to the same plausible values as a file: the validators are shared,
and a typed amount is read as strictly as a CSV cell."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

EVENING = datetime(2026, 11, 20, 21, 30)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("typed, words", [("2_5", "must be a number"), ("٢٥", "must be a number"),
                                          ("nan", "must be a number"), ("1e308", "must be a number"),
                                          ("1,000", "must be a number"),
                                          ("2000000", "must be at most 1,000,000")])
def test_an_amount_no_person_means_is_explained_beside_its_field_and_not_saved(service, qtbot, typed, words):
    dialog = InterventionDialog(service, at=EVENING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.kind.lineEdit(), "Magnesium")
    dialog.amount.clear()
    dialog.amount.insert(typed)  # as pasted (QTest cannot type ٢٥)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert words in dialog.messages["amount"].text()
    assert service.journal.interventions() == []


@pytest.mark.parametrize("typed, amount", [("0,5", 0.5), ("250", 250), (".5", 0.5)])
def test_amounts_as_people_type_them_are_saved(service, qtbot, typed, amount):
    dialog = InterventionDialog(service, at=EVENING)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.kind.lineEdit(), "Magnesium")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, typed)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [i.amount for i in service.journal.interventions()] == [amount]


def test_a_symptom_on_a_night_past_the_span_cannot_be_picked_and_what_is_picked_saves(service, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    dialog = SymptomDialog(service, at=datetime(2026, 11, 21, 2, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.kind, "c")
    dialog.severity.set_severity(5)  # chosen: it starts unset
    dialog.when.night.setDate(QDate(9999, 12, 31))  # the night picker stops at the span's end
    assert dialog.when.night_of() == date(2099, 12, 31)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [s.at.date() for s in service.journal.symptoms()] == [date(2100, 1, 1)]


def test_the_period_pickers_reach_only_the_dates_a_journal_holds(service, qtbot, data_paths):
    from datetime import date

    from PySide6.QtCore import QDate

    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.pages.insights_page import InsightsPage

    insights = InsightsPage(service)
    qtbot.addWidget(insights)
    from quietlegs.ui.settings import app_settings

    report = ReportDialog(service, app_settings(data_paths), lambda: datetime(2026, 11, 21, 8))
    qtbot.addWidget(report)
    for edit in (insights.start_edit, insights.end_edit, report.from_edit, report.to_edit):
        edit.setDate(QDate(9999, 12, 31))
        assert edit.date().toPython() == date(2099, 12, 31)
        edit.setDate(QDate(1, 1, 1))
        assert edit.date().toPython() == date(1970, 1, 1)


def test_the_window_refuses_a_clashing_import_before_taking_a_backup(service, demo_journal, data_paths):
    from dataclasses import replace

    from quietlegs.domain.records import JournalData, new_id
    from quietlegs.domain.validation import InvalidRecord

    night = demo_journal.nights()[-1]
    clash = JournalData(nights=(replace(night, id=new_id()),))
    with pytest.raises(InvalidRecord, match="already logged with another id"):
        service.store_import(clash)
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())


@pytest.mark.parametrize("field", ["date", "follow_up_date"])
def test_an_appointment_past_the_span_is_explained_beside_its_field(service, qtbot, field):
    from PySide6.QtCore import QDate

    from quietlegs.ui.pages.appointments_page import AppointmentsPage

    page = AppointmentsPage(service, lambda: datetime(2026, 11, 21, 8))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.with_whom, "GP")
    if field == "follow_up_date":
        page.has_follow_up.setChecked(True)
        page.follow_up.setDate(QDate(9999, 12, 31))
    else:
        page.date_edit.setDate(QDate(9999, 12, 30))
    assert not page.save()
    assert page.errors[field].isVisible()
    assert "outside 1970-01-01..2099-12-31" in page.errors[field].text()
    assert service.journal.appointments() == []
