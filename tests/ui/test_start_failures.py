"""When the window cannot open, it says so in a message box with one plain sentence naming what
happened and what to do, never only a line on standard error (issue 16, item 6); and a data
folder whose name is not UTF-8 opens like any other."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quietlegs import app
from quietlegs.ui.single_instance import Claim
from quietlegs.ui import start_problems

# Runs the real app in its own process with the message box's exec() recording the box (a
# modal box would wait for a person): icon, format and text as JSON on standard output.
RECORDING_START = """
import json, sys
from PySide6.QtWidgets import QMessageBox

def record(box):
    print("BOX " + json.dumps({"icon": box.icon().name, "format": box.textFormat().name, "text": box.text(),
                              "info": box.informativeText()}), flush=True)
    return 0

QMessageBox.exec = record
from quietlegs.app import run_app
sys.exit(run_app(data_dir=sys.argv[1]))
"""


def start_recording_boxes(data_dir: str | bytes) -> tuple[int, list[dict], str]:
    env = {k: v for k, v in os.environ.items() if k != app.SMOKE_ENV}
    run = subprocess.run([sys.executable, "-c", RECORDING_START, data_dir], env=env, capture_output=True,
                         timeout=120)
    out = run.stdout.decode("utf-8", "replace")
    boxes = [json.loads(line[4:]) for line in out.splitlines() if line.startswith("BOX ")]
    return run.returncode, boxes, run.stderr.decode("utf-8", "replace")


@pytest.fixture
def boxes(monkeypatch):
    shown: list[QMessageBox] = []

    def record(box):
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.delenv(app.SMOKE_ENV, raising=False)
    return shown


# ---------------------------------------------------------------------- a folder that cannot be used

def test_a_data_folder_that_cannot_be_made_shows_a_message_box_and_exits_non_zero(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be")
    status, shown, stderr = start_recording_boxes(str(blocker / "data"))
    assert status == 1
    [box] = shown
    assert box["icon"] == "Critical" and box["format"] == "PlainText"
    assert str(blocker / "data") in box["text"] and "cannot use its data folder" in box["text"]
    assert "--data-dir" in box["text"]  # what to do
    assert "Traceback" not in stderr and "something went wrong" not in stderr
    assert blocker.read_text().startswith("a file")  # nothing written over it


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_data_folder_shows_a_message_box_and_exits_non_zero(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        status, shown, _ = start_recording_boxes(str(folder))
    finally:
        folder.chmod(0o700)
    assert status == 1
    [box] = shown
    assert box["icon"] == "Critical" and "cannot use its data folder" in box["text"]


def test_a_folder_problem_while_opening_is_explained_in_one_plain_sentence(tmp_path, boxes, qapp):
    denied = PermissionError(13, "Permission denied", str(tmp_path / "data" / "journal.sqlite3-wal"))
    start_problems.explain_crash(denied, str(tmp_path / "data"))
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText and box.icon() == QMessageBox.Icon.Critical
    assert box.text().startswith("Quiet Legs cannot use its data folder") and "Permission denied" in box.text()


def test_sqlite_refusing_to_write_is_explained_as_the_folder_and_quotes_no_values(tmp_path, boxes, qapp):
    class Wrapped(Exception):  # the shape of a database library's error: the driver's under .orig
        def __init__(self):
            super().__init__("(sqlite3.OperationalError) attempt to write a readonly database "
                             "[SQL: INSERT INTO nights VALUES (?)] [parameters: ('my private note',)]")
            self.orig = sqlite3.OperationalError("attempt to write a readonly database")

    start_problems.explain_crash(Wrapped(), str(tmp_path / "data"))
    [box] = boxes
    assert "cannot use its data folder" in box.text() and "private" not in box.text()


def test_an_unexpected_problem_names_the_log_and_neither_says_nor_logs_the_journals_values(tmp_path, boxes,
                                                                                          qapp, capsys):
    secret = "my " + "pri" + "vate note"  # (the traceback quotes this line: not the words themselves)
    try:
        raise RuntimeError(f"UPDATE nights SET notes='{secret}'")
    except RuntimeError as exc:
        start_problems.explain_crash(exc, str(tmp_path / "data"))
    [box] = boxes
    log = tmp_path / "data" / "logs" / "errors.log"
    assert "unexpected problem (RuntimeError)" in box.text() and str(log) in box.text()
    assert secret not in box.text() and secret not in capsys.readouterr().err
    written = log.read_text()
    assert "RuntimeError" in written and "test_start_failures.py" in written and secret not in written
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_a_busy_journal_is_explained_in_a_plain_information_box(boxes, qapp):
    assert start_problems.explain_claim(Claim.BUSY) == 1
    [box] = boxes
    assert box.icon() == QMessageBox.Icon.Information and box.textFormat() == Qt.TextFormat.PlainText
    assert "in use by another Quiet Legs program" in box.text()
    assert start_problems.explain_claim(Claim.FORWARDED) == 0 and len(boxes) == 1


# ---------------------------------------------------------------------- a folder named in other bytes

def test_a_data_folder_whose_name_is_not_utf8_opens(tmp_path):
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    env = {**os.environ, app.SMOKE_ENV: "1"}
    run = subprocess.run([sys.executable, "-m", "quietlegs", "--data-dir", os.fsencode(folder)], env=env,
                         capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert b"ready" in run.stdout
    assert (folder / "journal.sqlite3").is_file() and (folder / "journal.lock").is_file()
