"""The Today page keeps start-up light: building the window loads no charting or statistics."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from quietlegs.paths import DataPaths
from quietlegs.storage.journal_file import open_journal
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.window_factory import build_main_window
paths = DataPaths(__import__("pathlib").Path(sys.argv[1]))
window = build_main_window(JournalService(open_journal(paths.journal), paths))
window.show()
app.processEvents()
print(",".join(m for m in ("matplotlib", "statsmodels", "scipy") if m in sys.modules))
"""


def test_building_the_window_with_the_today_page_loads_no_heavy_libraries(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == ""
