"""tests/report/translation_fixture.py for the window's tests: a small German .ts compiled for a
test and installed with German dates and numbers while a block runs (``german``); and the app's
own translations for one test (``speaking``)."""

from __future__ import annotations

import importlib.util
from contextlib import contextmanager
from pathlib import Path

_path = Path(__file__).resolve().parents[1] / "report" / "translation_fixture.py"
_spec = importlib.util.spec_from_file_location("translation_fixture", _path)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

german = _module.german
english_numbers = _module.english_numbers


@contextmanager
def speaking(qapp, language: str):
    """The window in ``language`` (the app's own translations) while the block runs, then in
    English again, as the app starts for an English speaker (its plurals: "1 night")."""
    from quietlegs.ui.translation import install_translations, remove_translations

    remove_translations(qapp)
    assert install_translations(qapp, language) == language
    try:
        yield language
    finally:
        remove_translations(qapp)
        install_translations(qapp, "en")
