"""The appointments as a table: date, with whom, purpose, questions, follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from quietlegs.domain.appointments import has_afterwards
from quietlegs.domain.records import Appointment
from quietlegs.ui.models.formatting import day_label, time_label
from quietlegs.ui.translation import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AppointmentsModel(QAbstractTableModel):
    COLUMNS = ("date", "with_whom", "purpose", "questions", "follow_up")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Appointment] = []
        self._today: date | None = None

    def set_items(self, items: list[Appointment], today: date | None = None) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda a: (a.date, a.time or a.date, a.id), reverse=True)
        self._today = today
        self.endResetModel()

    def item(self, row: int) -> Appointment:
        return self._items[row]

    def row_of(self, appointment_id: str) -> int:
        return next((i for i, a in enumerate(self._items) if a.id == appointment_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (tr("Date"), tr("With"), tr("Purpose"), tr("Questions"), tr("Follow-up"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        a = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return (tr("{0}, {1}").format(day_label(a.date, year=True), time_label(a.time)) if a.time else day_label(a.date, year=True))
            if column == "with_whom":
                return a.with_whom
            if column == "purpose":
                return a.purpose
            if column == "questions":
                return str(len(a.questions)) if a.questions else ""
            if column == "follow_up":
                return day_label(a.follow_up_date, year=True) if a.follow_up_date else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "date":
            if self._today and a.date >= self._today:
                return tr("Coming up")
            return tr("Notes from the visit written down") if has_afterwards(a) else tr("Nothing written down after it yet")
        if role == Qt.ItemDataRole.FontRole and self._today and a.date >= self._today:
            f = QFont()
            f.setBold(True)
            return f
        return None
