"""Issue 16, hole 3: records a journal took in before imports were checked (a night in year 1, a
symptom in 9999, an appointment in 0001, an amount of 1e308, a lone surrogate in a note) broke
every face. Opening the journal sets them aside once, into a file beside it, and the journal
works again; a sound journal is left as it was."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import stat

import pytest
from PySide6.QtWidgets import QMessageBox

from quietlegs.cli import main
from quietlegs.services.repair import SCREENED, set_aside_files

SURROGATE_NOTE = "X'6c65677320' || X'eda080' || X'21'"  # "legs " + a lone surrogate (\ud800) + "!"
NIGHT_YEAR_1, NIGHT_SURROGATE, SYMPTOM_9999, APPOINTMENT_0001, AMOUNT_1E308 = (
    f"00000000-0000-4000-8000-00000000000{n}" for n in range(1, 6))
POISON_IDS = {NIGHT_YEAR_1, NIGHT_SURROGATE, SYMPTOM_9999, APPOINTMENT_0001, AMOUNT_1E308}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def poison(path) -> None:
    """Write the records the old imports let in, with raw SQL, as an old version stored them."""
    con = sqlite3.connect(path)
    night = ("INSERT INTO nights (id, night_of, in_bed, lights_out, sleep_latency_min, awakenings, "
             "wake_after_sleep_onset_min, final_wake, out_of_bed, notes) VALUES (?, ?, ?, ?, 10, 1, 20, ?, ?, {})")
    con.execute(night.format("''"), (NIGHT_YEAR_1, "0001-01-01", "0001-01-01 22:30:00.000000",
                                     "0001-01-01 22:45:00.000000", "0001-01-02 06:30:00.000000",
                                     "0001-01-02 06:45:00.000000"))
    con.execute(night.format(f"CAST({SURROGATE_NOTE} AS TEXT)"), (
        NIGHT_SURROGATE, "2030-05-01", "2030-05-01 22:30:00.000000", "2030-05-01 22:45:00.000000",
        "2030-05-02 06:30:00.000000", "2030-05-02 06:45:00.000000"))
    con.execute("INSERT INTO symptoms (id, at, kind, severity) VALUES (?, '9999-12-31 02:00:00.000000', 'cramp', 7)",
                (SYMPTOM_9999,))
    con.execute("INSERT INTO symptom_reliefs (symptom_id, kind, position) VALUES (?, 'heat', 0)", (SYMPTOM_9999,))
    con.execute("INSERT INTO appointments (id, date, with_whom) VALUES (?, '0001-03-04', 'Dr Old')",
                (APPOINTMENT_0001,))
    con.execute("INSERT INTO interventions (id, at, kind, amount, unit) VALUES (?, "
                "'2026-11-20 21:00:00.000000', 'magnesium', 1e308, 'mg')", (AMOUNT_1E308,))
    con.commit()
    con.close()


def counts(path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in ("nights", "symptoms", "symptom_reliefs", "interventions", "appointments")}
    finally:
        con.close()


def run(data_paths, *args) -> int:
    return main(["--data-dir", str(data_paths.root), *map(str, args)])


@pytest.fixture
def poisoned(filled_journal, data_paths):
    before = counts(filled_journal)
    poison(filled_journal)
    return before


def test_a_poisoned_journal_is_usable_again_and_its_bad_records_are_kept_in_a_file(
        poisoned, data_paths, tmp_path, capsys, qapp):
    assert run(data_paths, "summary", "--json") == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["nights_logged"] == poisoned["nights"]
    assert counts(data_paths.journal) == poisoned  # exactly the poisoned rows went, reliefs with them
    (kept,) = data_paths.root.glob("set-aside-*.json")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    doc = json.loads(kept.read_text(encoding="utf-8"))
    assert doc["format"] == "quietlegs-journal" and doc["version"] == 1
    held = {r["id"] for section in ("nights", "symptoms", "interventions", "appointments") for r in doc[section]}
    assert held == POISON_IDS
    night = next(n for n in doc["nights"] if n["id"] == NIGHT_SURROGATE)
    assert night["notes"] == "legs \ud800!" and "\\ud800" in kept.read_text(encoding="utf-8")
    assert next(s for s in doc["symptoms"])["relieved_by"] == ["heat"]
    assert next(i for i in doc["interventions"])["amount"] == 1e308
    (backup,) = data_paths.backups.glob("*-before-set-aside.sqlite3")  # the journal as it was, poison and all
    assert counts(backup)["nights"] == poisoned["nights"] + 2
    for command in (["analyze", "--json"], ["report", "--out", tmp_path / "r.pdf"],
                    ["chart", "timeline", "--out", tmp_path / "t.png"], ["export", tmp_path / "e.json"]):
        assert run(data_paths, *command) == 0, (command, capsys.readouterr().err)

    # Importing the file back is refused, with the reason on one line: it holds those very records.
    capsys.readouterr()
    assert run(data_paths, "import", kept) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "is outside 1970-01-01..2099-12-31" in err

    assert run(data_paths, "check") == 0
    out = capsys.readouterr().out
    assert kept.name in out and "5 records" in out and "fix the dates in that file and import it again" in out


def test_the_set_aside_records_come_back_once_their_file_is_fixed_in_a_text_editor(poisoned, data_paths, capsys):
    assert run(data_paths, "summary", "--json") == 0
    (kept,) = data_paths.root.glob("set-aside-*.json")
    text = kept.read_text(encoding="utf-8")
    for wrong, right in (("0001-01-0", "2031-01-0"), ("9999-12-31T02:00", "2031-01-02T02:00"),
                         ("0001-03-04", "2031-03-04"), ("legs \\ud800!", "legs!")):
        assert wrong in text
        text = text.replace(wrong, right)
    text, fixed = re.subn(r'"amount": \d{300,}', '"amount": 300', text)  # 1e308 is written out in full
    assert fixed == 1
    kept.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert run(data_paths, "import", kept) == 0, capsys.readouterr().err
    back = counts(data_paths.journal)
    assert back["nights"] == poisoned["nights"] + 2 and back["symptom_reliefs"] == poisoned["symptom_reliefs"] + 1
    assert back["appointments"] == poisoned["appointments"] + 1
    assert back["interventions"] == poisoned["interventions"] + 1
    assert run(data_paths, "summary", "--json") == 0


def test_a_record_that_cannot_be_read_at_all_is_kept_with_its_raw_values(filled_journal, data_paths, capsys):
    con = sqlite3.connect(filled_journal)
    con.execute("INSERT INTO interventions (id, at, kind, amount) VALUES ('not-a-date', 'last tuesday', 'heat', 1)")
    con.execute("INSERT INTO interventions (id, at, kind, amount) VALUES ('infinite', "
                "'2026-11-20 21:00:00.000000', 'heat', 9e999)")
    con.execute("INSERT INTO interventions (id, at, kind, notes) VALUES (?, '2026-11-20 21:05:00.000000', "
                "'heat', CAST(X'6e756c00' AS TEXT))", (NIGHT_YEAR_1,))
    con.commit()
    con.close()
    assert run(data_paths, "summary", "--json") == 0, capsys.readouterr().err
    (kept,) = data_paths.root.glob("set-aside-*.json")
    doc = json.loads(kept.read_text(encoding="utf-8"))
    assert doc["interventions"][0]["notes"] == "nul\x00"  # text with a NUL is written as a record
    ours = doc["extensions"]["quietlegs_set_aside"]
    rows = {r["values"]["id"]: r for r in ours["unreadable"]}
    assert rows["not-a-date"]["values"]["at"] == "last tuesday" and "cannot be read" in rows["not-a-date"]["problems"][0]
    assert rows["infinite"]["values"]["amount"] == "inf"
    assert set_aside_files(data_paths.root) == [(kept, 3)]


def test_setting_aside_happens_once_and_again_for_a_journal_restored_from_before_it(
        poisoned, data_paths, capsys):
    assert run(data_paths, "summary", "--json") == 0
    (first,) = data_paths.root.glob("set-aside-*.json")
    backups = sorted(p.name for p in data_paths.backups.iterdir())
    screened = digest(data_paths.journal)
    assert run(data_paths, "summary", "--json") == 0
    assert list(data_paths.root.glob("set-aside-*.json")) == [first]
    assert sorted(p.name for p in data_paths.backups.iterdir()) == backups
    assert digest(data_paths.journal) == screened

    # The backup from before it still holds them (and has not been screened): put back by hand,
    # it is screened again when next opened.
    (backup,) = data_paths.backups.glob("*-before-set-aside.sqlite3")
    for side in ("-wal", "-shm"):
        data_paths.journal.with_name(data_paths.journal.name + side).unlink(missing_ok=True)
    data_paths.journal.write_bytes(backup.read_bytes())
    assert run(data_paths, "summary", "--json") == 0
    assert len(list(data_paths.root.glob("set-aside-*.json"))) == 2
    assert counts(data_paths.journal) == poisoned


def test_a_sound_journal_keeps_every_record_and_gains_only_the_screening_mark(filled_journal, data_paths, capsys):
    def dump():
        con = sqlite3.connect(filled_journal)
        try:
            return list(con.iterdump())
        finally:
            con.close()

    before = dump()
    assert run(data_paths, "summary", "--json") == 0
    assert dump() == before
    con = sqlite3.connect(filled_journal)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCREENED
    con.close()
    assert not list(data_paths.root.glob("set-aside-*.json"))
    assert not list(data_paths.backups.glob("*set-aside*"))
    screened = digest(filled_journal)
    assert run(data_paths, "summary", "--json") == 0
    assert digest(filled_journal) == screened  # the second time, not a byte changes
    assert run(data_paths, "check") == 0
    assert "set-aside" not in capsys.readouterr().out


@pytest.fixture
def boxes(monkeypatch):
    seen = []

    def fake_exec(self):
        seen.append((self.windowTitle(), self.text(), self.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def open_every_page(service, qtbot) -> None:
    from quietlegs.ui.window_factory import build_main_window

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for name in window._page_names:
        page = window.show_page(name)
        if name == "journal":
            qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
            for night in service.journal.nights()[-3:]:
                page.open_night(night.night_of)
        if name == "insights":
            with qtbot.waitSignal(page.ready, timeout=60_000):
                page.set_period("all")
        qtbot.wait(10)
        page.grab()
    window.close()


def test_the_window_sets_them_aside_says_so_once_and_every_page_opens(poisoned, data_paths, qtbot, boxes):
    from quietlegs.ui.startup import open_or_explain

    service = open_or_explain(data_paths)
    assert service is not None
    try:
        qtbot.waitUntil(lambda: len(boxes) == 1, timeout=5_000)
        (kept,) = data_paths.root.glob("set-aside-*.json")
        title, text, info = boxes[0]
        assert title == "Some records were set aside" and "5 records" in text
        assert kept.name in info and "import it again" in info
        open_every_page(service, qtbot)
    finally:
        service.journal.close()
    again = open_or_explain(data_paths)
    try:
        qtbot.wait(50)
        assert len(boxes) == 1  # told once
    finally:
        again.journal.close()


# ----------------------------------------------------------------------------- an empty journal file

@pytest.mark.parametrize("command", [["summary", "--json"], ["analyze", "--json"], ["check"],
                                     ["export", "OUT.json"], ["report", "--out", "OUT.pdf"],
                                     ["chart", "timeline", "--out", "OUT.png"]])
def test_a_0_byte_journal_without_backups_is_refused_by_every_reading_command(
        data_paths, tmp_path, capsys, command):
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"")
    command = [str(tmp_path / c) if c.startswith("OUT") else c for c in command]
    assert run(data_paths, *command) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "\n" not in err and captured.out == ""
    assert f"the journal file {data_paths.journal} is empty (0 bytes)" in err.lower()
    assert "restore a backup; to start a new journal, delete it" in err
    assert data_paths.journal.read_bytes() == b""  # no tables written into it
    assert not [p.name for p in data_paths.root.iterdir()
                if p.name.startswith(("journal.sqlite3-", "journal.sqlite3.", "set-aside", "backups"))]


def test_the_window_offers_a_new_journal_for_a_0_byte_file_and_keeps_the_empty_file(
        data_paths, qtbot, monkeypatch):
    from quietlegs.ui.startup import open_or_explain

    seen = []

    def answer(self):
        seen.append((self.text(), self.informativeText(), [b.text() for b in self.buttons()]))
        return QMessageBox.StandardButton.No if len(seen) == 1 else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"")
    service = open_or_explain(data_paths)
    assert service is not None
    try:
        assert "empty (0 bytes)" in seen[0][1] and "Start an empty journal" in seen[0][2]
        assert "Restore the backup" not in seen[0][2]
        (kept,) = data_paths.root.glob("journal.sqlite3.*.damaged")
        assert kept.read_bytes() == b""
        assert service.journal.counts()["nights"] == 0
    finally:
        service.journal.close()


def test_quitting_at_a_0_byte_journal_changes_nothing(data_paths, qtbot, boxes):
    from quietlegs.ui.startup import open_or_explain

    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"")
    assert open_or_explain(data_paths) is None  # the box's answer (Ok) is not Yes or No: quit
    assert "empty (0 bytes)" in boxes[0][2]
    assert sorted(p.name for p in data_paths.root.iterdir()) == ["journal.sqlite3"]
    assert data_paths.journal.read_bytes() == b""


def test_when_the_file_cannot_be_written_nothing_is_taken_out_and_the_next_open_tries_again(
        poisoned, data_paths):
    from datetime import datetime

    from quietlegs.services.opening import open_for_command

    now = datetime(2026, 11, 21, 8, 0)
    blocker = data_paths.root / ".set-aside-20261121-080000.json.tmp"
    blocker.mkdir()  # where the file is written first: it cannot be
    journal = open_for_command(data_paths, now)
    try:
        assert journal.set_aside is None
    finally:
        journal.close()
    assert counts(data_paths.journal)["nights"] == poisoned["nights"] + 2
    assert not list(data_paths.root.glob("set-aside-*.json"))
    blocker.rmdir()
    journal = open_for_command(data_paths, now)
    try:
        assert journal.set_aside is not None and journal.set_aside.count == 5
    finally:
        journal.close()
    assert counts(data_paths.journal) == poisoned
