"""Where the app's icons and other assets are: one locator for every way the app is run.

``resources/`` at the repository root is their one home. The build maps it into the package
as ``quietlegs/assets`` (setup.py for the wheel, ``datas`` in packaging/quietlegs.spec for the
bundle); a source checkout run with ``PYTHONPATH=src`` or an editable install reads the folder
in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class ResourceMissing(FileNotFoundError):
    """An asset the app ships is not where it should be (a broken install)."""


def _candidates() -> Iterator[Path]:
    """Where the assets may be, the quick guesses first: the package's own folder (an installed
    wheel, a bundle), a source checkout; then where ``importlib.resources`` says the package is
    (~5 ms to load at start-up, so only when the guesses fail)."""
    here = Path(__file__).resolve().parent
    guesses = [here / "assets", here.parents[1] / "resources"]
    yield from guesses
    from importlib.resources import files

    packaged = files("quietlegs")
    if isinstance(packaged, Path) and packaged / "assets" not in guesses:  # an installed wheel or a PyInstaller bundle
        yield packaged / "assets"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The folder holding ``icons/``, ``help/`` and the rest of ``resources/``."""
    for folder in _candidates():
        if (folder / "icons").is_dir():
            return folder
    tried = ", ".join(str(f) for f in _candidates())
    raise ResourceMissing(f"Quiet Legs cannot find its icons and help (looked in {tried}); "
                          "reinstalling the app should fix this")


def resource_path(*parts: str) -> Path:
    """The file ``resources/<parts…>``; ResourceMissing if it is not there."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"Quiet Legs is missing its file {'/'.join(parts)}; "
                              "reinstalling the app should fix this")
    return path


def app_icon_files() -> list[Path]:
    """The app icon's PNGs, smallest first (each drawn for its size)."""
    return [resource_path("icons", f"quietlegs-{size}.png") for size in ICON_SIZES]


def help_file(language: str = "en") -> Path:
    """The offline help page in ``language`` (e.g. "de" or "pt_BR"), else in English."""
    for name in (language, language.split("_")[0], "en"):
        path = resources_dir() / "help" / f"{name}.html"
        if path.exists():
            return path
    return resource_path("help", "en.html")
