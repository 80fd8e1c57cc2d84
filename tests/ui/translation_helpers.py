"""tests/report/translation_fixture.py for the window's tests: a small German .ts compiled for a
test and installed with German dates and numbers while a block runs (``german``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_path = Path(__file__).resolve().parents[1] / "report" / "translation_fixture.py"
_spec = importlib.util.spec_from_file_location("translation_fixture", _path)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

german = _module.german
english_numbers = _module.english_numbers
