"""File → Import… into a journal that went bad while the window had it open (issue 16): the
window's import runs the same check as the command line and writes nothing. Only the file
dialog's answer and the message box's ``exec`` are patched; the preview is confirmed with a click."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtWidgets import QFileDialog, QMessageBox

from quietlegs.domain.journal_format import dump_journal
from quietlegs.domain.records import JournalData
from quietlegs.storage.backup import list_backups, make_backup

from import_helpers import run_and_confirm


def test_the_window_imports_nothing_into_a_journal_that_fails_its_check(qtbot, window, monkeypatch, tmp_path,
                                                                       demo_data):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Ok)
    service = window.service
    service.journal.import_data(demo_data)
    make_backup(service.paths.journal, service.paths.backups, datetime(2026, 11, 20, 8), "daily")
    con = sqlite3.connect(service.paths.journal)  # another program breaks two indexes under the window
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_symptoms_at'", (roots["ix_interventions_at"],))
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name='ix_interventions_at'", (roots["ix_symptoms_at"],))
    con.commit()
    con.close()
    source = tmp_path / "one.json"
    source.write_text(dump_journal(JournalData(nights=demo_data.nights[:1]), datetime(2026, 11, 21)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    run_and_confirm(qtbot, window, window.import_export.import_action)  # the preview, then Import

    box = shown[-1]
    assert box.text() == "Your journal failed its check, so nothing was written into it."
    assert "journal-20261120-080000-daily.sqlite3" in box.informativeText()
    assert "missing from index" in box.detailedText()
    assert [b.reason for b in list_backups(service.paths.backups)] == ["daily"]
