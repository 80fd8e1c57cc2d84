"""The command line and implausible values: one line, exit 2, the journal and its backups untouched."""

import json
from datetime import datetime

import pytest

from quietlegs.cli import main
from quietlegs.domain.journal_format import dump_journal
from quietlegs.paths import DataPaths
from tests.safety.breakers import digest

NIGHT = {"night_of": "2026-11-20", "in_bed": "2026-11-20T22:40", "lights_out": "2026-11-20T23:00",
         "sleep_latency_min": 10, "awakenings": 1, "wake_after_sleep_onset_min": 5,
         "final_wake": "2026-11-21T06:00", "out_of_bed": "2026-11-21T06:10"}


def run(*args):
    return main([str(a) for a in args])


@pytest.fixture
def filled(tmp_path, demo_data, capsys):
    """A data folder whose journal holds the demo nights (so an import would back it up)."""
    paths = DataPaths(tmp_path / "data")
    demo = tmp_path / "demo.json"
    demo.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    assert run("--data-dir", paths.root, "import", demo) == 0
    for old in paths.backups.glob("*"):
        old.unlink()
    capsys.readouterr()
    return paths


def refused(paths, file, capsys) -> str:
    before = digest(paths.journal)
    assert run("--data-dir", paths.root, "import", file) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert digest(paths.journal) == before
    assert not list(paths.backups.glob("*")), "a backup was taken before the file was refused"
    return err


def write(tmp_path, **sections):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, **sections}), encoding="utf-8")
    return path


def test_a_night_in_year_9999_is_refused_naming_record_and_field(filled, tmp_path, capsys):
    far = {**NIGHT, "night_of": "9999-12-30", "in_bed": "9999-12-30T22:40", "lights_out": "9999-12-30T23:00",
           "final_wake": "9999-12-31T06:00", "out_of_bed": "9999-12-31T06:10"}
    err = refused(filled, write(tmp_path, nights=[{**NIGHT, "night_of": "2027-01-05", "in_bed": "2027-01-05T22:00",
                                                   "lights_out": "2027-01-05T22:10",
                                                   "final_wake": "2027-01-06T06:00",
                                                   "out_of_bed": "2027-01-06T06:10"}, far]), capsys)
    assert "nights[1] (night_of 9999-12-30): night_of 9999-12-30 is outside 1970-01-01..2099-12-31" in err


@pytest.mark.parametrize("field, value", [("notes", "\\ud800"), ("unit", "m\\udfffg")])
def test_a_lone_surrogate_is_refused_before_any_backup(filled, tmp_path, capsys, field, value):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "quietlegs-journal", "version": 1, "interventions": [{"at": "2027-01-05T21:00", '
                    f'"kind": "heat", "{field}": "{value}"}}]}}', encoding="utf-8")
    err = refused(filled, path, capsys)
    assert f"interventions[0] (at 2027-01-05T21:00): {field} contains a broken character" in err


def test_a_kind_name_with_a_lone_surrogate_is_refused(filled, tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "quietlegs-journal", "version": 1, "kinds": [{"slug": "my_pill", '
                    '"name": "Pill \\ud800", "category": "medication"}]}', encoding="utf-8")
    assert "kinds[0] (my_pill): name contains" in refused(filled, path, capsys)


def test_a_five_thousand_digit_integer_is_refused_in_words(filled, tmp_path, capsys):
    path = write(tmp_path, nights=[{**NIGHT, "night_of": "2027-01-05", "in_bed": "2027-01-05T22:00",
                                    "lights_out": "2027-01-05T22:10", "final_wake": "2027-01-06T06:00",
                                    "out_of_bed": "2027-01-06T06:10"}])
    path.write_text(path.read_text().replace('"awakenings": 1', '"awakenings": ' + "7" * 5000))
    assert "awakenings is far too large" in refused(filled, path, capsys)


def test_a_night_already_logged_with_another_id_is_refused_before_the_backup(filled, tmp_path, capsys):
    path = write(tmp_path, nights=[{**NIGHT, "id": "11111111-2222-4333-8444-555555555555"}])
    assert "already logged with another id" in refused(filled, path, capsys)


@pytest.mark.parametrize("encoding", ["koi8-r", "iso-8859-2"])
def test_a_csv_that_is_not_utf8_is_refused_in_one_line(filled, tmp_path, capsys, encoding):
    path = tmp_path / "nights.csv"
    path.write_bytes(("night_of,in_bed,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,"
                      "final_wake,out_of_bed,notes\r\n2027-01-05,2027-01-05T22:00,2027-01-05T22:10,5,0,0,"
                      "2027-01-06T06:00,2027-01-06T06:10,Судороги żółć\r\n".replace(
                          "Судороги" if encoding == "iso-8859-2" else "żółć", "")).encode(encoding))
    err = refused(filled, path, capsys)
    assert "nights.csv line 2: not UTF-8 text" in err and "save it as UTF-8" in err


def test_an_unclosed_quote_in_a_csv_is_refused_naming_its_line(filled, tmp_path, capsys):
    path = tmp_path / "symptoms.csv"
    path.write_text('at,kind,severity,notes\r\n2027-01-05T23:00,cramp,5,"open\r\n2027-01-05T23:30,cramp,4,x\r\n',
                    encoding="utf-8")
    assert "symptoms.csv line 2: has a quote" in refused(filled, path, capsys)


@pytest.mark.parametrize("option, value", [("--from", "0001-01-01"), ("--to", "9999-12-31"), ("--from", "1969-12-31")])
@pytest.mark.parametrize("command", ["summary", "analyze"])
def test_a_period_outside_the_span_is_exit_2_in_one_line(filled, capsys, command, option, value):
    assert run("--data-dir", filled.root, command, option, value, "--json") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{value} is outside 1970-01-01..2099-12-31" in err


def test_the_same_file_without_ids_imported_twice_changes_nothing(filled, tmp_path, capsys):
    path = write(tmp_path, nights=[{**NIGHT, "night_of": "2027-01-05", "in_bed": "2027-01-05T22:00",
                                    "lights_out": "2027-01-05T22:10", "final_wake": "2027-01-06T06:00",
                                    "out_of_bed": "2027-01-06T06:10"}],
                 symptoms=[{"at": "2027-01-05T23:00", "kind": "cramp", "severity": 5}],
                 interventions=[{"at": "2027-01-05T21:00", "kind": "heat", "duration_min": 15}])
    assert run("--data-dir", filled.root, "import", path) == 0
    assert run("--data-dir", filled.root, "export", tmp_path / "once.json") == 0
    assert run("--data-dir", filled.root, "import", path) == 0
    assert run("--data-dir", filled.root, "export", tmp_path / "twice.json") == 0
    once, twice = (json.loads((tmp_path / f).read_text()) for f in ("once.json", "twice.json"))
    once.pop("exported_at"), twice.pop("exported_at")
    assert once == twice


def test_a_json_file_that_is_not_utf8_is_refused_in_one_line(filled, tmp_path, capsys):
    path = tmp_path / "journal.json"
    path.write_bytes(json.dumps({"format": "quietlegs-journal", "version": 1, "nights": [
        {**NIGHT, "night_of": "2027-01-05", "in_bed": "2027-01-05T22:00", "lights_out": "2027-01-05T22:10",
         "final_wake": "2027-01-06T06:00", "out_of_bed": "2027-01-06T06:10", "notes": "Судороги"}]},
        ensure_ascii=False, indent=1).encode("koi8-r"))
    err = refused(filled, path, capsys)
    assert "is not UTF-8 text (line 14): save it as UTF-8" in err  # the line of "notes"
