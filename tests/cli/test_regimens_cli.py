"""Regimens on the command line: ``summary --json`` gains their adherence (additively), and
export / import (with --dry-run) carry them from one journal to another unchanged."""

from __future__ import annotations

import json

from quietlegs.cli import main


def _night(day: int) -> dict:
    return {"night_of": f"2026-11-{day:02d}", "in_bed": f"2026-11-{day:02d}T23:00:00",
            "lights_out": f"2026-11-{day:02d}T23:10:00", "sleep_latency_min": 20, "awakenings": 1,
            "wake_after_sleep_onset_min": 15, "final_wake": f"2026-11-{day + 1:02d}T06:30:00",
            "out_of_bed": f"2026-11-{day + 1:02d}T06:45:00"}


def test_summary_json_counts_each_regimen_evening(tmp_path, capsys):
    doc = {"format": "quietlegs-journal", "version": 1,
           "nights": [_night(d) for d in range(16, 21)],  # Mon 16 – Fri 20 Nov
           "interventions": [{"at": f"2026-11-{d:02d}T21:00", "kind": "magnesium", "amount": 300, "unit": "mg"}
                             for d in (16, 17, 19)],
           "regimens": [{"kind": "magnesium", "amount": 300, "unit": "mg", "days": "every_day", "time": "21:00",
                         "started_on": "2026-11-01", "skipped": ["2026-11-18"]}]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--data-dir", str(data), "summary", "--from", "2026-11-16", "--to", "2026-11-20", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["regimen"] == [{"kind": "magnesium", "evenings_due": 5, "taken": 3, "missed": 1, "skipped": 1,
                                   "missed_nights": ["2026-11-20"]}]
    assert figures["nights_logged"] == 5 and "red_flags" in figures  # the contract's fields stay


def test_without_regimens_the_field_is_an_empty_list(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "quietlegs-journal", "version": 1, "nights": [_night(16)]}),
                      encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "summary", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["regimen"] == []


def test_export_then_import_elsewhere_keeps_the_regimens_and_the_dry_run_counts_them(tmp_path, capsys):
    doc = {"format": "quietlegs-journal", "version": 1,
           "kinds": [{"slug": "ropinirole", "name": "Ropinirole", "category": "medication"}],
           "regimens": [{"kind": "ropinirole", "amount": 0.25, "unit": "mg", "days": ["mon", "wed", "fri"],
                         "before_bed_min": 120, "started_on": "2026-11-01", "skipped": ["2026-11-04"]},
                        {"kind": "magnesium", "days": "every_day", "time": "21:00", "started_on": "2026-11-01",
                         "ended_on": "2026-11-20"}]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["--data-dir", str(first), "import", str(source)]) == 0
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(first), "export", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["regimens"]
    assert [(r["kind"], r.get("skipped")) for r in exported] == [("magnesium", None), ("ropinirole", ["2026-11-04"])]
    second.mkdir()
    capsys.readouterr()
    assert main(["--data-dir", str(second), "import", "--dry-run", str(out)]) == 0
    assert "2 regimens" in capsys.readouterr().out
    assert main(["--data-dir", str(second), "import", str(out)]) == 0
    assert main(["--data-dir", str(second), "import", str(out)]) == 0  # again: nothing changes
    again = tmp_path / "again.json"
    assert main(["--data-dir", str(second), "export", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8"))["regimens"] == exported
