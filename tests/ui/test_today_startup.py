"""The Today page keeps start-up light: building the window (every page) loads no charting or
statistics; start-up is usable once Today shows the journal's night with the focus in it, and
the other pages are built after that."""

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
while window.has_pending_pages():  # every page built, as after start-up
    app.processEvents()
print(",".join(m for m in ("matplotlib", "statsmodels", "scipy") if m in sys.modules))
"""


def test_building_the_window_with_the_today_page_loads_no_heavy_libraries(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == ""


def test_the_window_is_usable_once_today_shows_last_nights_entry_with_the_focus_in_it(qtbot, journal, data_paths,
                                                                                        monkeypatch):
    """``usable`` (start-up's measurement point) comes after Today's form holds the stored night
    and has the keyboard focus, and a key typed then goes into the form."""
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from journal_helpers import NIGHT_OF, cramp_night
    from quietlegs import clock as app_clock
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.usable import when_usable
    from quietlegs.ui.window_factory import build_main_window

    journal.import_data(cramp_night())
    stored = journal.night(NIGHT_OF)
    monkeypatch.setattr(app_clock, "now", lambda: datetime(2026, 3, 11, 7, 0))  # the morning after NIGHT_OF
    window = build_main_window(JournalService(journal, data_paths), defer_pages=True)
    qtbot.addWidget(window)
    seen = []
    when_usable(window.page("today"), lambda: seen.append((
        window.page("today").form.clock_times()["in_bed"], QApplication.focusWidget())))
    assert seen == []  # nothing is usable before it has painted
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    today = window.page("today")
    (in_bed, focus), = seen
    assert in_bed == stored.in_bed.time()
    assert today.form.isAncestorOf(focus)
    assert window.has_pending_pages()  # the other pages wait for the caller
    qtbot.keyClick(focus, Qt.Key.Key_Up)  # the focused clock field takes the key
    assert today.form.has_unsaved_changes()


def test_pages_not_built_at_start_are_built_when_first_shown_or_after_start_up(qtbot, journal, data_paths):
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    window = build_main_window(JournalService(journal, data_paths), defer_pages=True)
    qtbot.addWidget(window)
    window.show()
    assert window.has_pending_pages()
    catalog = window.show_page("catalog")  # built on its first show, and shown
    assert type(catalog).__name__ == "CatalogPage" and window.current_page_name() == "catalog"
    assert window.pages.currentWidget() is catalog
    done = []
    window.build_pending_pages(then=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert not window.has_pending_pages()
    assert [type(window.page(n)).__name__ for n in window._page_names] == [
        "TodayPage", "JournalPage", "InsightsPage", "CatalogPage", "AppointmentsPage"]
    window.nav.setCurrentRow(1)  # the sidebar still shows the page it names
    assert window.pages.currentWidget() is window.page("journal")


def test_a_form_typed_in_before_the_check_is_not_called_usable_and_the_watch_gives_up(qtbot, journal, data_paths,
                                                                                       monkeypatch):
    """Typing before the check means the form no longer shows the journal's values: no ``usable``
    (the app goes on after its own fallback), and the watch stops instead of polling forever."""
    from PySide6.QtCore import Qt

    from quietlegs.ui import usable
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    monkeypatch.setattr(usable, "GIVE_UP_MS", 300)
    window = build_main_window(JournalService(journal, data_paths), defer_pages=True)
    qtbot.addWidget(window)
    today = window.page("today")
    seen = []
    usable.when_usable(today, lambda: seen.append(True))
    watch = today.findChild(usable._UsableWatch)
    window.show()
    qtbot.keyClick(today.form.fields["in_bed"], Qt.Key.Key_Up)  # typed before any check
    assert today.form.has_unsaved_changes()
    qtbot.waitUntil(lambda: today.findChild(usable._UsableWatch) is None, timeout=5_000)
    assert watch is not None and seen == []
