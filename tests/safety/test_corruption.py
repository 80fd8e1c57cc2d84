"""Corruption fixtures on real files: an empty file, a garbage header, a truncated file, a random
page overwritten, a foreign -wal. No crash; the original is untouched (or, with the user's say-so,
moved aside byte for byte); the command line says so in one line; the app offers the newest good
backup."""

import os
import random
import sqlite3
import shutil
import signal
import subprocess
import sys
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from quietlegs.cli import main
from quietlegs.domain.demo_journal import generate_demo_journal
from quietlegs.storage.backup import make_backup
from quietlegs.storage.errors import JournalDamaged
from quietlegs.storage.inspect import check_journal
from quietlegs.storage.journal_file import open_journal
from quietlegs.ui.startup import open_or_explain

from .breakers import HELPERS, checkpoint, child_env, digest

PAGE = 4096


def _empty(journal, tmp_path):
    journal.write_bytes(b"")


def _garbage_header(journal, tmp_path):
    raw = bytearray(journal.read_bytes())
    raw[:100] = os.urandom(100)
    journal.write_bytes(bytes(raw))


def _truncated(journal, tmp_path):
    raw = journal.read_bytes()
    journal.write_bytes(raw[: len(raw) // 3 + 123])  # a copy that stopped part-way


def _half_copied_on_a_page_boundary(journal, tmp_path):
    raw = journal.read_bytes()
    journal.write_bytes(raw[: (len(raw) // PAGE // 2) * PAGE])


def _random_page(seed):
    def corrupt(journal, tmp_path):
        raw = bytearray(journal.read_bytes())
        pages = len(raw) // PAGE
        page = random.Random(seed).randrange(1, pages)  # any page but the header's
        raw[page * PAGE:(page + 1) * PAGE] = random.Random(seed).randbytes(PAGE)
        journal.write_bytes(bytes(raw))
    return corrupt


def _foreign_wal(journal, tmp_path):
    """The -wal of another journal, left beside this one (a half-done copy of two files)."""
    other = tmp_path / "other" / "journal.sqlite3"
    j = open_journal(other)
    j.import_data(generate_demo_journal(date(2026, 11, 20), seed=99))
    j.close()
    proc = subprocess.Popen([sys.executable, str(HELPERS / "writer.py"), str(other)], env=child_env(),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    for _ in range(25):  # committed saves: the -wal holds real frames of the other journal
        assert proc.stdout.readline().startswith("ack ")
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    shutil.copy(str(other) + "-wal", str(journal) + "-wal")


FIXTURES = {
    "empty file": _empty,
    "garbage header": _garbage_header,
    "truncated": _truncated,
    "half copied": _half_copied_on_a_page_boundary,
    **{f"random page {seed}": _random_page(seed) for seed in range(4)},
    "foreign wal": _foreign_wal,
}


@pytest.fixture(params=list(FIXTURES))
def damaged(request, filled_journal, data_paths, tmp_path):
    """A journal with a backup from yesterday, then damaged in one of the ways above."""
    checkpoint(filled_journal)
    good = make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    FIXTURES[request.param](filled_journal, tmp_path)
    return good, _files(data_paths)


def _files(data_paths):
    # -shm is SQLite's scratch index of a -wal (rebuilt from it, holds no data): reading a
    # journal that has a -wal creates one; the journal and its -wal stay byte-identical.
    return {p.name: digest(p) for p in data_paths.root.iterdir()
            if p.is_file() and p.name not in ("journal.lock", "journal.sqlite3-shm")}


def test_the_damage_is_found_and_nothing_is_changed(damaged, data_paths):
    _, files = damaged
    with pytest.raises(JournalDamaged):
        check_journal(data_paths.journal, data_paths.backups)
    if data_paths.journal.stat().st_size:  # (an empty file is only suspect beside backups)
        with pytest.raises(JournalDamaged):
            open_journal(data_paths.journal)
    assert _files(data_paths) == files


def test_quietlegs_check_says_so_in_one_line_and_exits_1(damaged, data_paths, capsys):
    _, files = damaged
    assert main(["--data-dir", str(data_paths.root), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "journal-20261120-080000-daily" in err
    assert _files(data_paths) == files


def test_the_app_offers_the_newest_good_backup_and_keeps_the_damaged_file(qtbot, damaged, data_paths, monkeypatch,
                                                                          demo_data):
    good, files = damaged
    shown = []

    def answer(box):
        shown.append(box.informativeText())
        return QMessageBox.StandardButton.Yes if box.standardButtons() & QMessageBox.StandardButton.Yes \
            else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    service = open_or_explain(data_paths)
    assert service is not None, shown
    try:
        assert "newest good backup is from Fri 20 Nov 2026, 08:00" in shown[0]
        assert service.journal.counts()["nights"] == len(demo_data.nights)
    finally:
        service.journal.close()
    kept = {p.name for p in data_paths.root.glob("journal.sqlite3.*.damaged*")}
    (main_copy,) = [n for n in kept if n.endswith(".damaged")]
    assert digest(data_paths.root / main_copy) == files["journal.sqlite3"]
    if "journal.sqlite3-wal" in files:
        assert digest(data_paths.root / (main_copy + "-wal")) == files["journal.sqlite3-wal"]
    assert digest(good) == files.get(good.name, digest(good))


# ----------------------------------------------------------------- issue 16: the holes, each on real files

def _run(data_paths, *args):
    return main(["--data-dir", str(data_paths.root), *map(str, args)])


def _backups(data_paths):
    return {p.name: digest(p) for p in data_paths.backups.iterdir()}


@pytest.fixture
def emptied(filled_journal, data_paths, demo_data):
    """Issue 16, hole 1: a sync tool emptied journal.sqlite3; the backups still hold the nights."""
    checkpoint(filled_journal)
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 19, 8), "daily")
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    filled_journal.write_bytes(b"")
    return _backups(data_paths)


def test_import_into_an_emptied_journal_is_refused_and_the_backups_are_untouched(
        emptied, data_paths, tmp_path, demo_data, capsys):
    from quietlegs.domain.journal_format import dump_journal

    source = tmp_path / "one-night.json"
    source.write_text(dump_journal(type(demo_data)(nights=demo_data.nights[:1]), datetime(2026, 11, 21)))
    capsys.readouterr()
    assert _run(data_paths, "import", source) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "empty" in err
    assert f"newest good backup is journal-20261120-080000-daily.sqlite3 ({len(demo_data.nights)} nights" in err
    assert "restore" in err
    assert data_paths.journal.read_bytes() == b""
    assert _backups(data_paths) == emptied


@pytest.mark.parametrize("command", [
    ["summary", "--json"], ["export", "{tmp}/out.json"], ["analyze", "--json"],
    ["report", "--out", "{tmp}/r.pdf"], ["chart", "timeline", "--out", "{tmp}/c.png"]])
def test_reading_commands_refuse_an_emptied_journal_instead_of_reporting_zero_nights(
        emptied, data_paths, tmp_path, capsys, command):
    capsys.readouterr()
    assert _run(data_paths, *[a.format(tmp=tmp_path) for a in command]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "damaged" in captured.err and "newest good backup" in captured.err
    assert not list(tmp_path.glob("out.json")) and not list(tmp_path.glob("r.pdf"))
    assert data_paths.journal.read_bytes() == b"" and _backups(data_paths) == emptied


def test_a_new_journal_without_backups_is_fine(data_paths, capsys, tmp_path, demo_data):
    from quietlegs.domain.journal_format import dump_journal

    data_paths.root.mkdir(parents=True, exist_ok=True)
    assert _run(data_paths, "check") == 0  # nothing there yet: nothing damaged either
    source = tmp_path / "one-night.json"
    source.write_text(dump_journal(type(demo_data)(nights=demo_data.nights[:1]), datetime(2026, 11, 21)))
    assert _run(data_paths, "import", source) == 0
    capsys.readouterr()
    assert _run(data_paths, "summary", "--json") == 0
    assert '"nights_logged": 1' in capsys.readouterr().out


def swap_index_roots(journal, a="ix_symptoms_at", b="ix_interventions_at"):
    """Two indexes pointing at each other's pages: quick_check passes, integrity_check does not."""
    con = sqlite3.connect(journal)
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[b], a))
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (roots[a], b))
    con.commit()
    con.close()
    checkpoint(journal)


def test_swapped_index_roots_are_caught_before_summary_or_export_read_them(filled_journal, data_paths, tmp_path,
                                                                          capsys):
    from quietlegs.storage.db import quick_check

    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    swap_index_roots(filled_journal)
    assert quick_check(filled_journal) is None  # the hole: the cheap check misses it
    before = digest(filled_journal)
    for args in (["check"], ["summary", "--json"], ["export", tmp_path / "out.json"],
                 ["import", tmp_path / "missing-is-checked-first.json"]):
        if args[0] == "import":
            (tmp_path / "missing-is-checked-first.json").write_text('{"format": "quietlegs-journal", "version": 1}')
        capsys.readouterr()
        assert _run(data_paths, *args) == 1, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "damaged" in err and "missing from index" in err, err
        assert "malformed" not in err and "something went wrong" not in err
    assert not (tmp_path / "out.json").exists()
    assert digest(filled_journal) == before


def test_broken_references_stop_export_before_it_writes_a_file_import_would_refuse(
        filled_journal, data_paths, tmp_path, capsys):
    con = sqlite3.connect(filled_journal)
    con.execute("PRAGMA foreign_keys=OFF")
    (symptom,) = con.execute("SELECT symptom_id FROM symptom_reliefs LIMIT 1").fetchone()
    con.execute("DELETE FROM symptoms WHERE id=?", (symptom,))
    con.commit()
    con.close()
    checkpoint(filled_journal)
    capsys.readouterr()
    assert _run(data_paths, "export", tmp_path / "out.json") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "at missing records" in err and "damaged" in err
    assert not (tmp_path / "out.json").exists()
    assert _run(data_paths, "export", "--format", "csv", tmp_path / "csv") == 1
    assert not (tmp_path / "csv").exists()


def test_check_says_when_the_only_backup_is_damaged(filled_journal, data_paths, capsys):
    backup = make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    raw = bytearray(backup.read_bytes())
    raw[PAGE * 2:PAGE * 3] = random.Random(3).randbytes(PAGE)
    backup.write_bytes(bytes(raw))
    capsys.readouterr()
    assert _run(data_paths, "check") == 0  # the journal itself is sound (docs/cli.md)
    captured = capsys.readouterr()
    assert "is sound" in captured.out
    assert captured.err.count("\n") == 1 and captured.err.startswith("Warning: none of the 1 backup is sound")
    assert backup.name in captured.err


def test_check_lists_the_backups_it_verified(filled_journal, data_paths, capsys):
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    capsys.readouterr()
    assert _run(data_paths, "check") == 0
    out = capsys.readouterr().out
    assert "Backups: 1, 1 sound; the newest sound one is journal-20261120-080000-daily.sqlite3" in out


def test_a_journal_deleted_beside_its_backups_is_not_silently_started_again(filled_journal, data_paths, tmp_path,
                                                                           demo_data, capsys):
    from quietlegs.domain.journal_format import dump_journal

    checkpoint(filled_journal)
    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    filled_journal.unlink()
    before = _backups(data_paths)
    source = tmp_path / "one-night.json"
    source.write_text(dump_journal(type(demo_data)(nights=demo_data.nights[:1]), datetime(2026, 11, 21)))
    capsys.readouterr()
    for args in (["import", source], ["summary", "--json"]):
        assert _run(data_paths, *args) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "missing, though there are backups" in err and "newest good backup" in err
    assert not filled_journal.exists() and _backups(data_paths) == before
