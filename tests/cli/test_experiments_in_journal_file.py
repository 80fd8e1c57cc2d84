"""Experiments are part of the journal file (docs/format.md, "Experiments"): exported and
imported losslessly through the command line, matched by id on a second import."""

from __future__ import annotations

import json
from datetime import date

import pytest

from quietlegs.cli import main
from quietlegs.storage.journal_file import open_journal


@pytest.fixture
def data_dir(demo_journal, data_paths):
    demo_journal.close()
    return data_paths.root


def cli(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *[str(a) for a in args]])


def listed(data_dir, capsys) -> list[dict]:
    capsys.readouterr()
    assert cli(data_dir, "experiment", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_export_then_import_into_a_fresh_folder_gives_the_same_experiments_and_twice_adds_nothing(
        data_dir, data_paths, tmp_path, capsys):
    assert cli(data_dir, "experiment", "plan", "--kind", "magnesium", "--outcome", "legs_severity",
               "--start", "2026-08-03", "--seed", "42", "--json") == 0
    assert cli(data_dir, "experiment", "plan", "--kind", "iron", "--outcome", "sleep_efficiency",
               "--start", "2026-09-01", "--seed", "7", "--pairs", "5", "--washout-nights", "3", "--json") == 0
    second = listed(data_dir, capsys)[1]["id"]
    journal = open_journal(data_paths.journal)
    journal.stop_experiment(second, date(2026, 9, 20))  # stopped early: kept through the file too
    journal.close()
    before = listed(data_dir, capsys)
    assert before[1]["stopped_on"] == "2026-09-20"
    out = tmp_path / "journal.json"
    assert cli(data_dir, "export", str(out)) == 0
    doc = json.loads(out.read_text("utf-8"))
    assert [e["id"] for e in doc["experiments"]] == [e["id"] for e in before]
    assert doc["experiments"][0]["periods"] == before[0]["periods"]

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    capsys.readouterr()
    assert cli(fresh, "import", "--dry-run", str(out)) == 0
    assert "2 experiments" in capsys.readouterr().out  # the preview counts them too
    assert cli(fresh, "import", str(out)) == 0
    assert listed(fresh, capsys) == before
    assert cli(fresh, "import", "--dry-run", str(out)) == 0
    assert "Would replace" in capsys.readouterr().out
    assert cli(fresh, "import", str(out)) == 0
    assert listed(fresh, capsys) == before


def test_an_experiment_without_id_is_matched_by_its_design_and_ids_whatever_their_case(data_dir, tmp_path, capsys):
    assert cli(data_dir, "experiment", "plan", "--kind", "magnesium", "--outcome", "legs_severity",
               "--start", "2026-08-03", "--seed", "42", "--json") == 0
    out = tmp_path / "journal.json"
    assert cli(data_dir, "export", str(out)) == 0
    doc = json.loads(out.read_text("utf-8"))
    shouted = json.loads(json.dumps(doc))
    shouted["experiments"][0]["id"] = doc["experiments"][0]["id"].upper()
    anonymous = json.loads(json.dumps(doc))
    del anonymous["experiments"][0]["id"]
    for variant, name in ((shouted, "shouted.json"), (anonymous, "anonymous.json")):
        path = tmp_path / name
        path.write_text(json.dumps(variant), "utf-8")
        assert cli(data_dir, "import", str(path)) == 0
    assert [e["id"] for e in listed(data_dir, capsys)] == [doc["experiments"][0]["id"]]


@pytest.mark.parametrize("change, words", [
    ({"kind": "unicorn_dust"}, "experiments[0] (unicorn_dust): kind unknown kind"),
    ({"outcome": "happiness"}, "outcome unknown outcome 'happiness'"),
    ({"pairs": 2}, "pairs must be at least 3"),
    ({"periods": [{"from": "2026-08-03", "to": "2026-08-09", "condition": "on"}]}, "periods do not match"),
    ({"colour": "blue"}, "unknown field 'colour'"),
])
def test_a_bad_experiment_is_refused_naming_it_and_changes_nothing(data_dir, tmp_path, capsys, change, words):
    assert cli(data_dir, "experiment", "plan", "--kind", "magnesium", "--outcome", "legs_severity",
               "--start", "2026-08-03", "--seed", "42", "--json") == 0
    out = tmp_path / "journal.json"
    assert cli(data_dir, "export", str(out)) == 0
    doc = json.loads(out.read_text("utf-8"))
    doc["experiments"][0].update(change)
    doc["experiments"][0]["id"] = "0b0c3f4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    before = listed(data_dir, capsys)
    assert cli(data_dir, "import", str(bad)) != 0
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert listed(data_dir, capsys) == before


def test_csv_export_says_plainly_that_experiments_are_left_out(data_dir, tmp_path, capsys):
    assert cli(data_dir, "experiment", "plan", "--kind", "magnesium", "--outcome", "legs_severity",
               "--start", "2026-08-03", "--seed", "42", "--json") == 0
    capsys.readouterr()
    assert cli(data_dir, "export", "--format", "csv", str(tmp_path / "csv")) == 0
    out = capsys.readouterr().out
    left_out = next(line for line in out.splitlines() if line.startswith("Not in the CSV files"))
    assert "1 planned experiment" in left_out and "export as JSON" in left_out


def test_outcome_names_below_analysis_are_the_analysis_outcomes():
    from quietlegs.analysis.outcomes import OUTCOMES
    from quietlegs.domain.experiments import OUTCOME_NAMES

    assert tuple(OUTCOMES) == OUTCOME_NAMES


def test_a_kind_an_experiment_tests_cannot_be_deleted_so_the_export_always_reads_back(data_dir, data_paths, tmp_path):
    from quietlegs.domain.records import InterventionKind
    from quietlegs.storage.errors import KindInUse

    journal = open_journal(data_paths.journal)
    journal.save_kind(InterventionKind(slug="tart_cherry", name="Tart cherry", category="supplement"))
    journal.close()
    assert cli(data_dir, "experiment", "plan", "--kind", "tart_cherry", "--outcome", "legs_severity",
               "--start", "2026-08-03", "--seed", "42", "--json") == 0
    journal = open_journal(data_paths.journal)
    with pytest.raises(KindInUse):
        journal.delete_kind("tart_cherry")
    journal.close()
    out = tmp_path / "journal.json"
    assert cli(data_dir, "export", str(out)) == 0
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert cli(fresh, "import", str(out)) == 0
