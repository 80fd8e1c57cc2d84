"""The PyInstaller bundle: built from packaging/quietlegs.spec, it starts with no Python around.

Slow (about two minutes on two cores), and it runs in CI. The bundle is started with a clean
environment (no PYTHONPATH, its own HOME), as a double click would start it. To test a bundle
built already, name its folder in QUIETLEGS_TEST_BUNDLE (CI does not: it builds one).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from quietlegs import __version__
from packaging_helpers import INSIGHTS_IN_THEIR_PROCESS, ROOT, clean_env, run, smoke, smoke_insights

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle test builds the Linux bundle")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the [test] extra; install it to build the bundle")
    tmp = tmp_path_factory.mktemp("bundle")
    env = clean_env(tmp)
    if os.environ.get("QUIETLEGS_TEST_BUNDLE"):
        return tmp, Path(os.environ["QUIETLEGS_TEST_BUNDLE"]), env
    built = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", tmp / "dist", "--workpath", tmp / "build", ROOT / "packaging" / "quietlegs.spec"],
                env, timeout=1500, cwd=ROOT)
    assert built.returncode == 0, built.stderr[-4000:]
    return tmp, tmp / "dist" / "quietlegs", env


def test_the_bundle_tells_its_version(bundle):
    _, folder, env = bundle
    out = run([folder / "quietlegs", "--version"], env)
    assert out.returncode == 0 and out.stdout.strip() == f"quietlegs {__version__}"


def test_the_bundle_opens_the_app_on_a_new_journal(bundle):
    tmp, folder, env = bundle
    out = smoke([folder / "quietlegs"], tmp, env)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-2:] == ["ready", "usable"]
    # the journal was created by running the migrations, which Alembic read from files
    assert (tmp / "journal-data" / "journal.sqlite3").stat().st_size > 0


def test_the_bundles_insights_work_out_the_statistics_in_a_process_of_their_own(bundle):
    """The statistics process is the bundle's own program started again to serve, never a
    second window: it must answer, and the app must end cleanly."""
    tmp, folder, env = bundle
    out = smoke_insights([folder / "quietlegs"], tmp, env)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.strip().splitlines()
    assert lines.count("ready") == 1, out.stdout  # one window painted: the helper opened none
    assert lines[-1].startswith("insights ready") and INSIGHTS_IN_THEIR_PROCESS in lines[-1], out.stdout


def test_the_bundle_carries_icons_help_migrations_and_licence(bundle):
    _, folder, _ = bundle
    inside = folder / "_internal" / "quietlegs"
    assert (inside / "assets" / "icons" / "quietlegs-16.png").is_file()  # the window icon loads from here
    assert (inside / "assets" / "help" / "en.html").is_file()
    for language in ("de", "es"):  # ours, compiled by the spec, and Qt's own (OK, Cancel, file dialogs)
        assert (inside / "assets" / "translations" / f"quietlegs_{language}.qm").is_file()
        assert list((folder / "_internal").rglob(f"qtbase_{language}.qm")), f"Qt's own {language} translation"
    assert (inside / "storage" / "migrations" / "versions" / "0001_initial.py").is_file()
    assert not list((inside / "storage" / "migrations").rglob("__pycache__"))
    for beside in ("LICENSE", "install.sh", "org.quietlegs.QuietLegs.desktop", "org.quietlegs.QuietLegs.metainfo.xml"):
        assert (folder / beside).is_file(), beside


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    _, folder, _ = bundle
    internal = folder / "_internal"
    names = {p.name for p in internal.iterdir()}
    for unused in ("tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "botocore", "IPython"):
        assert unused not in names, unused
    qt_libs = {p.name.split(".so")[0] for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    for module in ("Qt6Quick", "Qt6Qml", "Qt6WebEngineCore", "Qt63DCore", "Qt6Multimedia", "Qt6Pdf"):
        assert "lib" + module not in qt_libs, module
    assert not list(internal.rglob("tests/test_*.py")), "test packages were bundled"


def test_the_bundle_installs_into_the_menu_with_its_icons(bundle, tmp_path):
    _, folder, env = bundle
    home = tmp_path / "someone"
    out = run(["sh", folder / "install.sh"], dict(env, HOME=str(home)))
    assert out.returncode == 0, out.stderr
    program = home / ".local" / "lib" / "quietlegs" / "quietlegs"
    assert (home / ".local" / "bin" / "quietlegs").resolve() == program.resolve()
    entry = (home / ".local" / "share" / "applications" / "org.quietlegs.QuietLegs.desktop").read_text()
    assert f"Exec={program}" in entry
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "quietlegs.png").is_file()
    started = run([home / ".local" / "bin" / "quietlegs", "--version"], env)
    assert started.stdout.strip() == f"quietlegs {__version__}"


def test_every_qt_platform_plugin_finds_its_libraries_inside_the_bundle(bundle):
    """Many desktops lack libxcb-cursor, -icccm and -keysyms: the bundle must carry them."""
    _, folder, env = bundle
    internal = folder / "_internal"
    lib_path = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    plugins = sorted((internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*.so"))
    assert {p.name for p in plugins} >= {"libqxcb.so", "libqwayland.so"}
    for plugin in plugins:
        out = run(["ldd", plugin], dict(env, LD_LIBRARY_PATH=lib_path))
        missing = [line.split()[0] for line in out.stdout.splitlines() if "not found" in line]
        assert not missing, f"{plugin.name} needs {missing} (build machine: apt-get install libxcb-icccm4 libxcb-keysyms1)"
    assert list(internal.glob("libxcb-cursor.so*")), "libxcb-cursor (opened by Qt at run time) is not in the bundle"


def test_the_bundle_runs_the_journal_commands_with_their_lazy_imports(bundle, tmp_path, demo_data):
    """Statistics, charts and the report import statsmodels, scipy, matplotlib and Qt printing
    only when used: each command the bundle has is run on a demo journal to prove they came along."""
    from datetime import datetime, timezone

    from quietlegs.domain.journal_format import dump_journal

    _, folder, env = bundle
    program = folder / "quietlegs"
    data = tmp_path / "data"
    source = tmp_path / "demo.json"
    source.write_text(dump_journal(demo_data, datetime(2026, 11, 21, tzinfo=timezone.utc)), encoding="utf-8")
    imported = run([program, "--data-dir", data, "import", source], env)
    assert imported.returncode == 0, imported.stderr

    summary = run([program, "--data-dir", data, "summary", "--json"], env)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["nights_logged"] == len(demo_data.nights)

    commands = run([program, "--help"], env).stdout
    later = {  # present once the insights and report work has landed
        "analyze": (["analyze", "--json"], None),
        "chart": (["chart", "effects", "--out", tmp_path / "effects.svg"], tmp_path / "effects.svg"),
        "report": (["report", "--out", tmp_path / "report.pdf"], tmp_path / "report.pdf"),
    }
    for name, (args, out_file) in later.items():
        if name not in commands:
            continue
        result = run([program, "--data-dir", data, *args], env, timeout=300)
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
        assert out_file is None or out_file.stat().st_size > 0, name
