"""``quietlegs summary --json`` lists the warning signs of the period as {rule, night_of, message}."""

from __future__ import annotations

import json

from quietlegs.cli import main


def _night(day: int) -> dict:
    return {"night_of": f"2026-11-{day:02d}", "in_bed": f"2026-11-{day:02d}T23:00:00",
            "lights_out": f"2026-11-{day:02d}T23:10:00", "sleep_latency_min": 20, "awakenings": 1,
            "wake_after_sleep_onset_min": 15, "final_wake": f"2026-11-{day + 1:02d}T06:30:00",
            "out_of_bed": f"2026-11-{day + 1:02d}T06:45:00", "legs_severity": 5}


def _journal(tmp_path, capsys):
    symptoms = [
        # the night of the 20th: "numbness 8/10, calf swollen, red and warm" and a cramp
        {"at": "2026-11-21T02:00:00", "kind": "swelling", "severity": 6, "locations": ["left_calf"]},
        {"at": "2026-11-21T02:05:00", "kind": "numbness_tingling", "severity": 8, "locations": ["left_calf"]},
        {"at": "2026-11-21T02:10:00", "kind": "cramp", "severity": 7, "duration_min": 10},
        # the next night the same calf again: the same episode
        {"at": "2026-11-22T01:00:00", "kind": "swelling", "severity": 5, "locations": ["left_calf"]},
        # the 24th: a cramp of 25 minutes
        {"at": "2026-11-25T03:00:00", "kind": "cramp", "severity": 8, "duration_min": 25},
    ]
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, "exported_at": "2026-11-26T08:00:00",
                                  "nights": [_night(d) for d in range(18, 26)], "symptoms": symptoms}),
                      encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return data


def _summary(data, capsys, *period) -> dict:
    assert main(["--data-dir", str(data), "summary", *period, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_summary_json_lists_each_episode_once_with_rule_night_and_message(tmp_path, capsys):
    data = _journal(tmp_path, capsys)
    figures = _summary(data, capsys)
    flags = [(f["rule"], f["night_of"]) for f in figures["red_flags"]]
    assert flags == [("one_leg_swelling", "2026-11-20"), ("weakness_or_numbness", "2026-11-20"),
                     ("cramp_over_10_min", "2026-11-24")]  # the cramp of exactly 10 min is not one
    assert set(figures["red_flags"][0]) == {"rule", "night_of", "message"}
    assert "seek care today" in figures["red_flags"][0]["message"]
    assert figures["nights_logged"] == 8  # the other figures are still there


def test_summary_json_lists_only_the_periods_flags(tmp_path, capsys):
    data = _journal(tmp_path, capsys)
    figures = _summary(data, capsys, "--from", "2026-11-22", "--to", "2026-11-25")
    assert [f["rule"] for f in figures["red_flags"]] == ["cramp_over_10_min"]
    assert _summary(data, capsys, "--from", "2026-11-18", "--to", "2026-11-19")["red_flags"] == []


def test_summary_without_json_ends_with_the_signs_in_words(tmp_path, capsys):
    data = _journal(tmp_path, capsys)
    assert main(["--data-dir", str(data), "summary"]) == 0
    out = capsys.readouterr().out
    assert "Worth raising with a clinician:" in out
    assert "2026-11-20  Swelling, redness or warmth was logged in one leg" in out
