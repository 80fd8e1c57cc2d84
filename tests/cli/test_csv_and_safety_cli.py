import json
import os
import stat
import zipfile
from datetime import datetime

import pytest

from quietlegs.cli import main
from quietlegs.domain.journal_format import dump_journal
from quietlegs.paths import DataPaths
from quietlegs.storage.backup import list_backups
from quietlegs.storage.lock import JournalLock


def run(*args):
    return main([str(a) for a in args])


def test_csv_export_then_import_of_the_folder_and_of_a_zip_is_lossless(tmp_path, demo_file, capsys):
    assert run("--data-dir", tmp_path / "a", "import", demo_file) == 0
    capsys.readouterr()
    assert run("--data-dir", tmp_path / "a", "export", "--format", "csv", tmp_path / "csv") == 0
    # The demo's regimen has no place in CSV: the export says so (docs/format.md), and it is
    # the one thing the round trip does not carry.
    assert "Not in the CSV files (CSV has no place for them): 1 regimen" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "interventions.csv", "kinds.csv", "nights.csv", "symptoms.csv"]
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(tmp_path / "csv" / "nights.csv").st_mode) == 0o600
    with zipfile.ZipFile(tmp_path / "journal.zip", "w") as z:
        for p in (tmp_path / "csv").iterdir():
            z.write(p, f"journal/{p.name}")
    assert run("--data-dir", tmp_path / "b", "import", tmp_path / "csv") == 0
    assert run("--data-dir", tmp_path / "c", "import", tmp_path / "journal.zip") == 0
    for d in "abc":
        assert run("--data-dir", tmp_path / d, "export", tmp_path / f"{d}.json") == 0
    docs = [json.loads((tmp_path / f"{d}.json").read_text()) for d in "abc"]
    for doc in docs:
        doc.pop("exported_at")
        doc.pop("kinds")  # the JSON file listed only the renamed kind; CSV lists the whole catalog
    assert len(docs[0].pop("regimens")) == 1 and "regimens" not in docs[1] and "regimens" not in docs[2]
    assert docs[0] == docs[1] == docs[2]


def test_a_csv_import_with_bad_rows_changes_nothing_and_names_them(tmp_path, demo_file, capsys):
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", demo_file) == 0
    assert run("--data-dir", data, "export", "--format", "csv", tmp_path / "csv") == 0
    nights = tmp_path / "csv" / "nights.csv"
    lines = nights.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace(",3,", ",three,", 1)
    lines[5] = lines[5].replace("T", "t", 1)
    nights.write_text("".join(lines), encoding="utf-8")
    assert run("--data-dir", data, "export", tmp_path / "before.json") == 0
    capsys.readouterr()
    assert run("--data-dir", data, "import", tmp_path / "csv") == 2
    err = capsys.readouterr().err
    # One line (the contract): the first bad row, and how many more (the window lists them all).
    assert err.count("\n") == 1 and "nights.csv line 3, column" in err and "(and 1 more problem)" in err
    assert "nothing was imported" in err
    assert run("--data-dir", data, "export", tmp_path / "after.json") == 0
    before, after = (json.loads((tmp_path / f).read_text()) for f in ("before.json", "after.json"))
    before.pop("exported_at"), after.pop("exported_at")
    assert before == after


def test_import_refuses_politely_while_the_app_has_the_journal(tmp_path, demo_file, capsys):
    paths = DataPaths(tmp_path / "data")
    assert run("--data-dir", paths.root, "import", demo_file) == 0
    app = JournalLock(paths.lock)
    assert app.acquire()
    try:
        capsys.readouterr()
        assert run("--data-dir", paths.root, "import", demo_file) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Quiet Legs is open with this journal" in err
        # reading still works beside the app
        assert run("--data-dir", paths.root, "summary", "--json") == 0
    finally:
        app.release()
    assert run("--data-dir", paths.root, "import", demo_file) == 0
    assert any(b.reason == "before-import" for b in list_backups(paths.backups))


def test_check_reports_a_damaged_journal_in_one_line_and_points_at_a_backup(tmp_path, demo_file, capsys):
    paths = DataPaths(tmp_path / "data")
    assert run("--data-dir", paths.root, "import", demo_file) == 0
    assert run("--data-dir", paths.root, "import", demo_file) == 0  # makes a before-import backup
    capsys.readouterr()
    assert run("--data-dir", paths.root, "check") == 0
    assert "is sound" in capsys.readouterr().out
    raw = bytearray(paths.journal.read_bytes())
    raw[0:16] = b"not sqlite here!"
    paths.journal.write_bytes(bytes(raw))
    assert run("--data-dir", paths.root, "check") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "newest good backup is journal-" in err
    assert paths.journal.read_bytes() == bytes(raw)


def test_a_csv_export_names_the_appointments_and_milestones_it_cannot_hold(tmp_path, capsys, demo_data):
    from datetime import date, datetime

    from quietlegs.cli import main
    from quietlegs.domain.journal_format import dump_journal
    from quietlegs.domain.records import Appointment

    visit = Appointment(date=date(2026, 12, 3), with_whom="Dr Example", purpose="legs")
    source = tmp_path / "j.json"
    source.write_text(dump_journal(type(demo_data)(nights=demo_data.nights[:3], appointments=(visit,)),
                                   datetime(2026, 11, 21)), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "csv", str(tmp_path / "csv")]) == 0
    out = capsys.readouterr().out
    assert "Not in the CSV files" in out and "1 appointment," in out or "1 appointment;" in out and "export as JSON" in out
