from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quietlegs.storage.backup import list_backups, make_backup
from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.window_factory import build_main_window

NOW = datetime(2026, 11, 21, 8, 0)


def test_settings_opens_from_the_file_menu_with_ctrl_comma(qtbot, demo_journal, data_paths, monkeypatch):
    window = build_main_window(JournalService(demo_journal, data_paths))
    qtbot.addWidget(window)
    (action,) = [a for a in window.menu("&File").actions() if a.shortcut().toString() == "Ctrl+,"]
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    action.trigger()
    assert opened and opened[0].windowTitle() == "Settings"


def test_the_list_shows_each_backup_with_its_date_and_nights(qtbot, demo_journal, data_paths):
    total = demo_journal.counts()["nights"]
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    demo_journal.delete_night(demo_journal.nights()[0].id)
    make_backup(demo_journal.path, data_paths.backups, NOW, "on-close")
    dialog = SettingsDialog(JournalService(demo_journal, data_paths))
    qtbot.addWidget(dialog)
    rows = [[dialog.model.item(r, c).text() for c in range(3)] for r in range(dialog.model.rowCount())]
    assert rows == [["Sat 21 Nov 2026, 08:00", str(total - 1), "on closing"],
                    ["Fri 20 Nov 2026, 08:00", str(total), "daily"]]


def test_restoring_backs_up_first_replaces_the_journal_and_the_views_refresh(qtbot, demo_journal, data_paths,
                                                                               monkeypatch):
    total = demo_journal.counts()["nights"]
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=1), "daily")
    service = JournalService(demo_journal, data_paths)
    for night in demo_journal.nights()[:10]:
        service.delete_night(night)
    assert service.undo_stack.count() == 10
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(service.journal_changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "backed up first" in asked[0]
    assert service.journal.counts()["nights"] == total
    assert service.undo_stack.count() == 0  # undo cannot reach into the journal that was replaced
    reasons = [b.reason for b in list_backups(data_paths.backups)]
    assert reasons[0] == "before-restore"
    assert list_backups(data_paths.backups)[0].nights == total - 10
    assert "Restored the backup from" in dialog.status.text()
    assert dialog.model.rowCount() == 2
    service.journal.close()


def test_cancelling_the_question_restores_nothing(qtbot, demo_journal, data_paths, monkeypatch):
    make_backup(demo_journal.path, data_paths.backups, NOW, "daily")
    service = JournalService(demo_journal, data_paths)
    service.delete_night(demo_journal.nights()[0])
    before = demo_journal.counts()
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert service.journal is demo_journal and demo_journal.counts() == before
    assert len(list_backups(data_paths.backups)) == 1


def test_a_backup_that_fails_its_check_is_not_restored_and_the_journal_keeps_working(
        qtbot, demo_journal, data_paths, monkeypatch):
    bad = make_backup(demo_journal.path, data_paths.backups, NOW, "daily")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    service = JournalService(demo_journal, data_paths)
    before = demo_journal.counts()
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert "was not restored" in dialog.status.text()
    assert service.journal.counts() == before
    service.save_night(demo_journal.nights()[0])  # still writable
    service.journal.close()


def test_back_up_now_adds_a_row(qtbot, demo_journal, data_paths):
    dialog = SettingsDialog(JournalService(demo_journal, data_paths))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled()


def test_an_import_from_the_window_refused_writes_nothing_and_one_written_backs_up_first(
        qtbot, demo_journal, data_paths, demo_data):
    from dataclasses import replace

    import pytest

    from quietlegs.domain.records import JournalData
    from quietlegs.domain.validation import InvalidRecord

    service = JournalService(demo_journal, data_paths)
    clash = replace(demo_data.nights[0], id="00000000-0000-4000-8000-000000000000")
    before = demo_journal.counts()
    with pytest.raises(InvalidRecord):
        service.import_data(JournalData(nights=(clash,)))
    assert demo_journal.counts() == before
    assert list_backups(data_paths.backups) == []  # refused before anything was written, a backup included
    with qtbot.waitSignal(service.journal_changed):
        service.import_data(JournalData(nights=(demo_data.nights[0],)))
    assert demo_journal.counts() == before
    assert [b.reason for b in list_backups(data_paths.backups)] == ["before-import"]


def test_back_up_now_is_verified_and_rotated_like_every_backup(qtbot, demo_journal, data_paths, monkeypatch):
    from quietlegs import clock

    for days in range(20, 5, -1):  # a fortnight of daily backups from one old week: rotation keeps fewer
        make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=days, hours=1), "daily")
        make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=days), "daily")
    before = len(list_backups(data_paths.backups))
    monkeypatch.setattr(clock, "now", lambda: NOW)
    dialog = SettingsDialog(JournalService(demo_journal, data_paths))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    kept = list_backups(data_paths.backups)
    assert kept[0].reason == "manual" and kept[0].nights == demo_journal.counts()["nights"]
    assert len(kept) < before + 1  # the same rotation as the automatic backups, not one more file each time
    assert dialog.status.text() == "Backed up just now."
