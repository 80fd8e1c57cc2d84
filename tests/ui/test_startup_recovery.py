"""A damaged or newer journal at start: explained, never overwritten; only the box's answer is patched."""

import hashlib
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from quietlegs.storage.backup import make_backup
from quietlegs.ui.startup import open_or_explain


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def boxes(monkeypatch):
    """Record every message box and answer it with ``boxes.answer`` (or OK)."""
    class Boxes(list):
        answer = QMessageBox.StandardButton.Yes

    seen = Boxes()

    def fake_exec(self):
        seen.append((self.windowTitle(), self.text(), self.informativeText(),
                     [b.text() for b in self.buttons()]))
        if self.standardButtons() & seen.answer:
            return seen.answer
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def damage(path):
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"\x00" * 16
    path.write_bytes(bytes(raw))


def test_a_damaged_journal_is_moved_aside_and_the_newest_good_backup_restored(
        qtbot, demo_journal, data_paths, boxes):
    total = demo_journal.counts()["nights"]
    make_backup(demo_journal.path, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    demo_journal.close()
    damage(data_paths.journal)
    damaged_bytes = data_paths.journal.read_bytes()
    service = open_or_explain(data_paths)
    assert service is not None
    title, text, info, buttons = boxes[0]
    assert "did not open it" in text and "Fri 20 Nov 2026, 08:00" in info and f"{total} nights" in info
    assert "Restore the backup" in buttons and "Start an empty journal" in buttons
    assert service.journal.counts()["nights"] == total
    kept = list(data_paths.root.glob("journal.sqlite3.*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert boxes[1][0] == "Your journal is ready" and "was kept as" in boxes[1][2]
    service.journal.close()


def test_quitting_leaves_the_damaged_journal_exactly_where_it_was(qtbot, demo_journal, data_paths, boxes):
    make_backup(demo_journal.path, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    demo_journal.close()
    damage(data_paths.journal)
    before = digest(data_paths.journal)
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert open_or_explain(data_paths) is None
    assert digest(data_paths.journal) == before
    assert not list(data_paths.root.glob("*.damaged"))


def test_without_a_backup_an_empty_journal_can_be_started_and_the_damaged_one_is_kept(
        qtbot, data_paths, boxes):
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"half a file")
    boxes.answer = QMessageBox.StandardButton.No
    service = open_or_explain(data_paths)
    assert "There is no good backup" in boxes[0][2]
    assert "Restore the backup" not in boxes[0][3]
    assert service is not None and service.journal.counts()["nights"] == 0
    (kept,) = data_paths.root.glob("journal.sqlite3.*.damaged")
    assert kept.read_bytes() == b"half a file"
    service.journal.close()


def test_a_journal_from_a_newer_app_is_refused_and_not_moved(qtbot, journal, data_paths, boxes):
    journal.close()
    con = sqlite3.connect(data_paths.journal)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = {p.name: digest(p) for p in data_paths.root.iterdir() if p.is_file()}
    assert open_or_explain(data_paths) is None
    assert "newer" in boxes[0][0] and "has not been changed" in boxes[0][1]
    after = {p.name: digest(p) for p in data_paths.root.iterdir() if p.is_file()}
    assert after == before


def test_a_journal_deleted_beside_its_backups_is_offered_back_not_replaced_by_an_empty_one(
        qtbot, demo_journal, data_paths, boxes):
    total = demo_journal.counts()["nights"]
    make_backup(demo_journal.path, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    demo_journal.close()
    for side in ("", "-wal", "-shm"):
        data_paths.root.joinpath("journal.sqlite3" + side).unlink(missing_ok=True)
    service = open_or_explain(data_paths)
    assert service is not None
    title, text, info, buttons = boxes[0]
    assert "not there, though there are backups" in info and f"{total} nights" in info
    assert ".damaged" not in info
    assert service.journal.counts()["nights"] == total
    assert not list(data_paths.root.glob("*.damaged"))
    service.journal.close()


def test_starting_an_empty_journal_instead_of_the_backup_is_the_users_choice(qtbot, demo_journal, data_paths, boxes):
    make_backup(demo_journal.path, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    demo_journal.close()
    for side in ("", "-wal", "-shm"):
        data_paths.root.joinpath("journal.sqlite3" + side).unlink(missing_ok=True)
    boxes.answer = QMessageBox.StandardButton.No
    service = open_or_explain(data_paths)
    assert service is not None and service.journal.counts()["nights"] == 0
    assert boxes[1][1] == "A new, empty journal was started."
    service.journal.close()
    boxes.answer = QMessageBox.StandardButton.Yes
    again = open_or_explain(data_paths)  # the new journal opens without a question from now on
    assert again is not None and len(boxes) == 2
    again.journal.close()
