"""A change refreshes only the views that show it, and a hidden view waits until it is shown.

Counted on the real journal file: the SQL statements and transactions (BEGIN) the window's own
thread sends to SQLite, through sqlite3's trace on every connection the engine hands out."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from journal_helpers import wait_loaded
from PySide6.QtCore import Qt
from sqlalchemy import event

from quietlegs.domain.records import InterventionKind, SymptomEvent


class SqlOfTheWindow:
    """What the window's thread sends to SQLite (background reads of the pages are not counted)."""

    def __init__(self, journal):
        self.statements: list[str] = []
        self._thread = threading.get_ident()
        self._traced: set[int] = set()
        event.listen(journal.engine, "checkout", self._checkout)
        journal.engine.dispose()  # every connection from now on is a traced one

    def _checkout(self, dbapi_connection, _record, _proxy) -> None:
        if id(dbapi_connection) not in self._traced:
            self._traced.add(id(dbapi_connection))
            dbapi_connection.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        if threading.get_ident() == self._thread:
            self.statements.append(sql)

    @property
    def transactions(self) -> int:
        return sum(1 for s in self.statements if s.lstrip().upper().startswith("BEGIN"))


@pytest.fixture
def sql(demo_journal):
    return SqlOfTheWindow(demo_journal)


@pytest.fixture
def settled_window(window, qtbot):
    """The real window on Today, once every page is built (one per turn of the event loop: a page
    built later would read the journal inside a measurement) and the Journal page has read the
    journal in the background."""
    qtbot.waitUntil(lambda: not window.has_pending_pages(), timeout=10_000)
    wait_loaded(qtbot, window.page("journal"))
    qtbot.wait(50)
    return window


@pytest.fixture
def window(demo_journal, service, clock, qtbot, monkeypatch):  # the demo journal, not an empty one
    from quietlegs import clock as app_clock
    from quietlegs.ui.window_factory import build_main_window

    monkeypatch.setattr(app_clock, "now", clock)
    w = build_main_window(service)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


FAR_NIGHT = date(2026, 8, 3)  # a night Today does not show


def test_a_change_to_a_night_no_shown_view_shows_reads_nothing_until_its_page_is_shown(settled_window, service,
                                                                                       sql, qtbot):
    journal_page, insights = settled_window.page("journal"), settled_window.page("insights")
    cramp = SymptomEvent(at=datetime(2026, 8, 4, 2, 40), kind="cramp", severity=6)
    insights_runs = insights.generation  # each computation Insights starts
    sql.statements.clear()
    service.save_symptom(cramp)
    qtbot.wait(20)
    assert insights.generation == insights_runs  # hidden: it recomputes nothing
    assert sql.transactions == 1, sql.statements  # the save itself: Today, the Journal and Insights read nothing
    assert journal_page.changes.stale and insights.changes.stale
    assert not settled_window.page("catalog").changes.stale  # a symptom is not the catalog's business
    assert cramp not in journal_page.index.entries[FAR_NIGHT].symptoms

    sql.statements.clear()
    settled_window.show_page("journal")
    assert not journal_page.changes.stale
    assert cramp in journal_page.index.entries[FAR_NIGHT].symptoms  # caught up as it was shown
    assert sql.transactions == 1  # the touched nights only, in one read
    assert insights.changes.stale  # still hidden: still waiting


def test_a_kind_renamed_in_the_catalog_leaves_the_appointments_page_alone(settled_window, service, sql, qtbot):
    settled_window.show_page("catalog")
    magnesium = next(k for k in service.journal.kinds() if k.slug == "magnesium")
    service.save_kind(InterventionKind(**{**magnesium.__dict__, "name": "Magnesium glycinate"}))
    assert not settled_window.page("appointments").changes.stale
    assert settled_window.page("journal").changes.stale
    settled_window.show_page("today")  # Today shows the kinds' names: it refreshed as it came back
    assert settled_window.page("today")._names["magnesium"] == "Magnesium glycinate"


def test_a_night_saved_from_today_with_enter_costs_at_most_three_transactions(settled_window, sql, qtbot):
    today = settled_window.page("today")
    settled_window.show_page("today")
    night_of = today.night_of
    notes = today.form.notes
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClicks(notes, "Calm legs after the warm soak")
    sql.statements.clear()
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert today.form.loaded is not None and today.form.loaded.notes == "Calm legs after the warm soak"
    assert settled_window.page("journal").changes.stale  # hidden: it waits
    assert 1 <= sql.transactions <= 3, sql.statements
    settled_window.show_page("journal")
    entry = settled_window.page("journal").index.entries[night_of]
    assert entry.row.night.notes == "Calm legs after the warm soak"


def test_today_hidden_while_its_night_is_edited_elsewhere_shows_the_edit_when_it_comes_back(settled_window, service,
                                                                                           sql, qtbot):
    from dataclasses import replace

    today = settled_window.page("today")
    settled_window.show_page("journal")
    stored = service.journal.night(today.night_of)
    sql.statements.clear()
    service.save_night(replace(stored, notes="Edited in the Journal"))
    assert today.changes.stale  # hidden: it read nothing
    assert sql.transactions == 2  # the save, and the shown Journal reading the nights it touched
    settled_window.show_page("today")
    assert not today.changes.stale
    assert today.form.notes.text() == "Edited in the Journal"
