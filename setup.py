"""Maps resources/ (the repository's one home of icons, help and translations) into the package
as quietlegs.assets, and compiles the translations (resources/translations/*.ts) into the
package's .qm files with PySide6's lrelease; everything else about the build is in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    """PySide6's lrelease (PySide6-Essentials is a build requirement, see pyproject.toml)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return [str(folder / name)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class BuildWithTranslations(build_py):
    """build_py, then quietlegs/assets/translations/quietlegs_<lang>.qm from the .ts sources."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in place; the app compiles what it needs
        target = Path(self.build_lib) / "quietlegs" / "assets" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "resources" / "translations").glob("quietlegs_*.ts")):
            subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)


setup(
    packages=[*find_packages("src"), "quietlegs.assets"],
    package_dir={"": "src", "quietlegs.assets": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
