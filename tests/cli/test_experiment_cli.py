"""`quietlegs experiment plan|list|result|stop`, as DESIGN.md's contract promises."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from quietlegs.cli import main
from quietlegs.storage.journal_file import open_journal

PLAN_KEYS = {"id", "kind", "outcome", "start", "end", "periods"}
RESULT_KEYS = ("id", "kind", "outcome", "complete", "nights_on", "nights_off", "adherence", "difference",
               "ci_low", "ci_high", "p_value")


@pytest.fixture
def data_dir(demo_journal, data_paths):
    demo_journal.close()  # the command opens it itself, as a script would
    return data_paths.root


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), "experiment", *[str(a) for a in args]])


def plan(data_dir, capsys, *extra):
    assert run(data_dir, "plan", "--kind", "magnesium", "--outcome", "sleep_efficiency", *extra, "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_plan_prints_the_schedule_and_the_same_seed_gives_the_same_one(data_dir, capsys):
    doc = plan(data_dir, capsys, "--start", "2026-08-03", "--seed", "42")
    assert PLAN_KEYS <= set(doc) and doc["kind"] == "magnesium" and doc["outcome"] == "sleep_efficiency"
    assert doc["start"] == "2026-08-03" and doc["end"] == "2026-09-27"  # 4 pairs of 7 nights
    assert len(doc["periods"]) == 8 and {p["condition"] for p in doc["periods"]} == {"on", "off"}
    assert set(doc["periods"][0]) == {"from", "to", "condition"} and doc["periods"][0]["from"] == "2026-08-03"
    again = plan(data_dir, capsys, "--start", "2026-08-03", "--seed", "42")
    assert again["periods"] == doc["periods"] and again["id"] != doc["id"]


def test_a_washout_comes_before_each_switch_and_a_slow_remedy_gets_longer_periods(data_dir, capsys):
    doc = plan(data_dir, capsys, "--start", "2026-08-03", "--seed", "1", "--washout-nights", "2")
    conditions = [p["condition"] for p in doc["periods"]]
    assert "washout" in conditions and conditions[0] != "washout"
    assert run(data_dir, "plan", "--kind", "iron", "--outcome", "legs_severity", "--start", "2026-08-03",
               "--json") == 0
    slow = json.loads(capsys.readouterr().out)
    assert slow["period_nights"] == 14 and slow["washout_nights"] == 7


def test_list_shows_every_plan(data_dir, capsys):
    first = plan(data_dir, capsys, "--start", "2026-08-03", "--seed", "3")
    assert run(data_dir, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in listed] == [first["id"]] and listed[0]["periods"] == first["periods"]


def test_result_of_an_experiment_begun_on_paper_reads_the_journal(data_dir, capsys):
    doc = plan(data_dir, capsys, "--start", "2026-09-01", "--seed", "9")
    assert run(data_dir, "result", doc["id"], "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert tuple(result)[:len(RESULT_KEYS)] == RESULT_KEYS
    assert result["id"] == doc["id"] and result["complete"] is True
    assert result["nights_on"] + result["nights_off"] > 40
    assert 0 <= result["adherence"] <= 1  # the demo took magnesium at random, not by the plan
    assert result["ci_low"] <= result["difference"] <= result["ci_high"]
    assert result["p_value"] >= 0.125  # four pairs cannot go below 1/8
    assert run(data_dir, "result", doc["id"]) == 0
    assert "p = " in capsys.readouterr().out


def test_stopping_early_is_recorded_and_the_result_says_so(data_dir, capsys, monkeypatch):
    from quietlegs import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 12, 2, 9, 30))
    tomorrow = date(2026, 12, 3)
    doc = plan(data_dir, capsys, "--start", (tomorrow - timedelta(days=10)).isoformat(), "--seed", "4")
    assert run(data_dir, "stop", doc["id"]) == 0
    capsys.readouterr()
    assert run(data_dir, "result", doc["id"], "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["complete"] is False and result["stopped_on"] == (tomorrow - timedelta(days=2)).isoformat()
    assert run(data_dir, "stop", doc["id"]) == 2
    assert "already stopped" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "words"), [
    (("--kind", "magnesium", "--outcome", "sleep_efficiency", "--pairs", "2"), "--pairs: must be at least 3"),
    (("--kind", "magnesium", "--outcome", "sleep_efficiency", "--period-nights", "0"), "--period-nights: must be"),
    (("--kind", "unicorn_dust", "--outcome", "sleep_efficiency"), "--kind: unknown kind 'unicorn_dust'"),
    (("--kind", "magnesium", "--outcome", "happiness"), "--outcome: unknown outcome 'happiness'"),
    (("--kind", "magnesium", "--outcome", "sleep_efficiency", "--start", "1900-01-01"), "outside 1970-01-01"),
    (("--kind", "magnesium", "--outcome", "sleep_efficiency", "--start", "2099-12-20"), "--start: the experiment"),
    (("--kind", "magnesium", "--outcome", "sleep_efficiency", "--pairs", "four"), "invalid int value"),
    (("--outcome", "sleep_efficiency"), "--kind"),
])
def test_bad_input_exits_2_with_one_line_and_stores_nothing(data_dir, data_paths, capsys, args, words):
    assert run(data_dir, "plan", *args, "--json") == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and words in captured.err
    journal = open_journal(data_paths.journal)
    try:
        assert journal.experiments() == []
    finally:
        journal.close()


def test_an_unknown_id_or_no_action_is_bad_input(data_dir, capsys):
    assert run(data_dir, "result", "no-such-id", "--json") == 2
    assert "no experiment 'no-such-id'" in capsys.readouterr().err
    assert run(data_dir) == 2
    assert "plan, list, result" in capsys.readouterr().err
