"""A night's symptoms and interventions as small tables for the night's detail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from quietlegs.domain.records import Intervention, SymptomEvent
from quietlegs.domain.vocab import SYMPTOM_KIND_LABELS, location_label
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.plain_text import plain_tip

RECORD_ROLE = Qt.ItemDataRole.UserRole


class _RecordTable(QAbstractTableModel):
    """Rows of frozen records; subclasses say how each column reads."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list = []
        self._texts: list[tuple[str, ...]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def texts(self, record) -> tuple[str, ...]:
        raise NotImplementedError

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._texts = [self.texts(r) for r in self._records]
        self.endResetModel()

    def record(self, row: int):
        return self._records[row]

    def row_of_id(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._records)) \
                or not (0 <= index.column() < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == RECORD_ROLE:
            return self._records[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, for when a column is cut short
            texts = [t for t in self._texts[index.row()] if t]
            notes = self._records[index.row()].notes
            return plain_tip("\n".join(texts + ([notes] if notes and notes not in texts else [])))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return super().headerData(section, orientation, role)


class SymptomTableModel(_RecordTable):
    def __init__(self, kind_name: Callable[[str], str], parent=None):
        super().__init__(parent)
        self._kind_name = kind_name

    def headers(self) -> tuple[str, ...]:
        return (tr("Time"), tr("Severity"), tr("Symptom"))

    def texts(self, s: SymptomEvent) -> tuple[str, ...]:
        kind = vocab_tr(SYMPTOM_KIND_LABELS.get(s.kind, s.kind))
        if s.woke_me:
            kind = tr("%1, woke me").replace("%1", kind)
        eased = ", ".join(self._kind_name(k) for k in s.relieved_by)
        if eased:
            eased = tr("eased by %1").replace("%1", eased)
        if s.relief_min is not None:
            eased = tr("%1 in %2").replace("%1", eased or tr("eased")).replace("%2", fmt.duration(s.relief_min))
        where = ", ".join(vocab_tr(location_label(x)) for x in s.locations)
        second = " · ".join(x for x in (where, eased) if x)
        return (fmt.clock(s.at), f"{s.severity}/10", f"{kind}\n{second}" if second else kind)


class InterventionTableModel(_RecordTable):
    def __init__(self, kind_name: Callable[[str], str], parent=None):
        super().__init__(parent)
        self._kind_name = kind_name

    def headers(self) -> tuple[str, ...]:
        return (tr("Time"), tr("What"), tr("Amount"), tr("For"), tr("Notes"))

    def texts(self, i: Intervention) -> tuple[str, ...]:
        return (fmt.clock(i.at), self._kind_name(i.kind), fmt.amount(i.amount, i.unit),
                fmt.duration(i.duration_min), i.notes.splitlines()[0] if i.notes else "")
