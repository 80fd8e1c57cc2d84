"""Builds the main window with its views and menus: the one place that knows which pages exist."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence

from quietlegs import clock
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.main_window import MainWindow
from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.settings import app_settings
from quietlegs.ui.translation import tr
from quietlegs.ui.window_state import remember_geometry

if TYPE_CHECKING:
    from quietlegs.services.today import TodayNight

JOURNAL_PRELOAD_MS = 0  # the Journal page's background read starts as soon as the page is built


def build_main_window(service: JournalService, demo: bool = False, window: MainWindow | None = None,
                      defer_pages: bool = False) -> MainWindow:
    """Give ``window`` (or a new one) its pages and menus for the journal behind ``service``.

    Today is built now; the other pages when first shown, or one per turn of the event loop
    from the next turn on, or (``defer_pages``) when the caller runs
    :meth:`MainWindow.build_pending_pages`.
    """
    window = window or MainWindow()
    today = start_main_window(service, window, demo=demo)
    finish_main_window(window, today, defer_pages=defer_pages)
    return window


def start_main_window(service: JournalService, window: MainWindow, demo: bool = False,
                      first_view: TodayNight | None = None) -> TodayPage:
    """Start-up, before Today is usable: the Today page alone (showing ``first_view`` when given,
    read before the journal was open); :func:`finish_main_window` adds the rest."""
    from PySide6.QtWidgets import QApplication

    from quietlegs.ui.widgets.focus_ring import install_focus_ring

    install_focus_ring(QApplication.instance())  # a clear mark of the keyboard focus (issue 15)
    window.service = service
    window.demo = demo  # a journal in a temporary folder: never started at login
    if demo:
        window.setWindowTitle(f"{window.windowTitle()} — demo journal")
    today = TodayPage(service, clock.now, clock.local_zone(), first_view=first_view)
    window.add_page("today", tr("Today"), today, "Ctrl+1")
    return today


def finish_main_window(window: MainWindow, today: TodayPage, defer_pages: bool = False) -> None:
    """The menus, the safe keeping, the reminders and the other pages (built later: see
    :func:`build_main_window`), for a window whose journal is open."""
    from quietlegs.ui.desktop_menus import add_desktop_menus
    from quietlegs.ui.report_action import install_report_action

    service = window.service
    edit = window.menu("&Edit")
    undo = service.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = service.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit.addAction(undo)
    edit.addAction(redo)

    install_report_action(window, clock.now, clock.local_zone())

    # Safe keeping (issue 5): backups while in use and on closing; File → Settings… to restore.
    from quietlegs.ui.auto_backup import AutoBackup
    from quietlegs.ui.dialogs.settings_dialog import add_settings_action

    window.auto_backup = AutoBackup(service, parent=window)
    window.auto_backup.failed.connect(lambda message: window.statusBar().showMessage(message, 60_000))
    window.auto_backup.start_daily()
    add_settings_action(window, service, window.auto_backup)
    from quietlegs.ui.import_export import install_import_export

    install_import_export(window, service, clock.now)  # File → Import…/Export…, above Print and Settings

    # Pages, in sidebar order after Today (each work stream adds its own line here):
    window.add_page("journal", tr("Journal"), lambda: _journal_page(window, service), "Ctrl+2")
    window.add_page("insights", tr("Insights"), lambda: _insights_page(window, service), "Ctrl+3")
    window.add_page("catalog", tr("Catalog"), lambda: _catalog_page(service), "Ctrl+4")
    window.add_page("appointments", tr("Appointments"), lambda: _appointments_page(service), "Ctrl+5")
    today.add_daily_care()  # (start-up: the journal has just opened)
    today.next_appointment.open_requested.connect(lambda: window.show_page("appointments"))
    _add_daily_care_actions(window, service, today)
    _add_reminders(window, service, today)

    add_desktop_menus(window)  # keep last: Quit at the foot of File, then Help and About
    # A window already on screen was placed before its first paint (app.py); only save it.
    remember_geometry(window, app_settings(service.paths), restore=not window.isVisible())
    if not defer_pages:
        window.build_pending_pages()


def _journal_page(window: MainWindow, service: JournalService):
    from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
    from quietlegs.ui.dialogs.night_dialog import NightDialog
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
    from quietlegs.ui.pages.journal_page import JournalPage

    page = JournalPage(service)
    tz = clock.local_zone()
    # The Journal page asks; the entry dialogs (shared with Today) do the editing.
    page.edit_night_requested.connect(lambda night: NightDialog(service, window, night, night.night_of, tz=tz).exec())
    page.log_night_requested.connect(lambda night_of: NightDialog(service, window, None, night_of, tz=tz).exec())
    page.edit_symptom_requested.connect(lambda event: SymptomDialog(service, window, event=event).exec())
    page.edit_intervention_requested.connect(lambda item: InterventionDialog(service, window, item=item).exec())
    page.add_symptom_requested.connect(
        lambda night_of: SymptomDialog(service, window, night_of=night_of).exec())
    page.add_intervention_requested.connect(
        lambda night_of: InterventionDialog(service, window, night_of=night_of).exec())
    # Read the journal for this page in the background as soon as it is built (once Today is
    # usable), so that it is there before a person switches to it; before Insights warms up.
    QTimer.singleShot(JOURNAL_PRELOAD_MS, page, page.preload)  # not if the page is gone by then
    return page


def _insights_page(window: MainWindow, service: JournalService):
    from quietlegs.ui.pages.insights_page import InsightsPage

    page = InsightsPage(service)

    def open_in_journal(night_of: date) -> None:  # click a night on a chart: see it in the journal
        window.show_page("journal").open_night(night_of)

    page.night_clicked.connect(open_in_journal)
    return page


def _catalog_page(service: JournalService):
    from quietlegs.ui.pages.catalog_page import CatalogPage

    return CatalogPage(service)


def _appointments_page(service: JournalService):
    from quietlegs.ui.pages.appointments_page import AppointmentsPage

    return AppointmentsPage(service, clock.now)


def _add_daily_care_actions(window: MainWindow, service: JournalService, today: TodayPage) -> None:
    """Edit → Milestones… (Ctrl+Shift+M) and Edit → Regimens… (Ctrl+Shift+R), each also opened by
    its button on Today (beside the day counters, on the regimen card)."""
    def open_milestones() -> None:
        from quietlegs.ui.dialogs.milestones_dialog import MilestonesDialog

        MilestonesDialog(service, clock.now, window).exec()

    def open_regimens() -> None:
        from quietlegs.ui.dialogs.regimens_dialog import RegimensDialog

        RegimensDialog(service, clock.now, window).exec()

    for text, keys, open_dialog, button in ((tr("&Milestones…"), "Ctrl+Shift+M", open_milestones, today.day_counter),
                                            (tr("&Regimens…"), "Ctrl+Shift+R", open_regimens, today.regimen)):
        action = window.menu("&Edit").addAction(text)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(open_dialog)
        button.edit_requested.connect(open_dialog)


def _add_reminders(window: MainWindow, service: JournalService, today: TodayPage) -> None:
    """Edit → Reminders…, the reminders themselves (a click opens Today on the right night), and
    the notification-area icon, which may keep the app running when the window closes (ui/tray.py)."""
    from quietlegs.ui.reminders import Reminders
    from quietlegs.ui.single_instance import bring_to_front
    from quietlegs.ui.tray import AppTray, install_tray

    settings = app_settings(service.paths)
    window.app_tray = AppTray(parent=window)
    window.reminders = Reminders(service, clock.now, settings, parent=window, app_tray=window.app_tray)
    window.reminders.reminded.connect(lambda reminder, words: window.statusBar().showMessage(words, 600_000))

    def open_form(reminder) -> None:
        bring_to_front(window)  # also from the notification area, hidden
        window.show_page("today")
        today.show_night(reminder.night_of)

    window.reminders.open_requested.connect(open_form)
    window.keep_in_tray = install_tray(window, window.app_tray, window.reminders, settings, clock.now)

    def open_dialog() -> None:
        from quietlegs.ui.dialogs.reminders_dialog import RemindersDialog

        RemindersDialog(settings, window).exec()

    window.menu("&Edit").addAction(tr("R&eminders…"), open_dialog)
