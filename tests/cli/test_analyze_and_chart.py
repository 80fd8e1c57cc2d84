"""`quietlegs analyze --json` and `quietlegs chart NAME --out FILE`, as DESIGN.md promises."""

from __future__ import annotations

import json

import pytest

from quietlegs.analysis.effects import EFFECT_KEYS
from quietlegs.charts import CHART_NAMES
from quietlegs.cli import main


@pytest.fixture
def data_dir(demo_journal, data_paths):
    return data_paths.root


def test_analyze_json_prints_one_effect_per_before_bed_kind(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "analyze", "--outcome", "sleep_latency_min", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"outcome", "nights", "unlogged_nights", "adjusted_for", "not_adjusted_for",
                        "unlogged_warning", "effects"}
    assert doc["outcome"] == "sleep_latency_min" and doc["nights"] > 100
    assert isinstance(doc["unlogged_nights"], int) and doc["unlogged_nights"] >= 0
    assert "trend" in doc["adjusted_for"] and "the other habits" not in doc["adjusted_for"]
    kinds = {e["kind"] for e in doc["effects"]}
    assert {"warm_soak", "caffeine", "ropinirole"} <= kinds
    for e in doc["effects"]:
        assert tuple(e) == EFFECT_KEYS
        assert e["lag"] in ("same_night", "next_night", "sustained")
        assert e["dose"] is None or isinstance(e["dose"], str)
    assert {e["kind"] for e in doc["effects"] if e["lag"] == "same_night"} == kinds  # one or more per kind
    soak = next(e for e in doc["effects"] if e["kind"] == "warm_soak" and e["lag"] == "same_night")
    assert soak["enough_data"] and soak["ci_high"] < 0 < soak["nights_with"]  # falls asleep sooner
    assert soak["difference"] == pytest.approx(soak["mean_with"] - soak["mean_without"], abs=1e-3)


def test_analyze_defaults_to_sleep_efficiency_and_a_period(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "analyze", "--from", "2026-11-10", "--to", "2026-11-20",
                 "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["outcome"] == "sleep_efficiency" and doc["nights"] <= 11
    assert all(not e["enough_data"] or e["nights_without"] >= 5 for e in doc["effects"])


def test_analyze_without_json_prints_plain_words(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "analyze"]) == 0
    out = capsys.readouterr().out
    assert "On nights after a warm soak" in out and "cause" not in out
    assert "Differences are adjusted for the general trend over time" in out


@pytest.mark.parametrize("name", CHART_NAMES)
def test_every_chart_can_be_written_as_png(data_dir, tmp_path, name, capsys):
    out = tmp_path / f"{name}.png"
    assert main(["--data-dir", str(data_dir), "chart", name, "--from", "2026-09-01", "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_chart_as_svg_and_pdf(data_dir, tmp_path):
    assert main(["--data-dir", str(data_dir), "chart", "effects", "--outcome", "legs_severity",
                 "--out", str(tmp_path / "e.svg")]) == 0
    assert b"<svg" in (tmp_path / "e.svg").read_bytes()[:500]
    assert main(["--data-dir", str(data_dir), "chart", "calendar", "--out", str(tmp_path / "c.pdf")]) == 0
    assert (tmp_path / "c.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("args, words", [
    (["chart", "pie", "--out", "x.png"], "NAME: unknown chart 'pie'"),
    (["chart", "timeline", "--out", "x.jpg"], "--out: 'x.jpg' must end in .png, .svg or .pdf"),
    (["chart", "timeline", "--outcome", "mood", "--out", "x.png"], "--outcome: unknown outcome 'mood'"),
    (["analyze", "--outcome", "mood", "--json"], "--outcome: unknown outcome 'mood'"),
    (["chart", "timeline"], "--out"),
])
def test_bad_names_outcomes_and_extensions_exit_2_naming_the_argument(tmp_path, capsys, args, words, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(tmp_path / "d"), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x.*"))
