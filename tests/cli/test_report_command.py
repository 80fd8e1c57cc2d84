import json
from datetime import datetime

import pytest
from pypdf import PdfReader

from quietlegs.cli import main
from quietlegs.domain.journal_format import dump_journal


@pytest.fixture(autouse=True)
def widgets_app(qapp):
    """The command makes a bare QGuiApplication when none runs; in this shared test process the
    widget tests need pytest-qt's QApplication, so it exists first."""
    return qapp


@pytest.fixture
def data_dir(tmp_path, demo_data):
    src = tmp_path / "demo.json"
    src.write_text(dump_journal(demo_data, datetime(2026, 11, 21, 8)), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(src)]) == 0
    return tmp_path / "data"


def test_report_writes_a_pdf_of_the_chosen_nights(data_dir, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_dir), "report", "--from", "2026-10-01", "--to", "2026-10-31",
                 "--name", "Ann Example", "--out", str(out)]) == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    first = reader.pages[0].extract_text()
    assert "Ann" in first and "Oct" in first
    assert "report on the nights of 2026-10-01 to 2026-10-31" in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (["report", "--out", "r.txt"], "--out"),
    (["report", "--from", "2026-11-31", "--out", "r.pdf"], "--from"),
    (["report", "--from", "2026-11-02", "--to", "2026-11-01", "--out", "r.pdf"], "--from is after --to"),
    (["report"], "--out"),
    (["report", "--out", "no/such/folder/r.pdf"], "does not exist"),
])
def test_bad_report_arguments_exit_2_with_one_line(data_dir, tmp_path, capsys, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(data_dir), *args]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_report_runs_as_its_own_process_without_a_display(data_dir, tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "own.pdf"
    done = subprocess.run([sys.executable, "-m", "quietlegs", "--data-dir", str(data_dir), "report",
                           "--from", "2026-11-01", "--to", "2026-11-20", "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len(PdfReader(str(out)).pages) >= 2
