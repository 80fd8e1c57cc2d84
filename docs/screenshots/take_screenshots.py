"""The README's screenshots, taken of the real window on a demo journal the morning after its
last night (so they never show a stranger's data and always look the same).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py

Writes today.png, journal.png and insights.png beside this file, at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAST_NIGHT = date(2026, 11, 20)
MORNING = datetime(2026, 11, 21, 7, 20)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from PySide6.QtWidgets import QApplication

    from quietlegs import clock
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.theme import apply_theme
    from quietlegs.ui.translation import install_translations
    from quietlegs.ui.window_factory import build_main_window

    clock.now = lambda: MORNING  # the morning after the demo's last night
    app = QApplication(sys.argv[:1])
    install_translations(app, "en")  # as the app starts for an English speaker: "112 nights", not "night(s)"
    apply_theme(app)
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="quietlegs-screenshots-")))
    journal = open_journal(paths.journal)
    journal.import_data(generate_demo_journal(LAST_NIGHT))
    window = build_main_window(JournalService(journal, paths), demo=False)
    window.resize(1280, 800)
    window.show()

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    pump(1.0)
    window.grab().save(str(HERE / "today.png"))

    window.show_page("journal")
    window.page("journal").open_night(LAST_NIGHT)
    pump(1.0)
    window.grab().save(str(HERE / "journal.png"))

    insights = window.page("insights")
    ready: list[bool] = []
    insights.ready.connect(lambda: ready.append(True))
    window.show_page("insights")
    end = time.perf_counter() + 60
    while not ready and time.perf_counter() < end:
        pump(0.1)
    pump(1.0)
    window.grab().save(str(HERE / "insights.png"))
    insights._stop_work()
    journal.close()
    return 0 if ready else 1


if __name__ == "__main__":
    sys.exit(main())
