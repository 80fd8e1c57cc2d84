"""Regimens: what the person takes or does on a schedule, listed with Add, Change and End (and
Delete for one entered by mistake); each change is undoable (Ctrl+Z) like any other.

Changing a regimen asks from which night the change applies: the old regimen then ends the
night before and the new one starts, so the nights before are still judged by what was planned
then. A change from the night it started corrects it in place.

Keys: Insert or Ctrl+N adds, Enter changes the selected one, Ctrl+E ends it, Delete deletes it,
Esc closes. In the form, Enter saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.regimens import EVERY_DAY, MAX_BEFORE_BED_MIN, WEEKDAYS, Regimen, validate_regimen
from quietlegs.domain.validation import FieldError, typed_number
from quietlegs.services import regimens as service_regimens
from quietlegs.storage.errors import StorageError
from quietlegs.ui.dialogs.form_dialog import FormDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.event_table_model import EventTableModel
from quietlegs.ui.models.formatting import amount_text, shown_name
from quietlegs.ui.widgets.date_fields import DateField, TimeField
from quietlegs.ui.widgets.look import FieldMessage, apply_look, hint, inline
from quietlegs.ui.widgets.regimen_text import days_text, what_text, when_text

EVERY, WORKDAYS, CHOSEN = 0, 1, 2
AT_CLOCK, BEFORE_BED = 0, 1


def _day(d: date) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy")


class RegimenForm(FormDialog):
    """One regimen: what, how much, on which days, when, from which night, and notes."""

    def __init__(self, service: JournalService, first_night: date, item: Regimen | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Change a regimen") if item else self.tr("New regimen"), parent)
        self.service, self.item = service, item
        self.saved: Regimen | None = None
        kinds = service.journal.kinds()
        self.kinds = {k.slug: k for k in kinds if not k.hidden or (item is not None and k.slug == item.kind)}

        self.kind = QComboBox()
        for k in sorted(self.kinds.values(), key=lambda k: k.name.lower()):
            self.kind.addItem(shown_name(k), k.slug)
        if item is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData("magnesium")))
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.kind.setFixedWidth(240)
        self.add_field("kind", self.tr("&What"), self.kind)

        self.amount = QLineEdit(amount_text(item.amount) if item else "")
        self.amount.setFixedWidth(90)
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.setAccessibleName(self.tr("Amount"))
        self.unit = QLineEdit(item.unit or "" if item else "")
        self.unit.setFixedWidth(90)
        self.unit.setPlaceholderText(self.tr("unit"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.add_field("amount", self.tr("&Dose"), inline(self.amount, self.unit))
        self.fields["amount"], self.fields["unit"] = self.amount, self.unit
        self.labels["unit"] = self.tr("Unit")
        self.messages["unit"] = self.messages["amount"]
        if item is None:
            self._kind_chosen()

        self.schedule = QComboBox()
        self.schedule.addItems([self.tr("Every day"), self.tr("Weekdays (Mon–Fri)"), self.tr("Chosen days")])
        self.day_buttons: list[QToolButton] = []
        from PySide6.QtCore import QLocale

        locale = QLocale()
        for d in range(7):
            b = QToolButton()
            b.setObjectName("chip")
            b.setCheckable(True)
            b.setText(locale.dayName(d + 1, QLocale.FormatType.ShortFormat))
            b.setAccessibleName(locale.dayName(d + 1, QLocale.FormatType.LongFormat))
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.day_buttons.append(b)
        days = item.days if item else EVERY_DAY
        self.schedule.setCurrentIndex(EVERY if days == EVERY_DAY else WORKDAYS if days == WEEKDAYS else CHOSEN)
        for d, b in enumerate(self.day_buttons):
            b.setChecked(d in days)
        self.schedule.currentIndexChanged.connect(self._schedule_chosen)
        self.add_field("days", self.tr("&Days"), inline(self.schedule, *self.day_buttons, spacing=4))
        self.fields["days"] = self.schedule
        self._schedule_chosen()

        self.when_mode = QComboBox()
        self.when_mode.addItems([self.tr("at"), self.tr("before bed")])
        self.clock = TimeField()
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(self.tr("Clock time"))
        clock = item.clock if item and item.clock else time(21, 0)
        self.clock.setTime(QTime(clock.hour, clock.minute))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_BEFORE_BED_MIN)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes before bed"))
        self.minutes.setValue(item.before_bed_min if item and item.before_bed_min is not None else 120)
        self.when_mode.setCurrentIndex(BEFORE_BED if item and item.before_bed_min is not None else AT_CLOCK)
        self.when_mode.currentIndexChanged.connect(self._when_chosen)
        self.add_field("time", self.tr("W&hen"), inline(self.when_mode, self.clock, self.minutes))
        self.fields["time"], self.fields["before_bed_min"] = self.clock, self.minutes
        self.labels["before_bed_min"] = self.tr("Minutes before bed")
        self.messages["before_bed_min"] = self.messages["time"]
        self._when_chosen()

        self.start = DateField()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.start.setFixedWidth(180)
        self.start.setDate(QDate(first_night if item is None or first_night > item.started_on else item.started_on))
        label = self.tr("&From the night of") if item is None else self.tr("&Change from the night of")
        self.add_field("started_on", label, self.start)
        if item is not None:
            self.grid.addWidget(hint(self.tr(
                "Nights before it keep the regimen as it was (started {0}); the night it started "
                "corrects it instead.").format(_day(item.started_on))), self._row, 1)
            self._row += 1
        self.notes = QLineEdit(item.notes if item else "")
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.kind.setFocus()

    def _kind_chosen(self) -> None:
        """A new regimen starts from the kind's usual dose."""
        if self.item is not None:
            return
        kind = self.kinds.get(self.kind.currentData())
        if kind is not None:
            self.amount.setText(amount_text(kind.default_amount))
            self.unit.setText(kind.default_unit or "")

    def _schedule_chosen(self) -> None:
        which = self.schedule.currentIndex()
        for d, b in enumerate(self.day_buttons):
            if which != CHOSEN:
                b.setChecked(which == EVERY or d < 5)
            b.setVisible(which == CHOSEN)

    def _when_chosen(self) -> None:
        before = self.when_mode.currentIndex() == BEFORE_BED
        self.clock.setVisible(not before)
        self.minutes.setVisible(before)

    def record(self) -> tuple[Regimen | None, list[FieldError]]:
        errors: list[FieldError] = []
        amount = None
        if self.amount.text().strip():
            try:
                amount = typed_number(self.amount.text())
            except ValueError:
                errors.append(FieldError("amount", self.tr("must be a number, such as 300 or 0.25")))
        before = self.when_mode.currentIndex() == BEFORE_BED
        q = self.clock.time()
        fields = dict(
            kind=self.kind.currentData() or "", amount=amount, unit=self.unit.text().strip() or None,
            days=frozenset(d for d, b in enumerate(self.day_buttons) if b.isChecked()),
            clock=None if before else time(q.hour(), q.minute()),
            before_bed_min=self.minutes.value() if before else None,
            started_on=self.start.date().toPython(), notes=self.notes.text())
        item = Regimen(**fields)
        if self.item is not None:
            item = replace(item, id=self.item.id, skipped=self.item.skipped)
            if item.started_on < self.item.started_on:
                errors.append(FieldError("started_on", self.tr("is before the regimen started ({0})").format(
                    _day(self.item.started_on))))
        return item, errors + validate_regimen(item, self.kinds)

    def accept(self) -> None:
        item, errors = self.record()
        old = self.item
        if old is None:
            edit = lambda j: service_regimens.save_regimen(j, item)  # noqa: E731
        else:  # from a later night: the old one ends the night before (the service decides)
            edit = lambda j: service_regimens.change_regimen(j, old, item, item.started_on)  # noqa: E731
        self.save_and_accept(item, errors, lambda: self.service.edit_regimens(edit))


class RegimensDialog(QDialog):
    """The list of regimens with Add, Change, End and Delete."""

    def __init__(self, service: JournalService, now: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self._now = service, now
        self.setWindowTitle(self.tr("Regimens"))
        apply_look(self)
        self.resize(760, 420)
        self._names: dict[str, str] = {}
        self.model = EventTableModel([
            (self.tr("What"), lambda r: what_text(r, self._names.get(r.kind, r.kind))),
            (self.tr("When"), when_text),
            (self.tr("Days"), days_text),
            (self.tr("From"), lambda r: _day(r.started_on)),
            (self.tr("Until"), lambda r: _day(r.ended_on) if r.ended_on else self.tr("ongoing")),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Regimens"))
        self.table.setTabKeyNavigation(False)  # arrows move inside the table; Tab leaves it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self.change())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.end_button = QPushButton(self.tr("&End"))
        self.end_button.setToolTip(self.tr("Not due from this evening on; past nights keep it (Ctrl+E)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("For one entered by mistake: past nights forget it too"))
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.end_button.clicked.connect(self.end)
        self.delete_button.clicked.connect(self.delete)
        self.message = FieldMessage()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.change_button, self.end_button, self.delete_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "What you take or do on a schedule. Today lists each evening's items to log in one click; "
            "the Journal and the report show the doses missed.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        for keys, slot in (("Ins", self.add), ("Ctrl+N", self.add), ("Return", self.change),
                           ("Ctrl+E", self.end), ("Del", self.delete)):
            QShortcut(QKeySequence(keys), self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        service.journal_changed.connect(self._changed)
        self.refresh()

    def _changed(self, change) -> None:
        if change.touches_regimens() or change.touches_kinds():
            self.refresh()

    def _tonight(self) -> date:
        """The first night a change applies to: this evening's (last night's before 18:00 the
        check-in is about last night, but a change of plan is for the evening ahead)."""
        return self._now().date()

    def refresh(self) -> None:
        selected = self.selected()
        self._names = {k.slug: shown_name(k) for k in self.service.journal.kinds()}
        tonight = self._tonight()
        # The ones in force first, then those that ended, latest first.
        items = sorted(self.service.journal.regimens(),
                       key=lambda r: (r.ended_on is not None and r.ended_on < tonight,
                                      -(r.ended_on or date.max).toordinal(), self._names.get(r.kind, r.kind)))
        self.model.set_records(items)
        if selected is not None:
            self._select(selected)
        self._enable()

    def _enable(self) -> None:
        item = self.selected()
        self.change_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.end_button.setEnabled(item is not None and (item.ended_on is None or item.ended_on >= self._tonight()))

    def selected(self) -> Regimen | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def _form(self, item: Regimen | None) -> RegimenForm:
        return RegimenForm(self.service, self._tonight(), item, self)

    def add(self) -> None:
        form = self._form(None)
        if form.exec() and form.saved is not None:
            self._select(form.saved)
            self.message.show_message(None)

    def change(self) -> None:
        item = self.selected()
        if item is not None:
            self._form(item).exec()

    def end(self) -> None:
        """Not due from this evening on: the night before is its last."""
        item = self.selected()
        if item is None:
            return
        last = self._tonight() - timedelta(days=1)
        if self._write(lambda j: service_regimens.end_regimen(j, item, last)):
            self.message.show_message(self.tr("Ended: it is no longer due from this evening on. Ctrl+Z undoes it."))

    def delete(self) -> None:
        item = self.selected()
        if item is not None and self._write(lambda j: service_regimens.delete_regimen(j, item)):
            self.message.show_message(self.tr("Deleted; the doses already logged stay. Ctrl+Z brings it back."))

    def _write(self, edit) -> bool:
        try:
            self.service.edit_regimens(edit)
        except StorageError as exc:
            self.message.show_message(str(exc))
            return False
        return True

    def _select(self, item: Regimen) -> None:
        ids = [m.id for m in self.model.records()]
        if item.id in ids:
            self.table.selectRow(ids.index(item.id))
