"""Issue 16, items 6 and 8: every odd folder and file gets one line of words, and the app writes
only in a folder of its own.

Real folders in tmp_path; commands run through the CLI entry point, or in a real subprocess
where a mistake would hang (a FIFO) or needs another mount (a read-only folder).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import listing, one_line

from quietlegs.cli import main
from quietlegs.paths import DataPaths
from quietlegs.storage.file_checks import MAX_IMPORT_BYTES
from quietlegs.storage.lock import JournalLock

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and modes are POSIX")
SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args) -> int:
    return main([str(a) for a in args])


def cli(*args, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in a fresh process; a hang fails the test (TimeoutExpired), never the run."""
    child = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    child.pop("QUIETLEGS_DATA_DIR", None)
    child.update(env or {})
    return subprocess.run([sys.executable, "-m", "quietlegs", *map(str, args)], env=child,
                          capture_output=True, text=True, timeout=timeout)


READING = {
    "summary": ["summary", "--json"],
    "analyze": ["analyze", "--json"],
    "chart": ["chart", "timeline", "--out", "{out}/c.png"],
    "report": ["report", "--out", "{out}/r.pdf"],
    "export": ["export", "{out}/e.json"],
    "check": ["check"],
}


def reading(name: str, out: Path) -> list[str]:
    return [a.format(out=out) for a in READING[name]]


# ------------------------------------------------------------------ the data folder


@pytest.mark.parametrize("command", sorted(READING))
def test_a_reading_command_refuses_a_data_dir_that_does_not_exist_and_makes_nothing(tmp_path, capsys, command):
    typo = tmp_path / "dtaa"
    assert run("--data-dir", typo, *reading(command, tmp_path)) == 2
    line = one_line(capsys.readouterr().err)
    assert f"--data-dir: the folder {typo} does not exist" in line and "check its name" in line
    assert not typo.exists()


@pytest.mark.parametrize("command", ["summary", "analyze", "report", "export"])
def test_a_reading_command_never_reports_zeros_for_a_folder_without_a_journal(tmp_path, capsys, command):
    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    (elsewhere / "letter.txt").write_text("not a journal")
    before = listing(elsewhere)
    assert run("--data-dir", elsewhere, *reading(command, tmp_path)) == 2
    assert f"there is no journal in {elsewhere}" in one_line(capsys.readouterr().err)
    assert listing(elsewhere) == before


def test_the_folder_named_by_the_environment_is_named_in_the_refusal(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("QUIETLEGS_DATA_DIR", str(tmp_path / "nowhere"))
    assert run("summary") == 2
    assert one_line(capsys.readouterr().err).startswith("quietlegs: QUIETLEGS_DATA_DIR: the folder ")
    assert not (tmp_path / "nowhere").exists()


@posix_only
def test_summary_on_a_shared_folder_neither_tightens_it_nor_writes_there(tmp_path, capsys):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    (shared / "someone-elses.txt").write_text("theirs")
    before = listing(shared)
    assert run("--data-dir", shared, "summary") == 2
    one_line(capsys.readouterr().err)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert listing(shared) == before


@posix_only
@pytest.mark.parametrize("command", ["import", "gui"])
def test_a_writing_command_refuses_a_folder_of_other_files_without_a_journal(tmp_path, demo_file, capsys, command,
                                                                            monkeypatch):
    monkeypatch.setenv("QUIETLEGS_SMOKE", "1")  # gui: no message box (shown in its own test below)
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    (shared / "someone-elses.txt").write_text("theirs")
    before = listing(shared)
    args = ["import", demo_file] if command == "import" else ["gui"]
    assert run("--data-dir", shared, *args) == 2  # gui: refused before any window
    line = one_line(capsys.readouterr().err)
    assert "already holds other files and holds no Quiet Legs journal" in line and "name a new folder" in line
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert listing(shared) == before


@posix_only
def test_import_into_a_new_folder_creates_it_private_and_says_so(tmp_path, demo_file, capsys):
    new = tmp_path / "new" / "journal-folder"
    assert run("--data-dir", new, "import", demo_file) == 0
    err = capsys.readouterr().err
    assert one_line(err) == f"quietlegs: note: created the folder {new} for a new journal (--data-dir)"
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    # The next time, the folder holds a journal: no note.
    assert run("--data-dir", new, "import", demo_file) == 0
    assert capsys.readouterr().err == ""


def test_import_into_an_empty_folder_of_ones_own_needs_no_note(tmp_path, demo_file, capsys):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o700)
    assert run("--data-dir", empty, "import", demo_file) == 0
    assert capsys.readouterr().err == ""
    assert (empty / "journal.sqlite3").is_file()


def test_a_data_dir_that_is_a_file_is_refused(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert run("--data-dir", a_file, "summary") == 2
    assert f"{a_file} is a file, not a folder" in one_line(capsys.readouterr().err)


# ------------------------------------------------------------------ the journal's path


def _make_odd_journal(paths: DataPaths, what: str) -> None:
    paths.root.mkdir(exist_ok=True)
    if paths.journal.exists() or paths.journal.is_symlink():
        paths.journal.unlink()
    if what == "folder":
        paths.journal.mkdir()
    elif what == "dangling link":
        paths.journal.symlink_to(paths.root / "gone.sqlite3")
    elif what == "device":
        paths.journal.symlink_to("/dev/zero")
    elif what == "fifo":
        os.mkfifo(paths.journal)


@posix_only
@pytest.mark.parametrize("what, words", [
    ("folder", "is a folder, not a journal file"),
    ("dangling link", "which does not exist"),
    ("device", "is a device, not a journal file"),
    ("fifo", "is a named pipe (FIFO), not a journal file"),
])
@pytest.mark.parametrize("command", ["summary", "export", "check", "import"])
def test_a_journal_path_that_is_not_a_file_gets_one_line_and_never_hangs(tmp_path, demo_file, what, words,
                                                                         command):
    paths = DataPaths(tmp_path / "odd")
    paths.root.mkdir()
    (paths.root / "journal.lock").touch()  # the folder is the app's own
    _make_odd_journal(paths, what)
    args = ["import", demo_file] if command == "import" else reading(command, tmp_path)
    done = cli("--data-dir", paths.root, *args)  # a FIFO opened by mistake would block: TimeoutExpired
    assert done.returncode == 1, done.stderr
    line = one_line(done.stderr)
    assert f"The journal at {paths.journal} " in line and words in line and "Nothing was changed" in line
    assert not (tmp_path / "e.json").exists()


@posix_only
def test_a_lock_file_that_is_a_fifo_is_refused_in_words(kept, demo_file):
    kept.lock.unlink()
    os.mkfifo(kept.lock)
    done = cli("--data-dir", kept.root, "import", demo_file)
    assert done.returncode == 1
    line = one_line(done.stderr)
    assert f"cannot use its lock file {kept.lock} (it is not a regular file)" in line


# ------------------------------------------------------------------ files to import


@posix_only
def test_importing_a_fifo_is_refused_at_once_without_the_journal_lock(kept, tmp_path):
    pipe = tmp_path / "journal.json"
    os.mkfifo(pipe)
    app = JournalLock(kept.lock)  # as if the app were open: a refusal must not even need the lock
    assert app.acquire()
    try:
        done = cli("--data-dir", kept.root, "import", pipe)  # reading the FIFO would block: TimeoutExpired
    finally:
        app.release()
    assert done.returncode == 2
    assert one_line(done.stderr) == (f"quietlegs: FILE: {pipe} is a named pipe (FIFO), not a journal file; give a "
                                     ".json file, a .zip or .csv file, or a folder of CSV files")


@posix_only
def test_importing_dev_zero_is_refused_before_reading(tmp_path, capsys):
    assert run("--data-dir", tmp_path / "d", "import", "/dev/zero") == 2
    assert "FILE: /dev/zero is a device, not a journal file" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("name", ["huge.json", "huge.csv", "huge.zip"])
def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, capsys, name):
    huge = tmp_path / name
    with open(huge, "wb") as f:  # sparse: no disk used, and reading it would take seconds
        f.truncate(MAX_IMPORT_BYTES + 1)
    assert run("--data-dir", tmp_path / "d", "import", huge) == 2
    line = one_line(capsys.readouterr().err)
    assert f"FILE: {huge} is 200 MB, over the 200 MB a journal file can be" in line
    assert not (tmp_path / "d").exists()


def test_a_csv_over_the_size_limit_in_a_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "csv"
    folder.mkdir()
    with open(folder / "nights.csv", "wb") as f:
        f.truncate(MAX_IMPORT_BYTES + 1)
    (tmp_path / "d").mkdir(mode=0o700)
    assert run("--data-dir", tmp_path / "d", "import", folder) == 2
    assert "nights.csv: is too large to be a journal file" in one_line(capsys.readouterr().err)


def test_a_dangling_link_to_import_is_named(tmp_path, capsys):
    link = tmp_path / "journal.json"
    link.symlink_to(tmp_path / "moved-away.json")
    assert run("--data-dir", tmp_path / "d", "import", link) == 2
    assert f"is a link to {tmp_path / 'moved-away.json'}, which does not exist" in one_line(capsys.readouterr().err)


@posix_only
@pytest.mark.parametrize("command", ["report", "chart"])
def test_an_output_that_is_a_fifo_is_refused_instead_of_waiting_for_a_reader(kept, tmp_path, command):
    pipe = tmp_path / ("out.pdf" if command == "report" else "out.png")
    os.mkfifo(pipe)
    args = ["report", "--out", pipe] if command == "report" else ["chart", "timeline", "--out", pipe]
    done = cli("--data-dir", kept.root, *args)  # writing into the FIFO would block: TimeoutExpired
    assert done.returncode == 2
    assert f"--out: {pipe} is a named pipe (FIFO), not a file" in one_line(done.stderr)


def test_an_unexpected_failure_before_the_command_is_known_still_gets_one_calm_line(capsys, monkeypatch):
    import quietlegs.cli as cli_module

    def broken(*_args, **_kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_module, "build_parser", broken)
    assert run("summary") == 1
    assert one_line(capsys.readouterr().err) == (
        "quietlegs: the command stopped on an unexpected error (RuntimeError); please report it with a note of "
        "what you did.")


@posix_only
def test_the_app_refused_a_folder_says_so_in_a_message_box_too(tmp_path, capsys, monkeypatch, qapp):
    """Opened from a menu there is no terminal: the refusal is shown (the box's answer is mocked)."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat())) or 0)
    monkeypatch.delenv("QUIETLEGS_SMOKE", raising=False)
    shared = tmp_path / "<b>shared"
    shared.mkdir()
    (shared / "theirs.txt").write_text("x")
    assert run("--data-dir", shared, "gui") == 2
    line = one_line(capsys.readouterr().err)
    from PySide6.QtCore import Qt

    assert shown == [(line.removeprefix("quietlegs: "), Qt.TextFormat.PlainText)]
    assert sorted(p.name for p in shared.iterdir()) == ["theirs.txt"]


def test_bad_csv_rows_are_named_on_one_line(tmp_path, capsys):
    folder = tmp_path / "csv"
    folder.mkdir()
    rows = "".join(f"2026-10-{d:02d},23:00,23:10,xx:00,07:00,07:10\n" for d in range(1, 9))
    (folder / "nights.csv").write_text("night_of,in_bed,lights_out,final_wake,out_of_bed,sleep_latency_min\n" + rows)
    (tmp_path / "d").mkdir(mode=0o700)
    assert run("--data-dir", tmp_path / "d", "import", folder) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith("quietlegs: csv: ")
    assert "nights.csv line 2, column " in line and line.endswith("; nothing was imported")
    assert "(and 7 more problems)" in line  # every bad row counted, the first one named


@posix_only
def test_a_reader_that_goes_away_gets_no_error_message(kept):
    """`quietlegs summary --json | head -1`: the pipe closes early; no traceback, no error log."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte
    try:
        proc = subprocess.run([sys.executable, "-m", "quietlegs", "--data-dir", str(kept.root), "summary", "--json"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(SRC)})
    finally:
        os.close(write_end)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert not (kept.root / "logs").exists()
