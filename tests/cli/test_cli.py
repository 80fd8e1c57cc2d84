import json
import subprocess
import sys

import pytest

from quietlegs.cli import main


def run(*args):
    return main([str(a) for a in args])


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        run("--version")
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("quietlegs ")


def test_import_then_summary_json(tmp_path, demo_file, capsys):
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", demo_file) == 0
    capsys.readouterr()
    assert run("--data-dir", data, "summary", "--from", "2026-10-01", "--to", "2026-10-31", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    for key in ("nights_logged", "mean_total_sleep_min", "mean_sleep_efficiency", "mean_sleep_latency_min",
                "mean_legs_severity"):
        assert key in figures
    assert 20 <= figures["nights_logged"] <= 31


def test_export_import_round_trip(tmp_path, demo_file, capsys):
    assert run("--data-dir", tmp_path / "a", "import", demo_file) == 0
    assert run("--data-dir", tmp_path / "a", "export", tmp_path / "out.json") == 0
    assert run("--data-dir", tmp_path / "b", "import", tmp_path / "out.json") == 0
    assert run("--data-dir", tmp_path / "b", "export", tmp_path / "again.json") == 0
    first = json.loads((tmp_path / "out.json").read_text())
    again = json.loads((tmp_path / "again.json").read_text())
    first.pop("exported_at"), again.pop("exported_at")
    assert first == again


@pytest.mark.parametrize("args, words", [
    (["summary", "--from", "2026-02-30"], "--from"),
    (["summary", "--from", "2026-11-02", "--to", "2026-11-01"], "--from is after --to"),
    (["import", "missing.json"], "does not exist"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_usage_exits_2_with_one_clear_line(tmp_path, capsys, args, words):
    assert run("--data-dir", tmp_path / "d", *args) == 2
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_bad_file_is_refused_and_changes_nothing(tmp_path, demo_file, capsys):
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", demo_file) == 0
    doc = json.loads(demo_file.read_text())
    doc["nights"][3]["final_wake"] = doc["nights"][3]["lights_out"]
    doc["nights"][3]["out_of_bed"] = doc["nights"][3]["lights_out"]
    doc["nights"][0]["notes"] = "changed"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    capsys.readouterr()
    assert run("--data-dir", data, "import", bad) == 2
    err = capsys.readouterr().err
    assert f"nights[3] (night_of {doc['nights'][3]['night_of']}): final_wake" in err
    assert run("--data-dir", data, "export", tmp_path / "after.json") == 0
    assert json.loads((tmp_path / "after.json").read_text())["nights"][0].get("notes", "") != "changed"


def test_check_reports_a_sound_journal(tmp_path, demo_file, capsys):
    assert run("--data-dir", tmp_path / "d", "import", demo_file) == 0
    capsys.readouterr()
    assert run("--data-dir", tmp_path / "d", "check") == 0
    assert "is sound" in capsys.readouterr().out


def test_check_reports_a_damaged_journal_with_status_1(tmp_path, capsys):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "journal.sqlite3").write_bytes(b"garbage" * 1000)
    assert run("--data-dir", tmp_path / "d", "check") == 1
    assert "damaged" in capsys.readouterr().err


def test_the_data_dir_comes_from_the_environment(tmp_path, demo_file, monkeypatch):
    monkeypatch.setenv("QUIETLEGS_DATA_DIR", str(tmp_path / "env"))
    assert run("import", demo_file) == 0
    assert (tmp_path / "env" / "journal.sqlite3").exists()


def test_the_gui_smoke_run_prints_ready_then_usable(tmp_path):
    env = {"QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "QUIETLEGS_DATA_DIR": str(tmp_path / "d")}
    import os

    env = {**os.environ, **env}
    out = subprocess.run([sys.executable, "-m", "quietlegs"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ready", "usable"]
