"""File → Import… and File → Export… through the real main window, on real journal files.

Only the file dialog's answer and the final message box's ``exec`` are patched; the preview
shown before an import is the real dialog, confirmed with a click on Import; the reading,
checking, backing up and writing are the app's own, on a worker thread.
"""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.paths import DataPaths
from quietlegs.storage.interchange import CSV_FILE_NAMES
from quietlegs.storage.journal_file import open_journal
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.window_factory import build_main_window

from import_helpers import run_and_confirm


class Messages:
    """Stands in for the final message box's exec: records what it would have said."""

    def __init__(self):
        self.boxes: list[QMessageBox] = []

    def exec(self, box: QMessageBox) -> int:
        self.boxes.append(box)
        return QMessageBox.StandardButton.Ok

    @property
    def last(self) -> QMessageBox:
        return self.boxes[-1]

    def words(self) -> str:
        box = self.last
        return f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"


@pytest.fixture
def messages(monkeypatch) -> Messages:
    m = Messages()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: m.exec(box))
    return m


def answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_folder(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(path))


def answer_save(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def trigger(qtbot, window, action) -> None:
    run_and_confirm(qtbot, window, action)  # an import's preview is confirmed with its Import button


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menu("&File").actions() if not a.isSeparator()]


def test_import_and_export_sit_at_the_top_of_file_and_quit_stays_last(window):
    texts = file_menu_texts(window)
    assert texts[:4] == ["&Import…", "Import a CSV &Folder…", "&Export…", "Export for &Spreadsheets (CSV)…"]
    assert texts.index("&Settings…") > 3
    assert texts[-1] == "&Quit"


def test_importing_a_demo_file_into_an_empty_journal_shows_its_nights_in_the_journal(
        qtbot, window, messages, monkeypatch, tmp_path, demo_data):
    source = tmp_path / "demo.json"
    source.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    answer_open(monkeypatch, source)

    trigger(qtbot, window, window.import_export.import_action)

    assert messages.last.icon() == QMessageBox.Icon.Information
    assert messages.last.text() == (f"Imported {len(demo_data.nights)} nights, {len(demo_data.symptoms)} symptoms "
                                    f"and {len(demo_data.interventions)} interventions from demo.json.")
    assert window.current_page_name() == "journal"
    page = window.page("journal")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(demo_data.nights))
    assert page.table.model().index(0, 0).data() == "Fri 20 Nov 2026"
    assert window.service.journal.counts()["nights"] == len(demo_data.nights)


def test_a_bad_file_names_the_record_and_field_and_changes_nothing(
        qtbot, window, messages, monkeypatch, tmp_path, demo_data):
    window.service.journal.import_data(demo_data)
    before = window.service.journal.export()
    doc = json.loads(dump_journal(demo_data, datetime(2026, 11, 21, 8)))
    doc["nights"].append(dict(doc["nights"][-1], id="7f1c0c1e-0000-4000-8000-000000000001",
                              night_of="2026-11-21", in_bed="2026-11-21T22:40", lights_out="2026-11-21T23:00",
                              final_wake="2026-11-21T21:00", out_of_bed="2026-11-22T07:00"))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    answer_open(monkeypatch, bad)

    trigger(qtbot, window, window.import_export.import_action)

    assert len(messages.boxes) == 1
    assert messages.last.icon() == QMessageBox.Icon.Warning
    said = messages.words()
    assert "Nothing was imported from bad.json, and your journal is unchanged." in said
    assert f"nights[{len(doc['nights']) - 1}] (night_of 2026-11-21): final_wake" in said
    assert window.service.journal.export() == before
    assert all(a.isEnabled() for a in window.import_export.actions)  # ready to try again


def test_a_bad_csv_row_is_named_by_file_line_and_column(qtbot, window, messages, monkeypatch, tmp_path, demo_data):
    from quietlegs.storage.interchange import write_journal_csv

    folder = tmp_path / "csv"
    write_journal_csv(folder, demo_data)
    lines = (folder / "nights.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[3].split(",")
    cells[header.index("awakenings")] = "lots"
    lines[3] = ",".join(cells)
    (folder / "nights.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    answer_folder(monkeypatch, folder)

    trigger(qtbot, window, window.import_export.import_folder_action)

    said = messages.words()
    assert "Nothing was imported from the folder csv" in said
    assert "nights.csv line 4, column awakenings" in said
    assert window.service.journal.counts()["nights"] == 0


def test_an_exported_file_imported_elsewhere_gives_the_same_records(
        qtbot, window, messages, monkeypatch, tmp_path, demo_data):
    window.service.journal.import_data(demo_data)
    out = tmp_path / "out" / "my journal"  # no suffix typed: .json is added
    out.parent.mkdir()
    answer_save(monkeypatch, out)

    trigger(qtbot, window, window.import_export.export_action)

    written = out.with_name("my journal.json")
    assert messages.last.text().startswith(f"Saved {len(demo_data.nights)} nights,")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600  # health data: private
    assert not list(written.parent.glob(".*.tmp"))  # written through a temporary file, now gone
    elsewhere = open_journal(DataPaths(tmp_path / "elsewhere").journal)
    try:
        elsewhere.import_data(parse_journal(written.read_text(encoding="utf-8"), elsewhere.kind_slugs()))
        assert elsewhere.export() == window.service.journal.export()
    finally:
        elsewhere.close()


def test_exporting_csv_writes_the_four_files_in_a_new_folder(qtbot, window, messages, monkeypatch, tmp_path,
                                                             demo_data):
    window.service.journal.import_data(demo_data)
    answer_folder(monkeypatch, tmp_path)

    trigger(qtbot, window, window.import_export.export_csv_action)

    folder = tmp_path / "quietlegs-csv-2026-11-21"  # the window fixture's clock: 21 Nov 2026
    assert sorted(p.name for p in folder.iterdir()) == sorted(CSV_FILE_NAMES)
    nights = (folder / "nights.csv").read_text(encoding="utf-8").splitlines()
    assert len(nights) == 1 + len(demo_data.nights)
    assert "quietlegs-csv-2026-11-21" in messages.last.text()

    trigger(qtbot, window, window.import_export.export_csv_action)  # again: a new folder, nothing overwritten
    assert (tmp_path / "quietlegs-csv-2026-11-21-2" / "nights.csv").exists()


def test_csv_exported_from_the_window_imports_back_into_another_journal(
        qtbot, messages, monkeypatch, tmp_path, demo_data, journal, data_paths):
    journal.import_data(demo_data)
    first = build_main_window(JournalService(journal, data_paths))
    qtbot.addWidget(first)
    answer_folder(monkeypatch, tmp_path)
    trigger(qtbot, first, first.import_export.export_csv_action)
    folder = next(tmp_path.glob("quietlegs-csv-*"))

    other = open_journal(DataPaths(tmp_path / "other").journal)
    second = build_main_window(JournalService(other, DataPaths(tmp_path / "other")))
    qtbot.addWidget(second)
    answer_folder(monkeypatch, folder)
    trigger(qtbot, second, second.import_export.import_folder_action)
    try:
        assert messages.last.icon() == QMessageBox.Icon.Information
        assert other.counts()["nights"] == len(demo_data.nights)
        assert {n.night_of for n in other.nights()} == {n.night_of for n in demo_data.nights}
    finally:
        other.close()


def test_importing_into_a_journal_with_nights_backs_it_up_first(
        qtbot, window, messages, monkeypatch, tmp_path, demo_data):
    from quietlegs.storage.backup import list_backups

    window.service.journal.import_data(demo_data)
    source = tmp_path / "again.json"
    source.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    answer_open(monkeypatch, source)

    trigger(qtbot, window, window.import_export.import_action)

    assert any(b.reason_label and "import" in str(b.path) for b in list_backups(window.service.paths.backups))
    assert "kept as a backup" in messages.last.informativeText()
    assert window.service.journal.counts()["nights"] == len(demo_data.nights)  # same ids: nothing doubled


def test_cancelling_the_file_dialog_does_nothing(qtbot, window, messages, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.import_export.import_action.trigger()
    qtbot.wait(50)
    assert messages.boxes == []
    assert window.import_export.job is None
