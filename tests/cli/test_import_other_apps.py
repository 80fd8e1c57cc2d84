"""``quietlegs import`` of other apps' exports through the real command line and a real journal:
recognised by content (a file, a folder, a .zip), previewed by --dry-run without a change,
imported once (a second import changes nothing), never over a night logged by hand, and
refused in one line when the file is none of the kinds Quiet Legs reads."""

import json
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from quietlegs.cli import main
from quietlegs.domain.records import Night
from quietlegs.paths import DataPaths
from quietlegs.storage.journal_file import open_journal

SAMPLES = Path(__file__).parents[1] / "domain" / "readers" / "samples"
SAA = SAMPLES / "sleep-export.csv"
FITBIT = SAMPLES / "fitbit"


def run(*args):
    return main([str(a) for a in args])


def journal_nights(data_dir: Path) -> dict:
    journal = open_journal(DataPaths(data_dir).journal)
    try:
        return {n.night_of: n for n in journal.nights()}
    finally:
        journal.close()


def test_a_sleep_as_android_export_is_read_by_content_whatever_its_name(tmp_path, capsys):
    renamed = tmp_path / "my nights.txt"
    shutil.copy(SAA, renamed)
    assert run("--data-dir", tmp_path / "d", "import", renamed) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == ["my nights.txt: a Sleep as Android export.",
                                    "Imported 3 nights, 0 symptoms, 0 interventions, 0 kinds."]
    assert "Skipped 4 — a nap or day sleep: 2020-11-27 07:38–07:40" in out
    assert sorted(journal_nights(tmp_path / "d")) == [date(2020, 11, 12), date(2020, 11, 26), date(2020, 12, 1)]


def test_dry_run_prints_the_plan_and_changes_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", FITBIT) == 0  # a folder of sleep-*.json
    capsys.readouterr()
    before = DataPaths(data).journal.read_bytes()
    backups = sorted(DataPaths(data).backups.glob("*")) if DataPaths(data).backups.exists() else []
    zipped = tmp_path / "MyFitbitData.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for p in FITBIT.glob("*.json"):
            z.write(p, f"MyFitbitData/Someone/Sleep/{p.name}")
    assert run("--data-dir", data, "import", "--dry-run", zipped) == 0
    assert capsys.readouterr().out.splitlines() == [
        "MyFitbitData.zip: a Fitbit export.",
        "Nothing new would be added.",
        "Would skip 3 — already imported (unchanged): 2015-06-15, 2024-03-20, 2024-03-21.",
        "Would skip 2 — the same record appears more than once in the export: "
        "2024-03-22 03:34–09:40, 2024-03-21 14:10–14:52.",
        "Would skip 1 — a nap or day sleep: 2024-03-21 14:10–14:52.",
        "Nothing was changed (--dry-run).",
    ]
    assert DataPaths(data).journal.read_bytes() == before
    assert (sorted(DataPaths(data).backups.glob("*")) if DataPaths(data).backups.exists() else []) == backups


def test_importing_the_same_export_twice_changes_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", SAA) == 0
    first = journal_nights(data)
    capsys.readouterr()
    assert run("--data-dir", data, "import", SAA) == 0
    out = capsys.readouterr().out
    assert "Nothing new to import; your journal is unchanged." in out
    assert "Skipped 3 — already imported (unchanged)" in out
    assert journal_nights(data) == first


def test_a_night_logged_by_hand_is_never_overwritten(tmp_path, capsys):
    data = tmp_path / "d"
    journal = open_journal(DataPaths(data).journal)
    mine = Night(night_of=date(2020, 11, 26), in_bed=datetime(2020, 11, 26, 22, 30),
                 lights_out=datetime(2020, 11, 26, 22, 45), sleep_latency_min=20, awakenings=2,
                 wake_after_sleep_onset_min=30, final_wake=datetime(2020, 11, 27, 6, 30),
                 out_of_bed=datetime(2020, 11, 27, 6, 45), legs_severity=6, notes="mine")
    journal.save_night(mine)
    journal.close()
    assert run("--data-dir", data, "import", SAA) == 0
    out = capsys.readouterr().out
    assert "Imported 2 nights" in out
    assert "Skipped 1 — that night is already logged in your journal (kept as it is): 2020-11-26." in out
    assert journal_nights(data)[date(2020, 11, 26)] == mine


def test_after_editing_an_imported_night_a_new_import_keeps_the_edit(tmp_path, capsys):
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", FITBIT) == 0
    journal = open_journal(DataPaths(data).journal)
    night = journal.night(date(2024, 3, 20))
    from dataclasses import replace

    journal.save_night(replace(night, legs_severity=8))
    journal.close()
    capsys.readouterr()
    assert run("--data-dir", data, "import", FITBIT) == 0
    assert "already logged in your journal (kept as it is): 2024-03-20" in capsys.readouterr().out
    assert journal_nights(data)[date(2024, 3, 20)].legs_severity == 8


def test_import_export_import_of_an_imported_journal_is_stable(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run("--data-dir", a, "import", SAA) == 0
    assert run("--data-dir", a, "import", FITBIT) == 0
    assert run("--data-dir", a, "export", tmp_path / "out.json") == 0
    assert run("--data-dir", b, "import", tmp_path / "out.json") == 0
    assert run("--data-dir", b, "export", tmp_path / "again.json") == 0
    first, again = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("out.json", "again.json"))
    first.pop("exported_at"), again.pop("exported_at")
    assert first == again and len(first["nights"]) == 6


KNOWN = "expected Quiet Legs JSON or CSV, a Sleep as Android sleep-export.csv, Fitbit sleep-*.json, "


@pytest.mark.parametrize("name, content, expected", [
    ("x.csv", "date,steps\n2026-01-01,4000\n", KNOWN + "a Loop Habit Tracker CSV export, or a CSV file of nights "
                                                "with its columns named (its columns: date, steps)"),
    ("x.json", '[{"dateTime": "2026-01-01", "value": 4000}]', KNOWN + "or a Loop Habit Tracker CSV export"),
    ("notes.txt", "just some words", KNOWN + "or a Loop Habit Tracker CSV export"),
])
def test_a_file_of_none_of_the_known_kinds_gets_one_line_and_exit_2(tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert run("--data-dir", tmp_path / "d", "import", path) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"quietlegs: {name} is not a file Quiet Legs can read: {expected}"
    assert not DataPaths(tmp_path / "d").journal.exists() or journal_nights(tmp_path / "d") == {}


def test_a_broken_record_in_an_export_is_named_and_nothing_is_imported(tmp_path, capsys):
    broken = tmp_path / "sleep-export.csv"
    broken.write_text(SAA.read_text(encoding="utf-8").replace("01. 12. 2020 20:00", "41. 12. 2020 20:00"),
                      encoding="utf-8")
    assert run("--data-dir", tmp_path / "d", "import", broken) == 2
    err = capsys.readouterr().err.strip()
    assert err == "quietlegs: sleep-export.csv line 2: From: '41. 12. 2020 20:00' is not a real date and time"
    assert journal_nights(tmp_path / "d") == {}


def test_dry_run_of_a_quiet_legs_file_counts_new_and_replaced_records(tmp_path, capsys, demo_data):
    from quietlegs.domain.journal_format import dump_journal

    path = tmp_path / "demo.json"
    path.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", "--dry-run", path) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "demo.json: a Quiet Legs journal."
    assert lines[1:] == [
        f"Would add {len(demo_data.nights):,} nights, {len(demo_data.symptoms):,} symptoms, "
        f"{len(demo_data.interventions):,} interventions, {len(demo_data.kinds)} kind, "
        f"{len(demo_data.regimens)} regimen.",
        "Nothing was changed (--dry-run)."]
    assert len(demo_data.kinds) == len(demo_data.regimens) == 1  # the demo's own kind, and its regimen
    assert run("--data-dir", data, "import", path) == 0
    capsys.readouterr()
    assert run("--data-dir", data, "import", "--dry-run", path) == 0
    out = capsys.readouterr().out
    assert f"Would replace {len(demo_data.nights):,} nights" in out and "Nothing new would be added." in out


def test_dry_run_of_a_quiet_legs_file_that_would_be_refused_says_so_and_exits_2(tmp_path, capsys):
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", SAA) == 0
    capsys.readouterr()
    night = {"night_of": "2020-11-26", "in_bed": "2020-11-26T22:00", "lights_out": "2020-11-26T22:10",
             "sleep_latency_min": 5, "awakenings": 0, "wake_after_sleep_onset_min": 0,
             "final_wake": "2020-11-27T06:00", "out_of_bed": "2020-11-27T06:10"}
    path = tmp_path / "other.json"
    # Without an id the file's night is that date's night, and would replace it…
    path.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, "nights": [night]}), encoding="utf-8")
    assert run("--data-dir", data, "import", "--dry-run", path) == 0
    assert "Would replace 1 night with the file's version." in capsys.readouterr().out
    # … with an id of its own it is another night on a logged date: the import would refuse it.
    night["id"] = "0b9d5c0e-63f4-4f7e-9d4c-2d0c8a1e5b11"
    path.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, "nights": [night]}), encoding="utf-8")
    assert run("--data-dir", data, "import", "--dry-run", path) == 2
    assert capsys.readouterr().err.strip() == (
        "quietlegs: other.json: nights[0] (night_of 2020-11-26): night_of: the night of 2020-11-26 is already "
        "logged with another id (nothing would be imported)")  # the import's own words


LOOP = SAMPLES / "loop"


def loop_zip(tmp_path: Path) -> Path:
    """Loop's export as the app shares it: one .zip with the files at its top."""
    path = tmp_path / "Loop Habits CSV 2015-01-25.zip"
    with zipfile.ZipFile(path, "w") as z:
        for p in sorted(LOOP.rglob("*.csv")):
            z.write(p, p.relative_to(LOOP).as_posix())
    return path


def test_loop_habits_are_imported_only_when_mapped_on_that_days_evening(tmp_path, capsys):
    data = tmp_path / "d"
    journal = open_journal(DataPaths(data).journal)
    early = Night(night_of=date(2015, 1, 20), in_bed=datetime(2015, 1, 20, 20, 30),
                  lights_out=datetime(2015, 1, 20, 20, 40), sleep_latency_min=10, awakenings=0,
                  wake_after_sleep_onset_min=0, final_wake=datetime(2015, 1, 21, 5, 0),
                  out_of_bed=datetime(2015, 1, 21, 5, 10))
    journal.save_night(early)
    journal.close()
    zipped = loop_zip(tmp_path)
    assert run("--data-dir", data, "import", "--dry-run", zipped) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == ["Loop Habits CSV 2015-01-25.zip: a Loop Habit Tracker export.",
                       "Habit 'Meditate' → not mapped to a kind", "Habit 'Wake up early' → not mapped to a kind",
                       "Nothing new would be added."]
    assert 'To import a habit, say which intervention kind it is: --map "HABIT=KIND".' in out
    assert run("--data-dir", data, "import", "--map", "Wake up early=exercise", zipped) == 0
    assert "Imported 0 nights, 0 symptoms, 6 interventions, 0 kinds." in capsys.readouterr().out
    journal = open_journal(DataPaths(data).journal)
    try:
        items = sorted(journal.interventions(), key=lambda i: i.at)
    finally:
        journal.close()
    assert len(items) == 6 and {i.kind for i in items} == {"exercise"}
    # 21:00 on the day; on the 20th, whose night began at 20:30, a quarter of an hour before bed.
    assert datetime(2015, 1, 20, 20, 15) in [i.at for i in items]
    assert datetime(2015, 1, 25, 21, 0) in [i.at for i in items]
    # The same export again, mapped by a file this time: nothing changes.
    mapping = tmp_path / "habits.txt"
    mapping.write_text("# my habits\nWake up early = exercise\n", encoding="utf-8")
    assert run("--data-dir", data, "import", "--map-file", mapping, zipped) == 0
    out = capsys.readouterr().out
    assert "Nothing new to import; your journal is unchanged." in out
    assert "Skipped 6 — already imported (unchanged)" in out


@pytest.mark.parametrize("option, message", [
    (["--map", "Wake up early"], "--map 'Wake up early': expected HABIT=KIND, e.g. \"Magnesium=magnesium\""),
    (["--map", "Sleep=exercise"], "--map: Loop Habits CSV 2015-01-25.zip has no habit named 'Sleep' "
                                  "(its habits: Meditate, Wake up early)"),
    (["--map", "Meditate=zen"], "the habit 'Meditate' is mapped to 'zen', which is no intervention kind"),
])
def test_a_bad_mapping_is_named_and_nothing_is_imported(tmp_path, capsys, option, message):
    assert run("--data-dir", tmp_path / "d", "import", *option, loop_zip(tmp_path)) == 2
    assert capsys.readouterr().err.strip() == f"quietlegs: {message}"


def test_a_csv_file_of_nights_is_read_by_its_columns_named_or_plain(tmp_path, capsys):
    diary = tmp_path / "my diary.csv"
    diary.write_text("Day,Slept,Rose,Legs\n2026-03-04,23:10,06:40,6\n2026-03-05,00:40,07:00,\n", encoding="utf-8")
    data = tmp_path / "d"
    assert run("--data-dir", data, "import", "--column", "night_of=Day", "--column", "in_bed=Slept",
               "--column", "out_of_bed=Rose", "--column", "legs_severity=Legs", "--dry-run", diary) == 0
    assert capsys.readouterr().out.splitlines() == [
        "my diary.csv: a CSV file of nights.",
        "Column 'Day' → night_of", "Column 'Slept' → in_bed", "Column 'Rose' → out_of_bed",
        "Column 'Legs' → legs_severity",
        "Would add 2 nights.", "Nothing was changed (--dry-run)."]
    args = ["--column", "night_of=Day", "--column", "in_bed=Slept", "--column", "out_of_bed=Rose",
            "--column", "legs_severity=Legs"]
    assert run("--data-dir", data, "import", *args, diary) == 0
    nights = journal_nights(data)
    assert nights[date(2026, 3, 4)].legs_severity == 6
    assert nights[date(2026, 3, 5)].in_bed == datetime(2026, 3, 6, 0, 40)
    capsys.readouterr()
    assert run("--data-dir", data, "import", *args, diary) == 0
    assert "Nothing new to import; your journal is unchanged." in capsys.readouterr().out
    assert journal_nights(data) == nights


def test_a_csv_file_whose_dates_could_be_either_order_asks_for_the_order(tmp_path, capsys):
    diary = tmp_path / "d.csv"
    diary.write_text("Date,Bedtime,Woke up\n04/03/2026,23:10,06:40\n", encoding="utf-8")
    assert run("--data-dir", tmp_path / "d", "import", diary) == 2
    assert "could be day/month or month/day" in capsys.readouterr().err
    assert run("--data-dir", tmp_path / "d", "import", "--dates", "dmy", diary) == 0
    assert list(journal_nights(tmp_path / "d")) == [date(2026, 3, 4)]


def _tricky_bytes():
    from hypothesis import strategies as st

    starts = st.sampled_from([b"", b"Id,Tz,From,To\n", b"[{\"logId\": 1, ", b"Position,Name\n", b"\xef\xbb\xbf",
                              b"Date,Bedtime,Woke up\n", b"PK\x03\x04", b"{"])
    return st.tuples(starts, st.binary(max_size=300)).map(lambda t: t[0] + t[1])


@pytest.mark.parametrize("suffix", [".csv", ".json", ".zip", ".txt"])
def test_random_files_get_one_clear_line_never_a_traceback(tmp_path, suffix):
    from hypothesis import HealthCheck, given, settings

    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.storage.import_sources import read_import_source
    from quietlegs.storage.interchange import ImportSourceError

    @given(_tricky_bytes())
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def check(raw):
        path = tmp_path / f"file{suffix}"
        path.write_bytes(raw)
        try:
            read_import_source(path)
        except (ImportSourceError, FormatError) as exc:
            assert str(exc).strip() and "\n" not in str(exc)
        except CsvImportError as exc:
            assert exc.problems

    check()


def test_a_night_overlapping_a_logged_night_days_away_is_left_out_not_refused(tmp_path, capsys):
    """A logged night that lasted into the next afternoon, two dates before the export's night."""
    data = tmp_path / "d"
    journal = open_journal(DataPaths(data).journal)
    journal.save_night(Night(night_of=date(2020, 11, 11), in_bed=datetime(2020, 11, 12, 11, 0),
                             lights_out=datetime(2020, 11, 12, 11, 0), sleep_latency_min=0, awakenings=0,
                             wake_after_sleep_onset_min=0, final_wake=datetime(2020, 11, 12, 21, 0),
                             out_of_bed=datetime(2020, 11, 12, 21, 0)))
    journal.close()
    assert run("--data-dir", data, "import", SAA) == 0
    out = capsys.readouterr().out
    assert "Imported 2 nights" in out
    assert "Skipped 1 — overlaps a night already logged in your journal: 2020-11-12." in out
