"""The wheel, installed into a clean virtual environment, starts the app.

The environment is made with ``python -m venv`` (no system site-packages) and the wheel is
installed into it with ``--no-deps``. So as not to download and unpack PySide6, scipy and the
rest once more on every run, a ``.pth`` file then lets the new environment see the
already-installed dependencies of the interpreter running the tests (its site-packages
folders, added as plain paths: their own ``.pth`` files, such as an editable install of
quietlegs, are not run). That quietlegs itself comes from the wheel is checked.
"""

from __future__ import annotations

import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from quietlegs import __version__
from packaging_helpers import INSIGHTS_IN_THEIR_PROCESS, ROOT, clean_env, run, smoke, smoke_insights

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    env = clean_env(tmp)
    built = run([sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-w", tmp / "dist"], env, timeout=300)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("quietlegs-*.whl"))

    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], env).stdout.strip()
    deps = [p for p in [*site.getsitepackages(), site.getusersitepackages()] if Path(p).is_dir()]
    (Path(purelib) / "zz_reuse_test_dependencies.pth").write_text("\n".join(deps) + "\n")
    pip = run([python, "-m", "pip", "install", "--no-deps", "--no-index", wheel], env, timeout=300)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return tmp, venv, wheel, env


def test_the_wheel_carries_the_icons_help_and_migrations(installed):
    _, _, wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "quietlegs/assets/icons/quietlegs.svg" in names
    assert "quietlegs/assets/icons/quietlegs-16.png" in names
    assert "quietlegs/assets/help/en.html" in names
    for language in ("de", "es"):  # the translations, compiled by the build (never committed)
        assert f"quietlegs/assets/translations/quietlegs_{language}.qm" in names
        assert f"quietlegs/assets/help/{language}.html" in names
    assert "quietlegs/assets/translations/quietlegs_en.qm" in names  # English plurals
    assert "quietlegs/storage/migrations/versions/0001_initial.py" in names
    assert "quietlegs/storage/migrations/script.py.mako" in names
    assert any(n.endswith("LICENSE") for n in names)


def test_the_installed_package_finds_its_resources_inside_the_environment(installed):
    _, venv, _, env = installed
    out = run([venv / "bin" / "python", "-c",
               "import quietlegs, quietlegs.resources as r; print(quietlegs.__file__); "
               "print(r.resources_dir()); print(r.help_file())"], env, cwd=venv)
    assert out.returncode == 0, out.stderr
    package, assets, help_page = out.stdout.split()
    assert package.startswith(str(venv)) and "site-packages" in package
    assert assets.startswith(str(venv)) and assets.endswith("quietlegs/assets")
    assert Path(help_page).is_file()


def test_the_quietlegs_command_tells_its_version(installed):
    _, venv, _, env = installed
    out = run([venv / "bin" / "quietlegs", "--version"], env)
    assert out.returncode == 0 and out.stdout.strip() == f"quietlegs {__version__}"


def test_the_quietlegs_command_opens_the_app(installed):
    tmp, venv, _, env = installed
    out = smoke([venv / "bin" / "quietlegs"], tmp, env)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-2:] == ["ready", "usable"]
    assert (tmp / "journal-data" / "journal.sqlite3").exists()


def test_the_installed_apps_insights_work_out_the_statistics_in_a_process_of_their_own(installed):
    tmp, venv, _, env = installed
    out = smoke_insights([venv / "bin" / "quietlegs"], tmp, env)
    assert out.returncode == 0, out.stderr[-3000:]
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("insights ready") and INSIGHTS_IN_THEIR_PROCESS in last, out.stdout
