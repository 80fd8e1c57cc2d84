"""File → Import… through the real window, of another app's export or a Quiet Legs file: a
confirmation shows what will be added, replaced and left out before anything is written; Import
writes it, Cancel writes nothing.

Only the file dialog's answer and the final message box's ``exec`` are patched; the preview
dialog is the real one, clicked with the mouse.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

SAMPLES = Path(__file__).parents[1] / "domain" / "readers" / "samples"


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def exec_(box):
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def open_preview(qtbot, window):
    window.import_export.import_action.trigger()
    qtbot.waitUntil(lambda: window.import_export.preview is not None and window.import_export.preview.isVisible(),
                    timeout=20_000)
    return window.import_export.preview


def test_the_preview_shows_what_will_happen_and_import_writes_it(qtbot, window, boxes, monkeypatch, tmp_path):
    source = tmp_path / "sleep-export.csv"
    shutil.copy(SAMPLES / "sleep-export.csv", source)
    choose(monkeypatch, source)
    dialog = open_preview(qtbot, window)
    assert window.service.journal.counts()["nights"] == 0  # nothing written while the question is open
    assert dialog.windowTitle() == "Import from Sleep as Android"
    assert dialog.summary.text().splitlines() == [
        "3 nights will be added.",
        "Left out:",
        "• naps or day sleeps: 4 (e.g. 2020-11-27 07:38–07:40, 2020-11-27 08:50–15:25, 2020-11-28 08:10–08:18)",
    ]
    dialog.grab().save(str(tmp_path / "preview.png"))
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes[-1].text() == "Imported 3 nights, 0 symptoms and 0 interventions from sleep-export.csv."
    assert window.service.journal.counts()["nights"] == 3
    assert window.current_page_name() == "journal"


def test_cancel_writes_nothing(qtbot, window, boxes, monkeypatch):
    choose(monkeypatch, SAMPLES / "fitbit" / "sleep-2024-03-20.json")
    dialog = open_preview(qtbot, window)
    assert dialog.summary.text().splitlines()[0] == "2 nights will be added."
    with qtbot.waitSignal(window.import_export.finished, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes == [] and window.service.journal.counts()["nights"] == 0
    assert window.import_export.import_action.isEnabled()


def test_a_second_import_of_the_same_export_has_nothing_to_add_and_only_closes(qtbot, window, boxes, monkeypatch):
    choose(monkeypatch, SAMPLES / "fitbit" / "sleep-2024-03-20.json")
    dialog = open_preview(qtbot, window)
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    before = window.service.journal.export()
    dialog = open_preview(qtbot, window)
    assert dialog.import_button is None
    assert [b.text() for b in dialog.buttons.buttons()] == [
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text()]
    assert "• already imported before, unchanged: 2 (e.g. 2024-03-20, 2024-03-21)" in dialog.summary.text()
    with qtbot.waitSignal(window.import_export.finished, timeout=5_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert window.service.journal.export() == before


def test_a_file_of_no_known_kind_is_refused_with_what_was_expected(qtbot, window, boxes, monkeypatch, tmp_path):
    other = tmp_path / "steps.json"
    other.write_text('[{"dateTime": "2026-01-01", "value": 4000}]', encoding="utf-8")
    choose(monkeypatch, other)
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        window.import_export.import_action.trigger()
    assert boxes[-1].icon() == QMessageBox.Icon.Warning
    assert "steps.json is not a file Quiet Legs can read: expected Quiet Legs JSON or CSV, a Sleep as Android " \
           "sleep-export.csv, Fitbit sleep-*.json, or a Loop Habit Tracker CSV export" in boxes[-1].informativeText()
    assert window.import_export.preview is None


def test_a_habit_tracker_export_asks_which_kind_each_habit_is_and_remembers(qtbot, window, boxes, monkeypatch,
                                                                         tmp_path):
    import zipfile

    from quietlegs.ui.dialogs.habit_mapping_dialog import HabitMappingDialog

    zipped = tmp_path / "Loop Habits CSV.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for p in sorted((SAMPLES / "loop").rglob("*.csv")):
            z.write(p, p.relative_to(SAMPLES / "loop").as_posix())
    choose(monkeypatch, zipped)
    mapping = open_preview(qtbot, window)
    assert isinstance(mapping, HabitMappingDialog)
    assert [b.currentText() for b in mapping.choices.values()] == ["Don't import", "Don't import"]
    box = mapping.choices["Wake up early"]
    box.setFocus()
    qtbot.keyClicks(box, "Exercise")
    assert box.currentData() == "exercise"
    mapping.grab().save(str(tmp_path / "mapping.png"))
    qtbot.mouseClick(mapping.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_export.preview is not None and window.import_export.preview is not mapping
                    and window.import_export.preview.isVisible(), timeout=20_000)
    preview = window.import_export.preview
    lines = preview.summary.text().splitlines()
    assert lines[:2] == ["No night will be added.", "6 interventions will be added."]
    assert "• days the app only guessed from a habit's frequency (not checked): 3 (e.g. Wake up early 2015-01-23, " \
           "Wake up early 2015-01-19, Wake up early 2015-01-18)" in lines
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert {i.kind for i in window.service.journal.interventions()} == {"exercise"}
    assert len(window.service.journal.interventions()) == 6
    # Next time the choice is remembered.
    mapping = open_preview(qtbot, window)
    assert mapping.choices["Wake up early"].currentData() == "exercise"
    with qtbot.waitSignal(window.import_export.finished, timeout=5_000):
        qtbot.keyClick(mapping, Qt.Key.Key_Escape)


def test_a_csv_file_of_nights_asks_which_column_holds_what_and_remembers(qtbot, window, boxes, monkeypatch,
                                                                       tmp_path):
    from quietlegs.ui.dialogs.column_mapping_dialog import ColumnMappingDialog

    diary = tmp_path / "diary.csv"
    diary.write_text("Day,Slept,Rose,Legs\n2026-03-04,23:10,06:40,6\n2026-03-05,00:40,07:00,\n", encoding="utf-8")
    choose(monkeypatch, diary)
    dialog = open_preview(qtbot, window)
    assert isinstance(dialog, ColumnMappingDialog)
    assert not dialog.continue_button.isEnabled()  # nothing says which column is the bedtime yet
    for name, column in (("night_of", "Day"), ("in_bed", "Slept"), ("out_of_bed", "Rose"), ("legs_severity", "Legs")):
        box = dialog.choices[name]
        box.setFocus()
        qtbot.keyClicks(box, column)
        assert box.currentData() == column
    assert dialog.continue_button.isEnabled()
    dialog.grab().save(str(tmp_path / "columns.png"))
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_export.preview is not None and window.import_export.preview is not dialog
                    and window.import_export.preview.isVisible(), timeout=20_000)
    preview = window.import_export.preview
    assert preview.windowTitle() == "Import diary.csv"
    assert preview.summary.text().splitlines() == ["2 nights will be added."]
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert [n.legs_severity for n in window.service.journal.nights()] == [6, None]
    dialog = open_preview(qtbot, window)
    assert dialog.columns().columns == {"night_of": "Day", "in_bed": "Slept", "out_of_bed": "Rose",
                                        "legs_severity": "Legs"}
    with qtbot.waitSignal(window.import_export.finished, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_unpacked_fitbit_export_is_imported_through_import_a_folder(qtbot, window, boxes, monkeypatch, tmp_path):
    folder = tmp_path / "MyFitbitData" / "Someone" / "Sleep"
    shutil.copytree(SAMPLES / "fitbit", folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "MyFitbitData"))
    window.import_export.import_folder_action.trigger()
    qtbot.waitUntil(lambda: window.import_export.preview is not None and window.import_export.preview.isVisible(),
                    timeout=20_000)
    preview = window.import_export.preview
    assert preview.windowTitle() == "Import from Fitbit"
    assert preview.summary.text().splitlines()[0] == "3 nights will be added."
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.keyClick(preview, Qt.Key.Key_Return)  # Import is the default button
    assert boxes[-1].text() == "Imported 3 nights, 0 symptoms and 0 interventions from MyFitbitData."
    assert window.service.journal.counts()["nights"] == 3


def test_a_plan_the_import_would_refuse_offers_only_close_and_says_why(qtbot):
    from quietlegs.domain.records import JournalData
    from quietlegs.services.import_preview import ImportPlan
    from quietlegs.ui.dialogs.import_preview_dialog import ImportPreviewDialog

    why = "nights[0] (night_of 2024-03-20): in_bed: overlaps the night of 2024-03-19 already in the journal"
    dialog = ImportPreviewDialog("x.json", ImportPlan("Fitbit", JournalData(), {"nights": 2}, {}, problems=(why,)))
    qtbot.addWidget(dialog)
    assert dialog.import_button is None
    assert dialog.summary.text() == "Nothing will be imported."
    assert dialog.findChild(type(dialog.summary), "after").text() == (
        "This cannot be imported, and your journal stays as it is: " + why)


# ---------------------------------------------------------------- Quiet Legs' own files


def _own_file(tmp_path: Path, data, name: str = "journal.json") -> Path:
    from datetime import datetime

    from quietlegs.domain.journal_format import dump_journal

    path = tmp_path / name
    path.write_text(dump_journal(data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    return path


def _backups(service) -> list[Path]:
    folder = service.paths.backups
    return sorted(folder.iterdir()) if folder.exists() else []


def test_an_own_file_shows_what_it_adds_and_replaces_and_import_writes_it(qtbot, window, boxes, monkeypatch,
                                                                        tmp_path, demo_data):
    from quietlegs.domain.records import JournalData

    journal = window.service.journal
    journal.import_data(JournalData(kinds=demo_data.kinds, nights=demo_data.nights[:100]))
    choose(monkeypatch, _own_file(tmp_path, demo_data))
    dialog = open_preview(qtbot, window)
    assert journal.counts()["nights"] == 100 and _backups(window.service) == []  # nothing written yet
    assert dialog.windowTitle() == "Import journal.json"
    assert dialog.findChild(type(dialog.summary), "heading").text() == "journal.json holds a Quiet Legs journal."
    assert dialog.summary.text().splitlines() == [
        f"{len(demo_data.nights) - 100} nights will be added.",
        f"{len(demo_data.symptoms)} symptoms will be added.",
        f"{len(demo_data.interventions)} interventions will be added.",
        "100 nights already in your journal will be replaced.",
    ]
    assert dialog.findChild(type(dialog.summary), "after").text().startswith("Your journal is backed up first.")
    dialog.grab().save(str(tmp_path / "own-preview.png"))
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes[-1].icon() == QMessageBox.Icon.Information
    assert boxes[-1].text() == (f"Imported {len(demo_data.nights)} nights, {len(demo_data.symptoms)} symptoms and "
                                f"{len(demo_data.interventions)} interventions from journal.json.")
    assert journal.counts()["nights"] == len(demo_data.nights)
    assert len(_backups(window.service)) == 1  # the journal as it was, kept before the write
    assert window.current_page_name() == "journal"


def test_cancelling_an_own_file_leaves_the_journal_byte_for_byte_and_makes_no_backup(
        qtbot, window, boxes, monkeypatch, tmp_path, demo_data):
    from quietlegs.domain.records import JournalData

    service = window.service
    service.journal.import_data(JournalData(kinds=demo_data.kinds, nights=demo_data.nights[:10]))
    before = service.paths.journal.read_bytes()
    choose(monkeypatch, _own_file(tmp_path, demo_data))
    dialog = open_preview(qtbot, window)
    assert dialog.summary.text().splitlines()[0] == f"{len(demo_data.nights) - 10} nights will be added."
    with qtbot.waitSignal(window.import_export.finished, timeout=5_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert boxes == []
    assert service.paths.journal.read_bytes() == before
    assert _backups(service) == []
    assert service.journal.counts()["nights"] == 10
    assert window.import_export.import_action.isEnabled() and window.import_export.preview is None


def test_an_own_file_the_import_would_refuse_is_refused_before_any_preview(qtbot, window, boxes, monkeypatch,
                                                                          tmp_path, demo_data):
    from dataclasses import replace

    from quietlegs.domain.records import JournalData, new_id

    service = window.service
    service.journal.import_data(JournalData(kinds=demo_data.kinds, nights=demo_data.nights[:10]))
    before = service.paths.journal.read_bytes()
    clash = JournalData(nights=(replace(demo_data.nights[3], id=new_id()),))  # a logged night, another id
    choose(monkeypatch, _own_file(tmp_path, clash, "clash.json"))
    with qtbot.waitSignal(window.import_export.finished, timeout=20_000):
        window.import_export.import_action.trigger()
    assert window.import_export.preview is None
    assert boxes[-1].icon() == QMessageBox.Icon.Warning
    assert boxes[-1].text() == "Nothing was imported from clash.json, and your journal is unchanged."
    assert "already logged with another id" in boxes[-1].informativeText()
    assert service.paths.journal.read_bytes() == before and _backups(service) == []


def test_the_help_tells_how_to_import_from_other_apps(qtbot, window):
    from quietlegs.ui.help_dialog import HelpDialog

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_dialog = window.findChild(HelpDialog)
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.browser.toPlainText()
    assert "Importing from other apps" in text and "File → Import…" in text
    assert all(name in text for name in ("Sleep as Android", "Fitbit", "Loop Habit Tracker", "CSV"))
