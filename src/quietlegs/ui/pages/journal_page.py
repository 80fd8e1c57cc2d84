"""The Journal page: browse nights as a list or a month calendar, open one, edit or delete.

The page reads the journal in bulk once, in a worker thread: as soon as the window's pages
are built (:meth:`JournalPage.preload`, never before the first paint), or when it is first
shown, whichever comes first; then it refreshes only the nights a change touched. Showing the
page never waits for that read: until it is there, the page says it is reading the nights, and
fills itself when they arrive. Editing opens dialogs that live elsewhere: the page asks for
them through its ``*_requested`` signals, which the window wires up.
"""

from __future__ import annotations

from concurrent.futures import TimeoutError as FutureTimeout
from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QVBoxLayout,
    QWidget,
)

from quietlegs import clock
from quietlegs.analysis.outcomes import DEFAULT_OUTCOME, OUTCOMES
from quietlegs.services.changes import Change
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.background import Job, Runner
from quietlegs.ui.models.journal_index import JournalIndex
from quietlegs.ui.models.night_table import NIGHT_OF_ROLE, NightFilterProxy, NightTableModel, row_keys, row_texts
from quietlegs.ui.pages.journal_building import (
    add_actions,
    build_body,
    build_calendar,
    build_list,
    build_toolbar,
    empty_state,
    reading_note,
)
from quietlegs.ui.pages.journal_style import apply_journal_look
from quietlegs.ui.settings import app_settings
from quietlegs.ui.widgets.night_detail import NightDetail
from quietlegs.ui.widgets.outcome_colours import OutcomeScale
from quietlegs.ui.widgets.plain_text import plain_label

OUTCOME_KEY = "journal/outcome"
VIEW_KEY = "journal/view"
# Showing the page does not wait for a background read still under way, even briefly: while
# the worker holds Python's lock on a busy machine, a 10 ms wait was seen to take 80 ms.
SHOW_WAIT_S = 0.0


class JournalPage(QWidget):
    edit_night_requested = Signal(object)  # Night
    log_night_requested = Signal(object)  # date: a night with no diary yet
    edit_symptom_requested = Signal(object)  # SymptomEvent
    edit_intervention_requested = Signal(object)  # Intervention
    add_symptom_requested = Signal(object)  # date (night_of)
    add_intervention_requested = Signal(object)  # date (night_of)

    def __init__(self, service: JournalService, parent=None):
        super().__init__(parent)
        self.setObjectName("journalPage")
        apply_journal_look(self)
        self.service = service
        self.settings = app_settings(service.paths)
        self.index = JournalIndex(lambda: service.journal, clock.local_zone())  # the journal after a restore, too
        self.current: date | None = None
        self._loaded = False
        self._stale = False
        self._syncing = False
        self._scale: OutcomeScale | None = None
        # A background read under way, and the changes announced while it runs.
        self._reading: Job | None = None
        self._missed: set[date] = set()
        self._missed_kinds = False
        self._missed_all = False
        self._runner = Runner(self, "journal", reads_only=True)

        self.model = NightTableModel(self.index, self)
        self.model.set_colour_of(self._colour_of)
        self.proxy = NightFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        build_toolbar(self)
        build_list(self)
        build_calendar(self)
        build_body(self, NightDetail(self.index.kind_name))

        self.status = plain_label()  # names kinds: the person's words
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._splitter, 1)
        self.empty_state, self.reading = empty_state(self), reading_note(self)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.reading, 1)
        layout.addWidget(self.status)

        self._wire_detail()
        add_actions(self)
        # Nights and kinds' names; while hidden, the changes wait for the page to be shown.
        self.changes = ChangeListener(self, service, self._journal_changed,
                                      lambda c: c.touches_any_night() or c.touches_kinds() or c.touches_regimens())
        self._restore_choices()
        self._update_count()  # "Reading your nights…" until they are read

    def _wire_detail(self) -> None:
        d = self.detail
        d.edit_night_clicked.connect(self._edit_current_night)
        d.delete_night_clicked.connect(self.delete_current_night)
        d.add_symptom_clicked.connect(lambda: self.current and self.add_symptom_requested.emit(self.current))
        d.add_intervention_clicked.connect(
            lambda: self.current and self.add_intervention_requested.emit(self.current))
        d.symptoms_view.activated.connect(
            lambda i: self.edit_symptom_requested.emit(d.symptoms_model.record(i.row())))
        for view, model in ((d.before_view, d.before_model), (d.during_view, d.during_model)):
            view.activated.connect(lambda i, m=model: self.edit_intervention_requested.emit(m.record(i.row())))

    def _restore_choices(self) -> None:
        name = str(self.settings.value(OUTCOME_KEY, DEFAULT_OUTCOME))
        i = self.outcome_box.findData(name if name in OUTCOMES else DEFAULT_OUTCOME)
        self.outcome_box.blockSignals(True)
        self.outcome_box.setCurrentIndex(max(0, i))
        self.outcome_box.blockSignals(False)
        self.set_view(1 if self.settings.value(VIEW_KEY, "list") == "calendar" else 0, remember=False)

    # ------------------------------------------------------------------ loading

    @property
    def loaded(self) -> bool:
        """Whether the page shows the journal's nights (not "Reading your nights…")."""
        return self._loaded

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_loaded(wait_s=SHOW_WAIT_S)

    def ensure_loaded(self, wait_s: float | None = None) -> None:
        """Show the journal's nights: read them (in the background) if need be and wait up to
        ``wait_s`` seconds for them (``None``: as long as it takes). Without them by then, the
        page says it is reading and fills itself when they arrive."""
        if self._reading is None and (not self._loaded or self._stale):
            self.preload()
        if self._reading is not None:
            try:
                self._reading.exception(timeout=wait_s)
            except FutureTimeout:
                return
            self._take_read()

    def preload(self) -> None:
        """Start reading the journal in a worker thread, so that the first visit is instant.

        The window calls this as soon as its pages are built. Changes announced while the read
        runs are applied to its result when it arrives, so the page never shows a stale night.
        """
        if (self._loaded and not self._stale) or self._reading is not None:
            return
        self._missed, self._missed_kinds, self._missed_all = set(), False, False
        from quietlegs.report.words import builtin_kind_names

        names = builtin_kind_names()  # here, on the UI thread: the read never asks Qt's translators
        self._reading = self._runner.start(lambda task: self._read_in_background(names),
                                           done=self._read_finished, error=self._read_finished)

    def _read_in_background(self, builtin_names: dict[str, str]):
        """The whole journal sorted into nights, with the table's sort keys and texts (worker
        thread; ``builtin_names``: the built-in kinds' names in the window's language)."""
        from quietlegs.report.words import kind_name_from

        kinds, entries = self.index.read()
        shown = {slug: kind_name_from(builtin_names, slug, k.name, k.builtin) for slug, k in kinds.items()}
        kind_name = lambda slug: shown.get(slug, slug)  # noqa: E731
        return (kinds, entries), (row_keys(entries, kind_name), row_texts(entries, kind_name))

    def _read_finished(self, _answer) -> None:
        if self._reading is not None and self._reading.is_done():
            self._take_read()

    def _take_read(self) -> None:
        reading, self._reading = self._reading, None
        try:
            loaded, (keys, texts) = reading.result()
        except Exception:  # the read failed in the worker: read again here, where errors show
            self.reload()
            return
        if self._missed_all:  # something of unknown extent changed meanwhile
            self.reload()
            return
        self.index.take(loaded)
        self._show_loaded(keys, texts)
        if not self.isVisible():
            # Style, lay out and draw the page once, while the user is elsewhere: the first visit
            # then finds Qt's style and text caches warm (about half its time). In a moment of its
            # own, so that a click waiting meanwhile is answered first.
            QTimer.singleShot(0, self, self._warm_up)  # not once the page is gone
        if self._missed_kinds or self._missed:
            self._journal_changed(Change(nights=frozenset(self._missed), kinds=self._missed_kinds))

    def _warm_up(self) -> None:
        if not self.isVisible():
            self.grab()

    def _stop_reading(self) -> None:
        self._runner.stop()

    def reload(self) -> None:
        """Read the whole journal again (first show, or after a change of unknown extent)."""
        self.index.load()
        self._show_loaded()

    def _show_loaded(self, keys=None, texts=None) -> None:
        self._loaded, self._stale = True, False
        self._recolour(announce=False)  # the reload tells the views
        self.model.reload(keys, texts)
        self._update_count()
        if self.current is None:
            self.current = self.model.latest_night()
        self._select(self.current, scroll=True)

    def _journal_changed(self, change: Change) -> None:
        """Refresh the rows of the nights ``change`` touched (the kinds' names if they changed)."""
        if change.regimens and not change.nights:  # a regimen's schedule: any night's doses may differ
            change = Change(everything=True)
        if self._reading is not None:  # the read may have missed it: note it for when it comes
            self._missed_all = self._missed_all or change.everything
            self._missed_kinds = self._missed_kinds or change.kinds
            self._missed.update(change.nights)
            return
        if not self._loaded:
            return
        if change.everything:  # anything may have changed
            if self.isVisible() and not self.changes.showing:
                self.reload()
            else:  # read again in the background as the page is shown
                self._stale = True
            return
        if change.kinds:  # names only
            self.index.reload_kinds()
            self.model.refresh_kind_names()
        if change.nights:
            changes = self.index.reload_nights(change.nights)
            self._syncing = True  # rows coming and going must not move the chosen night
            try:
                self.model.apply_changes(changes)
            finally:
                self._syncing = False
            self._recolour()
            self._update_count()
        self._select(self.current, scroll=False)

    # ------------------------------------------------------------------ choices

    def set_view(self, which: int, remember: bool = True) -> None:
        """0: the list, 1: the calendar."""
        self.views.setCurrentIndex(which)
        self.view_buttons.button(which).setChecked(True)
        self.search.setEnabled(which == 0)
        if remember:
            self.settings.setValue(VIEW_KEY, "calendar" if which == 1 else "list")
        (self.calendar if which == 1 else self.table).setFocus()

    def outcome_name(self) -> str:
        return self.outcome_box.currentData()

    def set_outcome(self, name: str) -> None:
        self.outcome_box.setCurrentIndex(self.outcome_box.findData(name))

    def _outcome_chosen(self, _i: int) -> None:
        self.settings.setValue(OUTCOME_KEY, self.outcome_name())
        self._recolour()

    def _recolour(self, announce: bool = True) -> None:
        outcome = OUTCOMES[self.outcome_name()]
        entries = self.index.entries
        values = {d: e.row.values.get(outcome.name) for d, e in entries.items() if e.row is not None}
        events_only = {d for d, e in entries.items() if e.row is None}
        self._scale = OutcomeScale.of(outcome, values.values())
        self.calendar.set_nights(values, events_only, self._scale)
        self.legend.set_scale(self._scale)
        self.model.set_colour_of(self._colour_of, announce)

    def _colour_of(self, night_of: date):
        return self.calendar.colour_of(night_of) if self._scale is not None else None

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        self._select(self.current, scroll=True)

    def _focus_search(self) -> None:
        self.set_view(0)
        self.search.setFocus()
        self.search.selectAll()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n night(s)", "", total) if shown == total else \
            self.tr("%1 of %n night(s)", "", total).replace("%1", str(shown))
        self.count_label.setText(text if self._loaded else "")
        self.reading.setVisible(not self._loaded)
        self._splitter.setVisible(self._loaded and total > 0)  # first start: say what will be here, not an empty table
        self.empty_state.setVisible(self._loaded and total == 0)

    # ------------------------------------------------------------------ selection

    def open_night(self, night_of: date) -> None:
        """Select and show night ``night_of`` (Insights calls this for click-through); while the
        journal is still being read, the night opens as soon as it arrives."""
        row = self.model.row_of(night_of)
        if not self._loaded or (row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid()):
            self.search.clear()
        if not self._loaded:
            self.current = night_of  # selected when the nights arrive (see _show_loaded)
            self.ensure_loaded(wait_s=SHOW_WAIT_S)
            return
        self._select(night_of, scroll=True)

    def _select(self, night_of: date | None, scroll: bool) -> None:
        """Make ``night_of`` the current night in the list, the calendar and the detail."""
        self.current = night_of
        self._syncing = True
        try:
            row = self.model.row_of(night_of) if night_of else -1
            sel = self.table.selectionModel()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if proxy_index is not None and proxy_index.isValid():
                sel.setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
                if scroll:
                    self.table.scrollTo(proxy_index, QAbstractItemView.ScrollHint.PositionAtCenter)
            else:
                sel.clearSelection()
            if night_of is not None:
                self.calendar.setSelectedDate(QDate(night_of.year, night_of.month, night_of.day))
        finally:
            self._syncing = False
        self.detail.show_entry(night_of, self.index.entries.get(night_of) if night_of else None)
        # Room for the night's figures and buttons: never cut off on the right.
        need = self.detail.minimumSizeHint().width() + self._detail_scroll.verticalScrollBar().sizeHint().width()
        if need > self._detail_scroll.minimumWidth():
            self._detail_scroll.setMinimumWidth(need)

    def _table_row_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self._select(current.data(NIGHT_OF_ROLE), scroll=False)

    def _calendar_changed(self) -> None:
        if self._syncing:
            return
        q = self.calendar.selectedDate()
        self._select(date(q.year(), q.month(), q.day()), scroll=True)

    # ------------------------------------------------------------------ editing

    def _edit_current_night(self) -> None:
        if self.current is None:
            return
        entry = self.index.entries.get(self.current)
        if entry is not None and entry.row is not None:
            self.edit_night_requested.emit(entry.row.night)
        else:
            self.log_night_requested.emit(self.current)

    def delete_current_night(self) -> None:
        entry = self.index.entries.get(self.current) if self.current else None
        if entry is None or entry.row is None:
            return
        night = entry.row.night
        self.service.delete_night(night)
        self._said(self.tr("Deleted the diary of the night of %1; its symptoms and interventions are kept. "
                           "Ctrl+Z brings it back.").replace("%1", fmt.night_label(night.night_of)))

    def _delete_symptom(self) -> None:
        event = self.detail.symptoms_view.current_record()
        if event is not None:
            self.service.delete_symptom(event)
            self._said(self.tr("Deleted a symptom. Ctrl+Z brings it back."))

    def _delete_intervention(self, view) -> None:
        item = view.current_record()
        if item is not None:
            self.service.delete_intervention(item)
            self._said(self.tr("Deleted %1 at %2. Ctrl+Z brings it back.")
                       .replace("%1", self.index.kind_name(item.kind)).replace("%2", fmt.clock(item.at)))

    def _said(self, text: str) -> None:
        self.status.setText(text)
