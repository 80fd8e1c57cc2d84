"""Milestones: the dated events that matter ("stopped kratom", "started iron"), listed with Add,
Edit and Delete; each change is undoable (Ctrl+Z) like any other. Dry-needling sessions count
as milestones by themselves and are edited as interventions, so they are not listed here.

Keys: Insert or Ctrl+N adds, Enter edits the selected one, Delete deletes it, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.milestones import MAX_MILESTONE_NAME, MILESTONE_KIND_LABELS, MILESTONE_KINDS, Milestone
from quietlegs.domain.milestones import validate_milestone
from quietlegs.storage.errors import StorageError
from quietlegs.ui.dialogs.form_dialog import FormDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.event_table_model import EventTableModel
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.look import FieldMessage, apply_look, hint
from quietlegs.ui.window_state import fit_size
from quietlegs.ui.widgets.date_fields import DateField


SHORT_KIND_LABELS = {"stopped": "Stopped (withdrawal)", "started": "Started", "therapy": "Therapy", "other": "Other"}


class MilestoneForm(FormDialog):
    """One milestone: its date, what happened, which timeline applies, and notes."""

    def __init__(self, service: JournalService, today: date, item: Milestone | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Edit milestone") if item else self.tr("New milestone"), parent)
        self.service, self.item = service, item
        self.saved: Milestone | None = None
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setDate(QDate(item.date if item else today))
        self.name = QLineEdit(item.name if item else "")
        self.name.setMaxLength(MAX_MILESTONE_NAME)
        self.name.setPlaceholderText(self.tr("stopped kratom, started iron, physiotherapy began…"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("No timeline"), None)
        for k in MILESTONE_KINDS:
            self.kind.addItem(vocab_tr(MILESTONE_KIND_LABELS[k]), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)) if item else 0)
        self.notes = QLineEdit(item.notes if item else "")
        self.add_field("date", self.tr("&Date"), self.date_edit)
        self.add_field("name", self.tr("&What happened"), self.name)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.name.setFocus()

    def record(self) -> Milestone:
        fields = dict(date=self.date_edit.date().toPython(), name=self.name.text().strip(),
                      kind=self.kind.currentData(), notes=self.notes.text())
        return Milestone(id=self.item.id, **fields) if self.item else Milestone(**fields)

    def accept(self) -> None:
        item = self.record()
        self.save_and_accept(item, validate_milestone(item), lambda: self.service.save_milestone(item))


class MilestonesDialog(QDialog):
    """The list of milestones with Add, Edit and Delete."""

    def __init__(self, service: JournalService, now: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self._now = service, now
        self.setWindowTitle(self.tr("Milestones"))
        apply_look(self)
        fit_size(self, 640, 420)  # less on a small screen
        self.model = EventTableModel([
            (self.tr("Date"), lambda m: day_label(m.date, year=True)),
            (self.tr("What happened"), lambda m: m.name),
            (self.tr("Kind"), lambda m: vocab_tr(SHORT_KIND_LABELS[m.kind]) if m.kind else ""),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # arrows move inside the table; Tab leaves it
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.message = FieldMessage()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Dated events that matter, counted in days on Today and marked on the "
                                      "milestone chart. Dry-needling sessions count by themselves.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        for keys, slot in (("Ins", self.add), ("Ctrl+N", self.add), ("Return", self.edit), ("Del", self.delete)):
            QShortcut(QKeySequence(keys), self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        service.journal_changed.connect(self._changed)
        self.refresh()

    def _changed(self, change) -> None:
        if change.touches_milestones():
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_records(self.service.journal.milestones())
        if selected is not None:
            ids = [m.id for m in self.model.records()]
            if selected.id in ids:
                self.table.selectRow(ids.index(selected.id))
        self._enable()

    def _enable(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected(self) -> Milestone | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def _form(self, item: Milestone | None) -> MilestoneForm:
        return MilestoneForm(self.service, self._now().date(), item, self)

    def add(self) -> None:
        form = self._form(None)
        if form.exec() and form.saved is not None:
            self._select(form.saved)

    def edit(self) -> None:
        item = self.selected()
        if item is not None:
            self._form(item).exec()

    def delete(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            self.service.delete_milestone(item)
        except StorageError as exc:
            self.message.show_message(str(exc))
            return
        self.message.show_message(None)

    def _select(self, item: Milestone) -> None:
        ids = [m.id for m in self.model.records()]
        if item.id in ids:
            self.table.selectRow(ids.index(item.id))
