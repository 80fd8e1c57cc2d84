"""Adding symptoms and interventions through the real dialogs, by keyboard and mouse; a clock
typed for a night lands in that night (issue 10, defect A)."""

from __future__ import annotations

import warnings
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from quietlegs.domain.night_rule import Phase, nights_by_date, place_event
from quietlegs.domain.records import Intervention, Night, SymptomEvent
from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
from quietlegs.ui.dialogs.night_dialog import NightDialog
from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

IN_THE_NIGHT = datetime(2026, 11, 21, 2, 10)


def show_active(qtbot, dialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    with warnings.catch_warnings():  # offscreen has no window manager to activate the dialog
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_cramp_is_logged_in_a_few_keystrokes(service, qtbot):
    dialog = SymptomDialog(service, at=IN_THE_NIGHT)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    focused = dialog.focusWidget
    assert focused() is dialog.kind
    qtbot.keyClicks(dialog.kind, "c")                      # Cramp / charley horse
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "7")                         # severity
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.locations.buttons["left_foot"]
    qtbot.keyClick(focused(), Qt.Key.Key_Right)             # left calf
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.when.clock                   # one Tab past eighteen places
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.when.night                   # the night it is in, then on
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.woke_me
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)            # Enter saves

    assert dialog.result() == QDialog.DialogCode.Accepted
    [event] = service.journal.symptoms()
    assert (event.kind, event.severity, event.locations, event.woke_me) == ("cramp", 7, ("left_calf",), True)
    assert event.at == IN_THE_NIGHT


def test_what_eased_a_symptom_and_how_fast_is_kept(service, qtbot):
    dialog = SymptomDialog(service, at=IN_THE_NIGHT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.relieved_by.buttons["heat"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preceded_by.buttons["dehydration"], Qt.MouseButton.LeftButton)
    dialog.severity.set_severity(5)  # chosen: it starts unset
    dialog.relief_min.setFocus()
    dialog.relief_min.selectAll()
    qtbot.keyClicks(dialog.relief_min, "6")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    [event] = service.journal.symptoms()
    assert event.relieved_by == ("heat",) and event.relief_min == 6
    assert event.preceded_by == ("dehydration",)
    assert event.duration_min is None  # left "not recorded", never invented


def test_editing_a_symptom_keeps_its_id_and_can_be_undone(service, qtbot):
    original = SymptomEvent(at=IN_THE_NIGHT, kind="rls_urge", severity=4, locations=("both_legs",))
    service.save_symptom(original)
    dialog = SymptomDialog(service, event=original)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.locations.checked() == ("both_legs",)
    dialog.severity.selectAll()
    qtbot.keyClicks(dialog.severity, "8")
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Return)
    [event] = service.journal.symptoms()
    assert event.id == original.id and event.severity == 8
    service.undo_stack.undo()
    assert service.journal.symptoms()[0].severity == 4


def test_an_intervention_found_by_typing_part_of_its_name_comes_with_its_usual_dose(service, qtbot):
    service.save_intervention(Intervention(at=datetime(2026, 11, 18, 21, 0), kind="magnesium", amount=400, unit="mg"))
    dialog = InterventionDialog(service, at=datetime(2026, 11, 20, 21, 30))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.focusWidget() in (dialog.kind, dialog.kind.lineEdit())
    qtbot.keyClicks(dialog.kind.lineEdit(), "magn")
    popup = dialog.kind.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.kind.currentData() == "magnesium"
    assert (dialog.amount.text(), dialog.unit.text()) == ("400", "mg")  # the last dose used
    qtbot.keyClick(dialog.kind.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [item] = service.journal.interventions(datetime(2026, 11, 20), datetime(2026, 11, 21))
    assert (item.kind, item.amount, item.unit, item.at) == ("magnesium", 400, "mg", datetime(2026, 11, 20, 21, 30))


def test_a_kind_never_used_starts_with_its_catalog_default(service, qtbot):
    dialog = InterventionDialog(service, at=datetime(2026, 11, 20, 21, 30))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.kind.lineEdit(), "Warm soak")
    assert dialog.kind.currentData() == "warm_soak"
    assert (dialog.amount.text(), dialog.unit.text()) == ("20", "min")


def test_an_unknown_kind_and_a_wordy_amount_are_explained_beside_their_fields(service, qtbot):
    dialog = InterventionDialog(service, at=datetime(2026, 11, 20, 21, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.kind.lineEdit(), "Moonlight")
    qtbot.keyClicks(dialog.amount, "lots")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not in the catalog" in dialog.messages["kind"].text()
    assert dialog.messages["kind"].isVisible()
    assert "must be a number" in dialog.messages["amount"].text()
    assert service.journal.interventions() == []


def test_the_night_dialog_edits_a_stored_night(demo_journal, service, qtbot):
    night = demo_journal.night(date(2026, 11, 20))
    dialog = NightDialog(service, None, night, night.night_of)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.form.fields["quality"]
    combo.setFocus()
    qtbot.keyClicks(combo, "1")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_journal.night(night.night_of).quality == 1


def test_ctrl_n_on_the_today_page_adds_a_symptom_to_the_night(page, service, qtbot):
    def fill_in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SymptomDialog)
        assert dialog.when.when() == datetime(2026, 11, 21, 2, 0)  # in the night being logged
        assert dialog.when.night_of() == date(2026, 11, 20)
        qtbot.keyClicks(dialog.kind, "c")
        qtbot.keyClicks(dialog.severity, "6")  # it starts unset
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in_dialog)
    show_active(qtbot, page)
    page.form.focus_first()
    qtbot.keyClick(page.form.fields["in_bed"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.symptom_model.rowCount() == 1
    assert "Cramp" in page.symptom_model.index(0, 1).data()
    assert page.symptoms.view.isVisible()


def test_add_intervention_button_adds_it_to_the_nights_list(page, service, qtbot):
    def fill_in_dialog():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.kind.lineEdit(), "Stretching")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in_dialog)
    qtbot.mouseClick(page.interventions.add_button, Qt.MouseButton.LeftButton)
    assert page.intervention_model.rowCount() == 1
    assert page.intervention_model.index(0, 0).data() == "21:00"
    assert page.intervention_model.index(0, 1).data() == "Stretching · 10 min"


def test_a_symptom_deleted_from_the_list_comes_back_with_undo(page, service, qtbot):
    service.save_symptom(SymptomEvent(at=IN_THE_NIGHT, kind="cramp", severity=6))
    view = page.symptoms.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert service.journal.symptoms() == []
    assert page.symptom_model.rowCount() == 0
    assert "Ctrl+Z" in page.status.text()
    service.undo_stack.undo()
    assert page.symptom_model.rowCount() == 1


def test_the_event_table_model_is_a_well_behaved_qt_model(page, service, qtmodeltester):
    service.save_symptom(SymptomEvent(at=IN_THE_NIGHT, kind="cramp", severity=6, locations=("left_calf",)))
    service.save_symptom(SymptomEvent(at=datetime(2026, 11, 21, 4, 0), kind="spasm", severity=3))
    assert page.symptom_model.rowCount() == 2
    qtmodeltester.check(page.symptom_model)
    qtmodeltester.check(page.intervention_model)


# ---------------------------------------------------------------------- a clock typed for a night

MON_30 = date(2026, 11, 30)


def diary(night_of: date, bed: datetime, up: datetime) -> Night:
    return Night(night_of=night_of, in_bed=bed, lights_out=bed, sleep_latency_min=15, awakenings=1,
                 wake_after_sleep_onset_min=20, final_wake=up, out_of_bed=up)


def past_night_page(service, clock, qtbot, nights_back: int):
    """The Today page on Wed 2 Dec at 09:00, stepped back night by night with the ‹ button."""
    from quietlegs.ui.pages.today_page import TodayPage

    clock.now = datetime(2026, 12, 2, 9, 0)
    page = TodayPage(service, clock)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    for _ in range(nights_back):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    return page


def type_clock(qtbot, edit, text: str) -> None:
    """Type a clock as a person does: into the hour, and on into the minutes."""
    edit.setFocus()
    edit.setSelectedSection(edit.Section.HourSection)
    qtbot.keyClicks(edit, text)


def test_heat_at_half_past_two_on_a_past_night_is_saved_in_that_night(service, clock, qtbot):
    """Defect A: Today → ‹ to Monday's night, Add intervention → Heat at 02:30 was saved on
    Mon 30 Nov 02:30 (Sunday's night) as a before-bed item, silently."""
    service.save_night(diary(date(2026, 11, 29), datetime(2026, 11, 29, 23, 0), datetime(2026, 11, 30, 7, 0)))
    service.save_night(diary(MON_30, datetime(2026, 11, 30, 23, 10), datetime(2026, 12, 1, 7, 0)))
    page = past_night_page(service, clock, qtbot, 1)
    assert page.night_of == MON_30

    def fill_in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InterventionDialog)
        assert dialog.when.night_of() == MON_30
        assert dialog.when.when() == datetime(2026, 11, 30, 21, 0)  # that evening, to start with
        qtbot.keyClicks(dialog.kind.lineEdit(), "Heat")
        qtbot.keyClick(dialog.kind.lineEdit(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.when.clock
        type_clock(qtbot, dialog.when.clock, "0230")
        assert dialog.when.when() == datetime(2026, 12, 1, 2, 30)
        assert dialog.when.where.text() == "Tue 1 Dec, in the night"  # said before it is saved
        qtbot.keyClick(dialog.when.clock, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in_dialog)
    qtbot.mouseClick(page.interventions.add_button, Qt.MouseButton.LeftButton)
    [heat] = [i for i in service.journal.interventions() if i.kind == "heat"]
    assert heat.at == datetime(2026, 12, 1, 2, 30)
    nights = nights_by_date(service.journal.nights())
    assert place_event(heat.at, nights).night_of == MON_30
    assert place_event(heat.at, nights).phase is Phase.DURING_NIGHT
    assert page.intervention_model.index(0, 1).data() == "Heat · 15 min · in the night"


def test_a_cramp_at_four_on_an_unlogged_past_night_is_dated_the_morning_after(service, clock, qtbot):
    page = past_night_page(service, clock, qtbot, 2)  # Sun 29 Nov, never logged
    assert page.night_of == date(2026, 11, 29)

    def fill_in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SymptomDialog)
        qtbot.keyClicks(dialog.kind, "c")
        qtbot.mouseClick(dialog.when.clock, Qt.MouseButton.LeftButton)
        type_clock(qtbot, dialog.when.clock, "0400")
        assert dialog.when.where.text() == "Mon 30 Nov (the night is not logged yet)"
        qtbot.keyClicks(dialog.severity, "4")  # it starts unset
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in_dialog)
    show_active(qtbot, page)
    page.form.focus_first()
    qtbot.keyClick(page.form.fields["in_bed"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [cramp] = service.journal.symptoms()
    assert cramp.at == datetime(2026, 11, 30, 4, 0)
    assert page.symptom_model.rowCount() == 1  # on the night on screen


def test_the_hours_after_a_late_get_up_stay_in_the_night_before_the_afternoon(service, qtbot):
    # Got up at 13:00: 12:30 typed for that night is the next day; 14:00 is its own afternoon.
    service.save_night(diary(MON_30, datetime(2026, 12, 1, 3, 0), datetime(2026, 12, 1, 13, 0)))
    dialog = InterventionDialog(service, night_of=MON_30, at=datetime(2026, 11, 30, 21, 0))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    type_clock(qtbot, dialog.when.clock, "1230")
    assert dialog.when.when() == datetime(2026, 12, 1, 12, 30)
    assert dialog.when.where.text() == "Tue 1 Dec, in the night"
    type_clock(qtbot, dialog.when.clock, "1400")
    assert dialog.when.when() == datetime(2026, 11, 30, 14, 0)
    assert dialog.when.where.text() == "Mon 30 Nov, before bed"


def test_another_night_is_chosen_beside_the_clock(service, qtbot):
    dialog = SymptomDialog(service, at=IN_THE_NIGHT)  # 02:10 on Sat 21 Nov: the night of Fri 20
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.when.night_of() == date(2026, 11, 20)
    dialog.when.night.setFocus()
    qtbot.keyClick(dialog.when.night, Qt.Key.Key_Down)  # a day back, by the keyboard
    assert dialog.when.night_of() == date(2026, 11, 19)
    dialog.severity.set_severity(5)  # chosen: it starts unset
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    [event] = service.journal.symptoms()
    assert event.at == IN_THE_NIGHT - timedelta(days=1)


def test_editing_an_event_keeps_it_in_its_night(service, qtbot):
    item = Intervention(at=datetime(2026, 12, 1, 1, 15), kind="heat")
    service.save_intervention(item)
    dialog = InterventionDialog(service, item=item)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.when.night_of() == MON_30
    type_clock(qtbot, dialog.when.clock, "2350")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    [edited] = service.journal.interventions()
    assert (edited.id, edited.at) == (item.id, datetime(2026, 11, 30, 23, 50))


_SPRING_NIGHT = """
import sys, tempfile
from datetime import date, datetime
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from quietlegs.paths import DataPaths
from quietlegs.storage.journal_file import open_journal
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
paths = DataPaths(Path(tempfile.mkdtemp()) / "data")
journal = open_journal(paths.journal)
dialog = SymptomDialog(JournalService(journal, paths), night_of=date(2026, 3, 28), at=datetime(2026, 3, 28, 23, 0))
dialog.show()
clock = dialog.when.clock
clock.setFocus()
clock.setSelectedSection(clock.Section.HourSection)
QTest.keyClicks(clock, "0230")
dialog.severity.set_severity(5)
dialog.accept()
print(journal.symptoms()[0].at.isoformat())
journal.close()
"""


def test_a_clock_the_spring_change_skipped_is_kept_as_typed_in_a_berlin_session():
    """Qt's date-and-time editor moves 02:30 on 29 Mar 2026 to 03:30 where the clocks jumped;
    the journal keeps wall-clock readings as typed (FORMAT.md), and the dialogs do too."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "TZ": "Europe/Berlin"}
    done = subprocess.run([sys.executable, "-c", _SPRING_NIGHT], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "2026-03-29T02:30:00"


def test_the_journal_pages_add_buttons_open_the_dialogs_on_that_night(demo_journal, window, qtbot, monkeypatch):
    """The Journal page's "add" asks for a night; the dialog opens on it, at 02:00 for a
    symptom and 21:00 for an intervention."""
    from journal_helpers import NIGHT_OF, wait_loaded

    opened = []
    for dialog in (SymptomDialog, InterventionDialog):  # only the modal answer is patched
        monkeypatch.setattr(dialog, "exec", lambda self: opened.append((self.when.night_of(), self.when.when())) or 0)
    page = wait_loaded(qtbot, window.show_page("journal"))
    page.open_night(NIGHT_OF)
    qtbot.mouseClick(page.detail.add_symptom_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.detail.add_intervention_button, Qt.MouseButton.LeftButton)
    assert opened == [(NIGHT_OF, datetime.combine(NIGHT_OF + timedelta(days=1), time(2, 0))),
                      (NIGHT_OF, datetime.combine(NIGHT_OF, time(21, 0)))]
