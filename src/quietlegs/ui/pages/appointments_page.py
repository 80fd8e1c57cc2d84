"""Appointments: prepare the questions before a visit, write down what was said afterwards.

The list on the left holds every appointment, newest first (coming ones in bold); the form on
the right edits the chosen one. Ctrl+N starts a new one, Ctrl+S (or Enter in a one-line field)
saves, Delete removes the chosen one; all of it is undoable with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.appointments import questions_from_text, validate_appointment
from quietlegs.domain.records import Appointment, new_id
from quietlegs.domain.validation import InvalidRecord, first_of_each
from quietlegs.services.changes import Change
from quietlegs.storage.errors import StorageError
from quietlegs.ui import colours
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.appointments_model import AppointmentsModel
from quietlegs.ui.translation import field_message
from quietlegs.ui.widgets.accessible import announce_error, describe_error
from quietlegs.ui.widgets.look import inline, rows_to_pick
from quietlegs.ui.widgets.narrow_layouts import TurningSplitter
from quietlegs.ui.widgets.plain_text import plain_label
from quietlegs.ui.widgets.date_fields import DateField, TimeField


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())

STACK_BELOW = 760  # px: a narrower page shows the appointment's form below the list


class _Text(QPlainTextEdit):
    """A few lines of text; Tab moves on instead of typing a tab."""

    def __init__(self, lines: int, placeholder: str):
        super().__init__()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * lines + 14))


class AppointmentsPage(QWidget):
    def __init__(self, service: JournalService, now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._now = now
        self._current: Appointment | None = None  # the stored version of what the form shows

        self.model = AppointmentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Appointments"))
        rows_to_pick(self.table)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 4):  # purpose and follow-up: read them in the form
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.new_button = QPushButton(self.tr("&New appointment"))
        self.new_button.setToolTip(self.tr("Start a new appointment (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen appointment (Delete); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_current)

        left = QWidget()
        lv = QVBoxLayout(left)
        title = QLabel(self.tr("Appointments"))
        title.setObjectName("pageTitle")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        lv.addWidget(title)
        hint = QLabel(self.tr("Write your questions before a visit, and what was said after it. "
                              "The report prints the questions of the next one."))
        hint.setWordWrap(True)
        lv.addWidget(hint)
        lv.addWidget(self.table, 1)
        from quietlegs.ui.widgets.empty_state import EmptyState

        self.empty_state = EmptyState(self.tr("No appointments yet"), self.tr(
            "Before a visit to your doctor or physiotherapist, fill in the appointment form: the date, whom "
            "you are seeing and the questions you want to ask, then Save (Ctrl+S). It will be listed here, "
            "and afterwards you can write down what was said."))
        lv.addWidget(self.empty_state, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        lv.addLayout(buttons)

        self._build_form()
        # Side by side when there is room; in half a laptop screen the form goes below the list.
        splitter = self.splitter = TurningSplitter(STACK_BELOW, side_by_side=(0.4, 0.6), stacked=(0.35, 0.65))
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 640])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(splitter)

        for keys, slot in ((QKeySequence.StandardKey.New, self.start_new), (QKeySequence.StandardKey.Save, self.save)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        self.changes = ChangeListener(self, service, lambda _change: self.reload(), Change.touches_appointments)
        self.reload()
        if self.model.rowCount() == 0:
            self.start_new()

    # ------------------------------------------------------------------ form

    def _error_label(self) -> QLabel:
        label = plain_label()  # may quote what was typed
        label.setObjectName("fieldError")
        colours.follow_palette(label, colours.error_style)
        label.setWordWrap(True)
        label.hide()
        return label

    def _build_form(self) -> None:
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.has_time = QCheckBox(self.tr("at"))
        self.time_edit = TimeField()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setEnabled(False)
        self.has_time.setAccessibleName(self.tr("At a set time"))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        self.with_whom = QLineEdit()
        self.with_whom.setPlaceholderText(self.tr("e.g. Dr Okafor (GP), physiotherapist"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("Why you are going"))
        self.questions = _Text(5, self.tr("One question per line"))
        self.notes = _Text(3, self.tr("Anything else to mention"))
        self.diagnosis = _Text(2, self.tr("A diagnosis, if one was given"))
        self.new_medicine = _Text(2, self.tr("Name, dose, when to take it, side effects to watch for"))
        self.treatment_or_test = _Text(2, self.tr("And why it was suggested"))
        self.instructions = _Text(3, self.tr("New instructions"))
        self.has_follow_up = QCheckBox(self.tr("Follow-up on"))
        self.follow_up = DateField()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up.setEnabled(False)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        for line in (self.with_whom, self.purpose):
            line.returnPressed.connect(self.save)

        self.errors = {name: self._error_label() for name in (
            "date", "time", "with_whom", "purpose", "questions", "notes", "diagnosis", "new_medicine",
            "treatment_or_test", "instructions", "follow_up_date")}

        def field(widget: QWidget, name: str) -> QWidget:
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(widget)
            v.addWidget(self.errors[name])
            return box

        when = inline(self.date_edit, self.has_time, self.time_edit)

        before = QGroupBox(self.tr("Before the visit"))
        bf = QFormLayout(before)
        self._add_row(bf, self.tr("&Date"), self.date_edit, field(when, "date"))
        self._add_row(bf, self.tr("&With whom"), self.with_whom, field(self.with_whom, "with_whom"))
        self._add_row(bf, self.tr("&Purpose"), self.purpose, field(self.purpose, "purpose"))
        self._add_row(bf, self.tr("&Questions to ask"), self.questions, field(self.questions, "questions"))
        self._add_row(bf, self.tr("N&otes"), self.notes, field(self.notes, "notes"))

        after = QGroupBox(self.tr("Afterwards: what was said"))
        af = QFormLayout(after)
        self._add_row(af, self.tr("Dia&gnosis"), self.diagnosis, field(self.diagnosis, "diagnosis"))
        self._add_row(af, self.tr("New &medicine"), self.new_medicine, field(self.new_medicine, "new_medicine"))
        self._add_row(af, self.tr("&Treatment or test"), self.treatment_or_test,
                      field(self.treatment_or_test, "treatment_or_test"))
        self._add_row(af, self.tr("&Instructions"), self.instructions, field(self.instructions, "instructions"))
        follow = inline(self.has_follow_up, self.follow_up)
        self._add_row(af, "", self.has_follow_up, field(follow, "follow_up_date"))

        self.message = plain_label()  # may quote what was typed
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this appointment (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)

        form = QWidget()
        v = QVBoxLayout(form)
        v.addWidget(before)
        v.addWidget(after)
        v.addLayout(row)
        v.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it follows the focus
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(form)

        order = [self.date_edit, self.has_time, self.time_edit, self.with_whom, self.purpose, self.questions,
                 self.notes, self.diagnosis, self.new_medicine, self.treatment_or_test, self.instructions,
                 self.has_follow_up, self.follow_up, self.save_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _add_row(self, form: QFormLayout, text: str, buddy: QWidget, shown: QWidget) -> None:
        label = QLabel(text)
        # both groups' labels share one width, so the fields line up and no label is cut
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(self.tr("Treatment or test")) + 16)
        label.setBuddy(buddy)
        if text:  # the label sits beside a cell holding the field: Qt cannot pair them itself
            buddy.setAccessibleName(text.replace("&", ""))
        form.addRow(label, shown)

    def _show(self, a: Appointment | None) -> None:
        self._current = a
        today = self._now().date()
        a = a or Appointment(date=today, with_whom="")
        self.date_edit.setDate(_qdate(a.date))
        self.has_time.setChecked(a.time is not None)
        self.time_edit.setTime(QTime(a.time.hour, a.time.minute) if a.time else QTime(9, 0))
        self.with_whom.setText(a.with_whom)
        self.purpose.setText(a.purpose)
        self.questions.setPlainText("\n".join(a.questions))
        self.notes.setPlainText(a.notes)
        self.diagnosis.setPlainText(a.diagnosis)
        self.new_medicine.setPlainText(a.new_medicine)
        self.treatment_or_test.setPlainText(a.treatment_or_test)
        self.instructions.setPlainText(a.instructions)
        self.has_follow_up.setChecked(a.follow_up_date is not None)
        self.follow_up.setDate(_qdate(a.follow_up_date or a.date))
        self._show_errors({})
        self.delete_button.setEnabled(self._current is not None)

    def form_value(self) -> Appointment:
        t = self.time_edit.time()
        return Appointment(
            id=self._current.id if self._current else new_id(),
            date=_pydate(self.date_edit.date()),
            time=time(t.hour(), t.minute()) if self.has_time.isChecked() else None,
            with_whom=self.with_whom.text().strip(),
            purpose=self.purpose.text().strip(),
            questions=questions_from_text(self.questions.toPlainText()),
            diagnosis=self.diagnosis.toPlainText().strip(),
            new_medicine=self.new_medicine.toPlainText().strip(),
            treatment_or_test=self.treatment_or_test.toPlainText().strip(),
            instructions=self.instructions.toPlainText().strip(),
            follow_up_date=_pydate(self.follow_up.date()) if self.has_follow_up.isChecked() else None,
            notes=self.notes.toPlainText().strip(),
        )

    def _show_errors(self, shown: dict[str, str]) -> None:
        fields = {"date": self.date_edit, "time": self.time_edit, "follow_up_date": self.follow_up}
        for name, label in self.errors.items():
            label.setText(field_message(shown.get(name, "")))
            label.setVisible(name in shown)
            describe_error(fields.get(name) or getattr(self, name), shown.get(name))
        self.message.setText("")
        first = next((name for name in self.errors if name in shown), None)
        if first is not None:  # a refused save: the field is focused and its message read out
            announce_error(fields.get(first) or getattr(self, first), shown[first], self.errors[first])

    # ------------------------------------------------------------------ actions

    def reload(self) -> None:
        """Refresh the list; the form follows the stored record unless it holds unsaved typing."""
        keep = self._current.id if self._current else None
        clean = self._current is not None and self.form_value() == self._current
        self.model.set_items(self.service.journal.appointments(), self._now().date())
        self.table.setVisible(self.model.rowCount() > 0)  # none yet: say what goes here instead
        self.empty_state.setVisible(self.model.rowCount() == 0)
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                selection = self.table.selectionModel()
                selection.blockSignals(True)  # the form is handled just below
                self.table.selectRow(row)
                selection.blockSignals(False)
                if clean:
                    self._show(self.model.item(row))
                else:
                    self._current = self.model.item(row)
            elif self.model.rowCount():  # deleted (or its adding undone): show what is there now
                self._choose_row(0)
            else:
                self.start_new()
        elif self.model.rowCount() and self.table.currentIndex().row() < 0 and not self.with_whom.text():
            self._choose_row(0)

    def _choose_row(self, row: int) -> None:
        self.table.selectRow(row)
        self._show(self.model.item(row))

    def _row_chosen(self, current, _previous) -> None:
        if current.isValid():
            self._show(self.model.item(current.row()))

    def start_new(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.with_whom.setFocus()

    def save(self) -> bool:
        item = self.form_value()
        errors = validate_appointment(item)
        if errors:
            self._show_errors(first_of_each(errors))
            return False
        previous = self._current
        if previous is not None and item == previous:
            self.message.setText(self.tr("Nothing changed."))
            return True
        try:
            self.service.save_appointment(item, previous)
        except InvalidRecord as exc:
            self._show_errors(first_of_each(exc.errors))
            return False
        except StorageError as exc:
            self.message.setText(str(exc))
            return False
        self._current = item
        self.reload()
        self._show_errors({})
        self.message.setText(self.tr("Saved."))
        return True

    def delete_current(self) -> None:
        if self._current is None:
            return
        item = self._current
        try:
            self.service.delete_appointment(item)
        except StorageError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Deleted. Ctrl+Z brings it back."))
