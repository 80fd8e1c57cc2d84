"""Start-up's fast path through the real window: Today shows last night from a quick read before
the journal is opened; the opening (every check, message and choice) comes before anything is
saved, and typing is never lost. Only the message boxes' answers are patched."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quietlegs import clock as app_clock
from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.startup import open_journal_or_explain, start_quickly
from quietlegs.ui.window_factory import finish_main_window, start_main_window

MORNING = datetime(2026, 11, 22, 7, 20)  # the demo journal ends the night before last: last night is new
LAST_NIGHT = "2026-11-21"


@pytest.fixture
def boxes(monkeypatch):
    """Every message box, answered with ``boxes.answer`` when it offers it (else its default)."""
    class Boxes(list):
        answer = QMessageBox.StandardButton.Cancel

    seen = Boxes()

    def fake_exec(self):
        seen.append((self.windowTitle(), self.text(), self.informativeText()))
        return seen.answer if self.standardButtons() & seen.answer else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def quick_window(data_paths, qtbot, monkeypatch, opened: list):
    """The window as ``quietlegs`` starts it on a journal at the newest schema: Today alone, from
    the quick read; ``opened`` records each time the journal is opened for real."""
    monkeypatch.setattr(app_clock, "now", lambda: MORNING)

    def opener():
        opened.append(True)
        return open_journal_or_explain(data_paths)

    quick = start_quickly(data_paths, MORNING, opener=opener)
    assert quick is not None
    service, view = quick
    window = MainWindow()
    qtbot.addWidget(window)
    today = start_main_window(service, window, first_view=view)
    window.show()
    qtbot.waitExposed(window)
    return window, service, today


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _point_a_relief_at_nothing(journal_path) -> None:
    """Damage only the full check finds: a relief pointing at a symptom that is not there."""
    con = sqlite3.connect(journal_path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO symptom_reliefs (symptom_id, kind, position) VALUES ('no-such-symptom', 'heat', 0)")
    con.commit()
    con.close()


def test_today_shows_last_nights_prefill_before_the_journal_is_opened_and_a_save_waits_for_it(
        demo_journal, data_paths, qtbot, monkeypatch):
    from quietlegs.ui.usable import when_usable

    demo_journal.close()  # the window's process opens it itself
    opened = []
    window, service, today = quick_window(data_paths, qtbot, monkeypatch, opened)
    seen = []
    when_usable(today, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert opened == [] and not service.is_open  # usable from the quick read alone
    assert today.form.loaded is None and today.form.clock_times()["in_bed"] != time(22, 30)  # the journal's usual
    qtbot.keyClicks(today.form.notes, "typed at once")
    qtbot.keyClick(today.form.notes, Qt.Key.Key_Return)  # the save opens the journal first
    assert opened == [True] and service.is_open
    assert today.form.loaded is not None and not today.form.has_unsaved_changes()
    assert (data_paths.root / "journal.checked").read_text().strip() == MORNING.date().isoformat()  # full check
    rows = sqlite3.connect(data_paths.journal).execute(
        "SELECT notes FROM nights WHERE night_of = ?", (LAST_NIGHT,)).fetchall()
    assert rows == [("typed at once",)]
    finish_main_window(window, today)  # the rest of the window, over the opened journal
    assert service.journal.night(date.fromisoformat(LAST_NIGHT)).notes == "typed at once"


def test_a_journal_only_the_full_check_finds_damaged_is_caught_before_anything_is_saved(
        demo_journal, data_paths, qtbot, monkeypatch, boxes):
    """A relief pointing at a symptom that is not there: the quick read shows Today, the first
    start of the day's full check finds it when the journal opens (here, at the save), says so
    with the recovery choices as at any start, and nothing is written; the typing stays."""
    demo_journal.close()
    _point_a_relief_at_nothing(data_paths.journal)
    before = digest(data_paths.journal)
    opened = []
    window, service, today = quick_window(data_paths, qtbot, monkeypatch, opened)
    qtbot.keyClicks(today.form.notes, "typed before the check")
    qtbot.keyClick(today.form.notes, Qt.Key.Key_Return)
    assert opened == [True] and not service.is_open
    (title, text, info), = boxes  # answered "Quit without changing anything"
    assert title == "Your journal needs attention" and "did not open it" in text
    assert "1 record points at missing records" not in text  # (the detail is in the box's details)
    assert today.form.has_unsaved_changes() and today.form.loaded is None
    assert "could not be opened, so nothing was saved" in today.form.general_message.text()
    assert digest(data_paths.journal) == before
    assert not list(data_paths.root.glob("*.damaged"))


def test_after_a_restore_chosen_at_the_check_the_save_goes_into_the_restored_journal(
        demo_journal, data_paths, qtbot, monkeypatch, boxes):
    from quietlegs.storage.backup import make_backup

    make_backup(demo_journal.path, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    demo_journal.close()
    _point_a_relief_at_nothing(data_paths.journal)
    boxes.answer = QMessageBox.StandardButton.Yes  # "Restore the backup"
    window, service, today = quick_window(data_paths, qtbot, monkeypatch, [])
    qtbot.keyClicks(today.form.notes, "kept through the restore")
    qtbot.keyClick(today.form.notes, Qt.Key.Key_Return)
    assert service.is_open and not today.form.has_unsaved_changes()
    assert [b[0] for b in boxes] == ["Your journal needs attention", "Your journal is ready"]
    assert len(list(data_paths.root.glob("journal.sqlite3.*.damaged"))) == 1
    assert service.journal.night(date.fromisoformat(LAST_NIGHT)).notes == "kept through the restore"


def test_the_opening_after_usable_brings_the_evening_and_the_rest_of_today(demo_journal, data_paths, qtbot,
                                                                            monkeypatch):
    demo_journal.close()
    window, service, today = quick_window(data_paths, qtbot, monkeypatch, [])
    assert today.evening.evening is None  # read once the journal is open
    assert service.finish_opening()
    assert today.evening.evening is not None and today.evening.buttons


def test_today_is_not_called_usable_while_its_form_shows_other_than_the_journals_prefill(
        demo_journal, data_paths, qtbot, monkeypatch):
    """``usable`` reads the journal again on its own: a form showing other times than the
    prefill worked out from the nights before is not what the person waits for."""
    from dataclasses import replace

    from quietlegs.ui import usable

    demo_journal.close()
    monkeypatch.setattr(app_clock, "now", lambda: MORNING)
    monkeypatch.setattr(usable, "GIVE_UP_MS", 300)
    service, view = start_quickly(data_paths, MORNING)
    wrong = replace(view, prefill=replace(view.prefill, in_bed=time(20, 0)))
    window = MainWindow()
    qtbot.addWidget(window)
    today = start_main_window(service, window, first_view=wrong)
    seen = []
    usable.when_usable(today, lambda: seen.append(True))
    window.show()
    qtbot.waitUntil(lambda: today.findChild(usable._UsableWatch) is None, timeout=5_000)
    assert seen == []
    assert usable._shows(today.form, view) is False  # (the journal's own prefill is not shown)


def test_a_use_of_the_journal_while_it_is_being_opened_behind_a_message_does_not_open_it_twice(
        demo_journal, data_paths, qapp):
    """While the opener waits on a message (its nested event loop runs timers and views), the
    journal is not open yet: a view's read is refused (JournalNotOpen, a StorageError it
    catches) and says ``is_opening``, and the opener runs once."""
    from quietlegs.storage.errors import StorageError
    from quietlegs.ui.journal_service import JournalService

    demo_journal.close()
    seen = []

    def opener():
        seen.append(("opening", service.is_opening))
        try:
            service.journal
        except StorageError as exc:
            seen.append(("refused meanwhile", type(exc).__name__, service.finish_opening()))
        return open_journal_or_explain(data_paths)

    service = JournalService(None, data_paths, opener=opener)
    assert service.journal.night(date.fromisoformat("2026-11-20")) is not None
    assert seen == [("opening", True), ("refused meanwhile", "JournalNotOpen", False)]
    assert service.is_open and not service.is_opening
    service.journal.close()


def test_the_parts_built_once_the_journal_opens_take_their_place_in_the_tab_order(
        demo_journal, data_paths, qtbot, monkeypatch):
    """Start-up builds the warning signs, day counters, regimen card and next appointment only
    once the journal is open; Tab then goes through Today exactly as on a page built whole."""
    from datetime import timedelta

    from quietlegs.domain.milestones import Milestone
    from quietlegs.domain.records import Appointment
    from quietlegs.domain.regimens import Regimen
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    from focus_walk import describe, tab_walk

    today_date = MORNING.date()
    setup = JournalService(demo_journal, data_paths)
    setup.save_milestone(Milestone(date=today_date - timedelta(days=12), name="stopped kratom", kind="stopped"))
    setup.save_appointment(Appointment(date=today_date + timedelta(days=3), with_whom="GP", questions=("Iron?",)))
    demo_journal.save_regimens([Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0),
                                        amount=300, unit="mg")])
    demo_journal.close()

    window, service, today = quick_window(data_paths, qtbot, monkeypatch, [])
    assert today.regimen is None and today.day_counter is None  # not before the journal is open
    assert service.finish_opening()
    finish_main_window(window, today, defer_pages=True)
    qtbot.waitUntil(lambda: today.day_counter.isVisible() and today.regimen.isVisible()
                    and today.next_appointment.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    quick = [describe(w) for w in tab_walk(qtbot, today.previous_button)]
    window.close()

    whole = build_main_window(JournalService(service.journal, data_paths))
    qtbot.addWidget(whole)
    whole.show()
    qtbot.waitExposed(whole)
    whole.activateWindow()
    qtbot.waitUntil(whole.isActiveWindow)
    built = whole.page("today")
    assert built.regimen.isVisible() and built.day_counter.isVisible() and built.next_appointment.isVisible()
    assert quick == [describe(w) for w in tab_walk(qtbot, built.previous_button)]
    # Down the page as laid out: the day counter under the heading, the regimen and the next
    # appointment after the evening's buttons (not where Qt put widgets made later: at the end).
    at = {d: i for i, d in enumerate(quick)}
    last_chip = max(i for i, d in enumerate(quick) if "chip" in d)
    assert at["QToolButton('Last night')"] < at["QPushButton('Milestones…')"] < at["ClockEdit('Bedtime')"]
    assert last_chip < at["QPushButton('Regimens…')"] < at["QPushButton('logRegimen')"] < at["QPushButton('Questions…')"]
