"""Composition root: tuning → paths → window → backup + migrate → services → pages.

Usually the Today page is built from a quick read of the journal (standard library only, no
checks) before the window first paints, so that the first paint is the page to type in. Once
Today is usable (its form holds the journal's night and the focus), the journal opens for real
(SQLAlchemy, every check), then the other pages are built, one per turn of the event loop, and
the collector settles; matplotlib, statsmodels and the like load later still, when a page needs
them. A journal only the full opening may read (new, older, newer, damaged), a demo and a start
into the tray open it fully instead, behind the painted window's "Opening your journal…".
Quitting closes the journal (every save is on disk) and ends the process at once.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

from quietlegs import APP_ID, APP_NAME, DESKTOP_ID, __version__, clock, tuning
from quietlegs.paths import DataPaths, data_paths
from quietlegs.ui.start_problems import explain_claim, explain_crash

SMOKE_ENV = "QUIETLEGS_SMOKE"
SMOKE_INSIGHTS = "insights"  # QUIETLEGS_SMOKE=insights: also open Insights, wait for it, then exit
AFTER_START_LATEST_MS = 3000  # the other pages are built once Today is usable, or after this at the latest
START_HIDDEN_ENV = "QUIETLEGS_START_HIDDEN"  # services/autostart.py: started at login, into the tray
SMOKE_USABLE_LATEST_MS = 60_000  # a smoke run whose window never becomes usable fails (status 1)
LOADING_POLL_MS = 5  # after usable: how often the window looks whether SQLAlchemy has loaded
OPENING_RETRY_MS = 100  # the rest of the window waits while a message of the opening is up


def make_demo_dir() -> Path:
    """A fresh temporary folder holding a generated demo journal."""
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.storage.journal_file import open_journal

    root = Path(tempfile.mkdtemp(prefix="quietlegs-demo-"))
    journal = open_journal(DataPaths(root).journal)
    try:
        journal.import_data(generate_demo_journal(clock.now().date() - timedelta(days=1)))
    finally:
        journal.close()
    return root


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("", text)  # lupdate: a bare tr is the empty context


def _install_translations(app, data_dir: str | None) -> None:
    """Settings' language (read only: a first start or a demo creates nothing here), else the system's."""
    from PySide6.QtCore import QSettings

    from quietlegs.ui.translation import chosen_language, install_translations

    try:
        path = data_paths(data_dir).settings
        choice = chosen_language(QSettings(str(path), QSettings.Format.IniFormat)) if path.is_file() else ""
    except Exception:  # a data folder that cannot be used: the system's language (the start says why)
        choice = ""
    install_translations(app, choice)


def run_app(data_dir: str | None = None, demo: bool = False) -> int:
    tuning.apply_to_window_process()  # before any thread or worker starts
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    tuning.apply_to_qt_bindings()  # before the app's own Qt modules are imported
    from quietlegs.ui.main_window import MainWindow
    from quietlegs.ui.single_instance import Claim, SingleInstance
    from quietlegs.ui.settings import app_settings
    from quietlegs.ui.theme import apply_theme, follow_color_scheme, style_arguments
    from quietlegs.ui.window_state import restore_geometry

    app = QApplication.instance() or QApplication(sys.argv[:1] + style_arguments())
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    _install_translations(app, data_dir)  # before any widget: Settings' language, else the system's
    apply_theme(app, style_chosen=True, system_scheme_later=True)  # palette, app icon (the scheme: with the pages)
    smoke = os.environ.get(SMOKE_ENV) in ("1", SMOKE_INSIGHTS)
    instance = None
    if not demo:
        # One app per journal: a second start brings the first to the front, and never
        # shows a window of its own.
        instance = SingleInstance(data_paths(data_dir))
        claim = instance.claim()
        if claim is not Claim.MINE:
            return explain_claim(claim, instance, data_dir, box=not smoke)
    window = MainWindow()
    hidden = False
    if not demo:  # where the window was last closed, before it first shows (no jump)
        settings = app_settings(data_paths(data_dir))
        restore_geometry(window, settings)
        if not smoke and os.environ.get(START_HIDDEN_ENV) == "1":  # the login entry's (ui/tray.py)
            from quietlegs.ui.tray import starts_in_tray

            hidden = starts_in_tray(settings, os.environ)
    outcome = {"status": 0, "painted": False, "instance": instance, "usable": False, "after_start": False,
               "finished": False, "today": None}

    def show_today(service, first_view=None) -> None:
        """Today on the journal behind ``service`` (showing ``first_view`` when given, read before
        the journal was open); the rest of the window once it is usable."""
        from quietlegs.ui.usable import when_usable
        from quietlegs.ui.window_factory import start_main_window

        outcome["today"] = start_main_window(service, window, demo=demo, first_view=first_view)
        if hidden:  # started at login: in the notification area, the window when asked for
            if not finish_start():
                return
            window.keep_in_tray.start_hidden()
        when_usable(outcome["today"], usable)
        if smoke:
            QTimer.singleShot(SMOKE_USABLE_LATEST_MS, never_usable)
        else:  # typing before the check, say: go on anyway
            QTimer.singleShot(AFTER_START_LATEST_MS, after_start)

    def today_before_first_paint() -> bool | None:
        """The usual start: Today from a quick read (no SQLAlchemy, no checks), built before the
        window first paints, so that its first paint is the page to type in (no empty frame
        first, no light frame before a dark page). The journal opens for real once Today is
        usable, or at the first save, which waits for it. False when only the full opening may
        read the journal (a new, older, newer or damaged one), or nobody waits for a window (a
        demo, a start into the tray): it opens once the window has painted. None when the start
        failed (and said why)."""
        if demo or hidden:
            return False
        try:
            from quietlegs.ui.startup import start_quickly

            paths = data_paths(data_dir)
            quick = start_quickly(paths, clock.now(), opener=lambda: open_journal_later(paths))
            if quick is None:
                return False
            follow_color_scheme(app)  # the system's light or dark, before Today's first look
            show_today(*quick)
        except Exception as exc:  # never a traceback, never a window that hangs half-built
            outcome["status"] = 1
            explain_crash(exc, data_dir, box=not smoke)
            return None
        return True

    def open_journal_and_pages() -> None:
        """The full opening, behind the painted window's "Opening your journal…": a demo, a start
        into the tray, or a journal only the full opening may read (with its messages and choices)."""
        follow_color_scheme(app)  # the system's light or dark, now that the window has painted
        try:
            from quietlegs.ui.startup import open_or_explain

            if demo:
                paths = DataPaths(make_demo_dir())
                outcome["instance"] = SingleInstance(paths)
                outcome["instance"].claim()  # a new folder: always ours
            else:
                paths = data_paths(data_dir)
            service = open_or_explain(paths)  # a new, older, newer or damaged journal: first
            if service is None:
                outcome["status"] = 1
                app.quit()
                return
            show_today(service)
        except Exception as exc:  # never a traceback, never a window that hangs half-built
            outcome["status"] = 1
            explain_crash(exc, data_dir, box=not smoke)
            app.quit()
            return

    def open_journal_later(paths: DataPaths):
        """The journal behind Today's first view, opened with every check and message (the
        service calls this once, at its first use); ``None`` (and the app quits) when it cannot."""
        from quietlegs.ui.startup import open_journal_or_explain

        try:
            journal = open_journal_or_explain(paths)
        except Exception as exc:  # never a traceback: said as at any start that fails
            explain_crash(exc, data_dir, box=not smoke)
            journal = None
        if journal is None:
            outcome["status"] = 1
            app.quit()
        return journal

    def finish_start() -> bool:
        """Once Today is usable: open the journal if Today showed a first view (its checks, and
        whatever they have to say), then the menus and the rest of the window. False when the
        journal could not be opened (the app is quitting)."""
        if outcome["finished"]:
            return True
        try:
            if not window.service.finish_opening():
                if window.service.is_opening:  # opened further up this thread (a save), behind a message
                    QTimer.singleShot(OPENING_RETRY_MS, rest_of_start)  # the rest once it is open
                return False
            from quietlegs.ui.window_factory import finish_main_window

            finish_main_window(window, outcome["today"], defer_pages=True)
            outcome["instance"].serve(window)  # a second start waits for this (SingleInstance.claim)
        except Exception as exc:  # never a traceback, never a window that hangs half-built
            outcome["status"] = 1
            explain_crash(exc, data_dir, box=not smoke)
            app.quit()
            return False
        outcome["finished"] = True
        return True

    def usable() -> None:
        """Today shows the journal's night and takes typing: now the rest (the journal's checks,
        other pages, the Journal page's background read, the collector's settling) may have the
        processor."""
        outcome["usable"] = True
        if smoke:
            print("usable", flush=True)  # the start-up measurement point (DESIGN.md)
        QTimer.singleShot(0, after_usable)  # this paint's turn of the event loop ends first

    def after_usable() -> None:
        """Load SQLAlchemy on a background thread (typing is answered meanwhile), then open the
        journal and finish the window on this one. A save meanwhile opens it at once (its import
        waits for the thread's)."""
        if window.service is None or window.service.is_open:
            rest_of_start()
            return
        import threading

        from quietlegs.storage.db import load_sqlalchemy

        loading = threading.Thread(target=load_sqlalchemy, name="quietlegs-load-sqlalchemy", daemon=True)
        loading.start()

        def when_loaded() -> None:
            if loading.is_alive():
                QTimer.singleShot(LOADING_POLL_MS, when_loaded)
            else:
                rest_of_start()

        when_loaded()

    def rest_of_start() -> None:
        if not finish_start():
            return
        if os.environ.get(SMOKE_ENV) == SMOKE_INSIGHTS:
            tuning.settle_after_start_up()
            _smoke_insights(app, window)
        elif smoke:
            QTimer.singleShot(0, app.quit)
        else:
            after_start()

    def never_usable() -> None:
        if not outcome["usable"]:
            print("quietlegs: the window did not become usable", file=sys.stderr, flush=True)
            outcome["status"] = 1
            app.quit()

    def after_start() -> None:
        if not outcome["after_start"] and finish_start():
            outcome["after_start"] = True
            window.build_pending_pages(then=lambda: QTimer.singleShot(tuning.SETTLE_AFTER_PAGES_MS,
                                                                      tuning.settle_after_start_up))

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not outcome["painted"]:
                outcome["painted"] = True
                if smoke:
                    print("ready", flush=True)  # the start-up measurement point (DESIGN.md)
                if outcome["today"] is None:  # (the usual start built Today before this paint)
                    QTimer.singleShot(0, open_journal_and_pages)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    if hidden:  # nothing to paint first: the journal opens now
        outcome["painted"] = True
        QTimer.singleShot(0, open_journal_and_pages)
    elif today_before_first_paint() is None:  # (it said why)
        window.removeEventFilter(watcher)
        outcome["instance"].release()
        return 1
    else:
        window.show()
    try:
        status = app.exec()
    finally:
        window.removeEventFilter(watcher)
        if window.service is not None and window.service.is_open:  # (never opened: nothing saved)
            _close_journal(window.service)
        if outcome["instance"] is not None:
            outcome["instance"].release()
    return outcome["status"] or status


def _close_journal(service) -> None:
    """Everything the user was told is saved is on disk once this returns: the journal
    (``synchronous=FULL``: a save that returned is durable) is closed, a write still under way
    on a worker thread (an import) has committed, and the settings are written out."""
    from quietlegs.storage.pending_writes import wait_for_pending_write
    from quietlegs.ui.settings import app_settings

    service.journal.close()
    wait_for_pending_write(service.paths.journal)
    app_settings(service.paths).sync()  # writes what any settings object of the file still holds


def refuse_start(reason: str) -> None:
    """A start refused before the window exists (a data folder the app may not use): the reason
    in a message box too, for someone who opened the app from a menu."""
    from quietlegs.ui.start_refusal import show_start_refusal

    show_start_refusal(reason)


def end_process(status: int) -> NoReturn:
    """End the window's process now, once :func:`run_app` has returned (the journal closed).

    Python's own shutdown would take about a second more, for nothing the user needs: it waits
    for the worker threads (a background read of the journal), tears down every Qt object one
    by one and collects the rest. The statistics worker sees its pipe close and ends itself.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def _smoke_insights(app, window) -> None:
    """Open Insights, and once its findings and chart are up, say where the statistics were
    worked out and quit (the whole path, worker process included, in an installed app)."""
    from PySide6.QtCore import QTimer

    from quietlegs.services import worker

    page = window.page("insights")

    def ready() -> None:
        where = "in their own process" if worker.shared().running else "in the app's process"
        print(f"insights ready: {page.findings.count()} lines, statistics {where}", flush=True)
        QTimer.singleShot(0, app.quit)

    page.ready.connect(ready)
    window.show_page("insights")
