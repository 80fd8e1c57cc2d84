"""Today: the morning check-in. Which night it is about, its diary entry, its symptoms and
interventions, and this evening's usual interventions one click each.

Keys: Ctrl+S saves the night (so does Enter in the form); Ctrl+N adds a symptom to the night,
Ctrl+I an intervention; Alt+Left / Alt+Right step to the previous / next night.

Typing that is not saved is never dropped silently: going to another night (or closing the
window, through :meth:`TodayPage.may_close`) first asks Save / Discard / Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from quietlegs.domain import vocab
from quietlegs.domain.night_rule import (
    EVENING,
    NOON,
    USUAL_INTERVENTION_CLOCK,
    USUAL_SYMPTOM_CLOCK,
    Phase,
    night_to_log,
    nights_by_date,
    suggested_moment,
)
from quietlegs.domain.records import Intervention, SymptomEvent
from quietlegs.services.changes import Change
from quietlegs.services.today import TodayNight, read_today_night
from quietlegs.storage.errors import StorageError
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, dose_text, in_sentence
from quietlegs.ui.pages import today_layout
from quietlegs.ui.translation import vocab_tr


def _day(d: date) -> str:
    return day_label(d)


def ask_about_unsaved_night(parent: QWidget, night_of: date) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for typing not yet saved (tests answer this in place of a person)."""
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    return QMessageBox.question(
        parent, QCoreApplication.translate("TodayPage", "Unsaved changes"),
        QCoreApplication.translate("TodayPage", "The night of {0} has changes that are not saved yet. Save them?").format(_day(night_of)),
        buttons, QMessageBox.StandardButton.Save)


class TodayPage(QWidget):
    def __init__(self, service: JournalService, clock: Callable[[], datetime], tz: tzinfo | None = None,
                 parent: QWidget | None = None, first_view: TodayNight | None = None):
        super().__init__(parent)
        self.service = service
        self.clock = clock
        self.night_of: date = night_to_log(clock())
        self._following_today = True  # until the user picks another date
        self._narrow, self._wide_needs = False, 0
        self._tz = tz
        today_layout.build(self, tz)
        if service.is_open:  # else once it is (add_daily_care): start-up shows a first view before
            self.add_daily_care()
        self._wire()
        self._shortcuts()
        self.changes = ChangeListener(self, service, self._journal_changed, self._shows)
        self._first_view = first_view  # start-up (app.py): read before the journal is open
        self.show_night(self.night_of, follow_today=True)
        self._shown_once = True
        if self.regimen is not None:  # built out of its place in the Tab order (add_daily_care)
            today_layout.order_tabs(self)
        self._keep_tab_order(self.evening, self.regimen)  # from now on (not once per part as it is built)

    # The parts that speak only from the open journal (today_layout.build_daily_care).
    red_flags = day_counter = daily_care = experiment_banner = regimen = next_appointment = None
    _shown_once = False  # the page has shown its first night (the constructor is done)

    def add_daily_care(self) -> None:
        """Build the warning signs, day counters, experiment, regimen and next appointment, once
        the journal is open (at once when the page is built on an open journal)."""
        if self.regimen is not None:
            return
        today_layout.build_daily_care(self, self._tz)
        self.experiment_banner.stopped.connect(self.evening.recheck_plan)  # stopped: no more "skip tonight"
        if self._shown_once:  # built after the page: about the evening shown now
            self.regimen.set_night(self.evening.night_of)
            with self.service.journal.reading():
                self.regimen.refresh()
            today_layout.order_tabs(self)
            self._keep_tab_order(self.regimen)

    def _keep_tab_order(self, *parts) -> None:
        """Put the page's Tab order right again whenever one of ``parts`` makes new buttons (the
        evening's chips, the regimen's items): Qt adds new widgets at the end of it."""
        for part in parts:
            if part is not None:
                part.rebuilt.connect(lambda: today_layout.order_tabs(self))

    # ------------------------------------------------------------------ layout

    def _wire(self) -> None:
        """Connect the widgets :mod:`today_layout` made to what they do."""
        self.previous_button.clicked.connect(lambda: self.show_night(self.night_of - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.show_night(self.night_of + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.show_night(night_to_log(self.clock()), follow_today=True))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.symptoms.add_requested.connect(self.add_symptom)
        self.symptoms.edit_requested.connect(self.edit_symptom)
        self.symptoms.delete_requested.connect(self._delete_symptom)
        self.interventions.add_requested.connect(self.add_intervention)
        self.interventions.edit_requested.connect(self.edit_intervention)
        self.interventions.delete_requested.connect(self._delete_intervention)
        self.form.saved.connect(lambda night: self._say(
            self.tr("Saved the night of {0}. Ctrl+Z undoes it.").format(_day(night.night_of))))

    def resizeEvent(self, event) -> None:
        """Two columns and the night's events side by side when they fit; in a narrow window
        (half a laptop screen) one above the other, never cut off at the right."""
        super().resizeEvent(event)
        if not self._narrow:
            self._wide_needs = self._content.minimumSizeHint().width()  # measured as laid out now
        # The page's own new width, less room for the scroll bar: the scroll area inside may not
        # have its new size yet (a page resized while hidden hears of it only when shown).
        room = event.size().width() - self._scroll.verticalScrollBar().sizeHint().width()
        narrow = room < self._wide_needs
        if narrow != self._narrow:
            self._narrow = narrow
            self.form.set_narrow(narrow)
            today_layout.set_narrow(self, narrow)

    def is_narrow(self) -> bool:
        return self._narrow

    def _shortcuts(self) -> None:
        def bind(keys, slot) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bind(QKeySequence.StandardKey.Save, self.form.save)
        bind("Ctrl+N", self.add_symptom)
        bind("Ctrl+I", self.add_intervention)
        bind("Alt+Left", lambda: self.show_night(self.night_of - timedelta(days=1)))
        bind("Alt+Right", lambda: self.show_night(self.night_of + timedelta(days=1)))

    # ------------------------------------------------------------------ texts

    def _symptom_text(self, e: SymptomEvent) -> str:
        parts = [vocab_tr(vocab.SYMPTOM_KIND_LABELS.get(e.kind, e.kind)), f"{e.severity}/10"]
        if e.locations:
            parts.append(", ".join(in_sentence(vocab_tr(vocab.location_label(c))) for c in e.locations))
        if e.woke_me:
            parts.append(self.tr("woke me"))
        if e.relieved_by:
            eased = self.tr("eased by {0}").format(", ".join(self._kind_name(s) for s in e.relieved_by))
            if e.relief_min is not None:
                eased += self.tr(" in {0} min").format(e.relief_min)
            parts.append(eased)
        return " · ".join(parts)

    def _intervention_text(self, i: Intervention) -> str:
        dose = dose_text(i.amount, i.unit)
        if i.duration_min is not None and not dose:
            dose = self.tr("{0} min").format(i.duration_min)
        text = self._kind_name(i.kind) + (f" · {dose}" if dose else "")
        phase = self._phases.get(i.id)
        if phase is Phase.DURING_NIGHT:
            text += self.tr(" · in the night")
        return text

    def _kind_name(self, slug: str) -> str:
        from quietlegs.report.words import kind_name

        # a built-in slug under its shipped name reads in the window's language; a renamed one as named
        return kind_name(slug, self._names[slug], builtin=True) if slug in self._names else slug

    _names: dict[str, str] = {}
    _phases: dict[str, Phase] = {}
    _first_view: TodayNight | None = None

    # ------------------------------------------------------------------ showing a night

    def show_night(self, night_of: date, follow_today: bool = False) -> bool:
        """Show ``night_of``; unsaved typing for the night shown now is first saved or discarded
        as the person chooses. False (and nothing changes) when they cancel or the save fails."""
        latest = self.clock().date()
        night_of = min(night_of, latest)
        if night_of == self.night_of and self.form.has_unsaved_changes():
            self._following_today = follow_today or night_of == night_to_log(self.clock())
            self.refresh()  # already there: keep the typing
            return True
        if not self.may_leave_night():
            self._show_date(self.night_of)
            return False
        self._following_today = follow_today or night_of == night_to_log(self.clock())
        self.night_of = night_of
        self._show_date(night_of)
        # The evening buttons: this evening's, or the shown past night's own evening.
        self.evening.set_night(None if night_of >= night_to_log(self.clock()) else night_of)
        if self.regimen is not None:
            self.regimen.set_night(None if night_of >= night_to_log(self.clock()) else night_of)
        self._say("")
        view = self._read(evening=True)
        self.form.load(night_of, view.night, view.prefill)
        self._show_view(view)
        return True

    def _show_date(self, night_of: date) -> None:
        latest = self.clock().date()
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(QDate(latest))
        self.date_edit.setDate(QDate(night_of))
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(night_of < latest)

    def _date_picked(self, qdate: QDate) -> None:
        self.show_night(qdate.toPython())

    def may_leave_night(self) -> bool:
        """True when the form may show another night: nothing unsaved, or the person chose to
        save (and it saved) or to discard. Cancel, or a save that was refused, stays put."""
        if not self.form.has_unsaved_changes():
            return True
        answer = ask_about_unsaved_night(self, self.night_of)
        if answer == QMessageBox.StandardButton.Save:
            return self.form.save()  # a refusal is explained beside the fields
        return answer == QMessageBox.StandardButton.Discard

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    def may_close(self) -> bool:
        """Asked by the main window before it closes (same question as changing the night)."""
        return self.may_leave_night()

    def refresh(self, evening: bool = True) -> None:
        """Bring everything up to date with the journal, keeping what the user is typing."""
        self._show_view(self._read(evening))

    def _read(self, evening: bool) -> TodayNight:
        """The shown night as Today shows it, and (when asked) the evening buttons, read in one
        transaction."""
        first, self._first_view = self._first_view, None
        if first is not None and first.night_of == self.night_of and not self.service.is_open:
            return first  # the evening and the rest follow once the journal is open (announced)
        journal = self.service.journal
        with journal.reading():
            view = read_today_night(journal, self.night_of)
            if evening:
                self.evening.refresh()
                if self.regimen is not None:
                    self.regimen.refresh()  # the same evening's regimen, in the same read
        return view

    def _show_view(self, view: TodayNight) -> None:
        if view.night != self.form.loaded:  # changed underneath: undo, an edit elsewhere, a delete
            self.form.load(self.night_of, view.night, view.prefill)
        self._update_titles()
        self.banner.setVisible(view.journal_empty)
        # The lists are reset only when what they show differs (a reset re-lays out the page).
        names_changed = view.kind_names != self._names
        self._names, self._phases = dict(view.kind_names), dict(view.phases)
        if names_changed or self.symptom_model.records() != list(view.symptoms):
            self.symptom_model.set_records(view.symptoms)
        if (names_changed or self.intervention_model.records() != list(view.interventions)
                or view.phases != self._shown_phases):
            self.intervention_model.set_records(view.interventions)
        self._shown_phases = self._phases

    _shown_phases: dict[str, Phase] = {}

    # ------------------------------------------------------------------ changes

    def _evening_nights(self) -> set[date]:
        """The nights whose evening the buttons may show: the shown past night's, or the one
        ``now`` belongs to (last night until it is logged, tonight after)."""
        if self.evening.night_of is not None:
            return {self.evening.night_of}
        today = self.clock().date()
        return {today - timedelta(days=1), today}

    def _shows(self, change: Change) -> bool:
        """Whether ``change`` touches anything this page shows."""
        return (change.touches_night(self.night_of) or change.touches_kinds()
                or any(change.touches_night(d) for d in self._evening_nights())
                or (self.banner.isVisibleTo(self) and change.touches_any_night()))

    def _journal_changed(self, change: Change) -> None:
        """Refresh only what ``change`` touched: the shown night, the evening (the next
        appointment follows appointments itself)."""
        evening = change.touches_kinds() or any(change.touches_night(d) for d in self._evening_nights())
        if change.touches_night(self.night_of) or change.touches_kinds() or (
                self.banner.isVisibleTo(self) and change.touches_any_night()):
            self.refresh(evening=evening)
        elif evening:
            with self.service.journal.reading():
                self.evening.refresh()
                if self.regimen is not None:
                    self.regimen.refresh()

    def _update_titles(self) -> None:
        now = self.clock()
        d, next_day = self.night_of, self.night_of + timedelta(days=1)
        if d == night_to_log(now) and now.time() < EVENING:
            greeting = self.tr("Good morning") if now.time() < NOON else self.tr("Good afternoon")
            self.title.setText(self.tr("{0} — how did you sleep?").format(greeting))
        elif d == now.date():
            self.title.setText(self.tr("Tonight"))
        else:
            self.title.setText(self.tr("The night of {0}").format(day_label(d, full=True)))
        logged = self.tr("logged") if self.form.loaded is not None else self.tr("not logged yet")
        self.subtitle.setText(self.tr("The night of {0} → {1}, {2}.").format(_day(d), _day(next_day), logged))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Left open overnight: a new morning brings a new night to log.
        if (self._following_today and night_to_log(self.clock()) != self.night_of
                and not self.form.has_unsaved_changes()):  # never ask unprompted: keep the typing
            self.show_night(night_to_log(self.clock()), follow_today=True)
        if self.focusWidget() is None or not self.isAncestorOf(self.focusWidget()):
            self.form.focus_first()

    # ------------------------------------------------------------------ adding and editing

    def _suggested(self, usual: time) -> datetime:
        """A new entry's first time: ``usual`` in the night shown, or now if earlier."""
        nights = nights_by_date(self.service.journal.nights(self.night_of - timedelta(days=1),
                                                            self.night_of + timedelta(days=1)))
        return suggested_moment(self.night_of, usual, self.clock(), nights)

    def add_symptom(self) -> None:
        from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

        SymptomDialog(self.service, self, at=self._suggested(USUAL_SYMPTOM_CLOCK), night_of=self.night_of).exec()

    def edit_symptom(self, event: SymptomEvent) -> None:
        from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

        SymptomDialog(self.service, self, event=event).exec()

    def add_intervention(self) -> None:
        from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog

        InterventionDialog(self.service, self, at=self._suggested(USUAL_INTERVENTION_CLOCK),
                           night_of=self.night_of).exec()

    def edit_intervention(self, item: Intervention) -> None:
        from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog

        InterventionDialog(self.service, self, item=item).exec()

    def _delete_symptom(self, event: SymptomEvent) -> None:
        self._delete(lambda: self.service.delete_symptom(event), self.tr("Deleted the symptom."))

    def _delete_intervention(self, item: Intervention) -> None:
        self._delete(lambda: self.service.delete_intervention(item), self.tr("Deleted the intervention."))

    def _delete(self, do: Callable[[], None], done: str) -> None:
        try:
            do()
        except StorageError as exc:
            self._say(str(exc))
            return
        self._say(done + " " + self.tr("Ctrl+Z brings it back."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
