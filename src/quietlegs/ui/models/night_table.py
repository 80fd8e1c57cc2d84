"""The nights of the journal as a table: one row per logged night, sortable and searchable.

Sort keys are worked out for every night up front; display and search texts once per night,
when it is first drawn or searched, so opening ten years is quick and scrolling only copies
strings. Changes arrive as a few nights at a time and become row inserts, removals and
``dataChanged``, so a view keeps its place and its selection.
"""

from __future__ import annotations

import bisect
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from quietlegs.domain.vocab import QUALITY_LABELS
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.models.journal_index import JournalIndex, NightEntry

SORT_ROLE = Qt.ItemDataRole.UserRole
NIGHT_OF_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("night", "in_bed", "final_wake", "total_sleep", "efficiency", "quality", "legs", "symptoms",
           "before_bed")
_NUMERIC = {"total_sleep", "efficiency", "quality", "legs", "symptoms"}


def _headers() -> dict[str, str]:
    return {
        "night": fmt.tr("Night of"), "in_bed": fmt.tr("In bed"), "final_wake": fmt.tr("Woke"),
        "total_sleep": fmt.tr("Total sleep"), "efficiency": fmt.tr("Efficiency"), "quality": fmt.tr("Quality"),
        "legs": fmt.tr("Legs"), "symptoms": fmt.tr("Symptoms"), "before_bed": fmt.tr("Before bed"),
    }


def _before_bed(entry: NightEntry, index: JournalIndex) -> str:
    return ", ".join(sorted({index.kind_name(i.kind) for i in entry.before_bed}))


def _row_keys(entry: NightEntry, index: JournalIndex) -> tuple:
    """The sort keys of a logged night's columns (worked out for every night: sorting needs them)."""
    row = entry.row
    night, v = row.night, row.values
    # Sort by clock time of the evening: 00:30 comes after 23:30.
    in_bed_key = (night.in_bed - night.in_bed.replace(hour=12, minute=0, second=0)).total_seconds() % 86400
    wake_key = night.final_wake.hour * 60 + night.final_wake.minute
    return (
        night.night_of.toordinal(), in_bed_key, wake_key, v["total_sleep_min"], v["sleep_efficiency"] or -1.0,
        night.quality or 0, -1 if night.legs_severity is None else night.legs_severity, len(entry.symptoms),
        _before_bed(entry, index).lower(),
    )


def _row_texts(entry: NightEntry, index: JournalIndex) -> tuple[tuple, str]:
    """(display texts, search text) of a logged night (worked out when a row is first drawn or searched)."""
    row = entry.row
    night, v = row.night, row.values
    quality = "" if night.quality is None else f"{night.quality} · {fmt.tr(QUALITY_LABELS[night.quality])}"
    legs = "" if night.legs_severity is None else f"{night.legs_severity}/10"
    symptoms = len(entry.symptoms)
    display = (
        fmt.night_label(night.night_of), fmt.clock(night.in_bed), fmt.clock(night.final_wake),
        fmt.duration(v["total_sleep_min"]),
        "" if v["sleep_efficiency"] is None else f"{v['sleep_efficiency']:.0f}%",
        quality, legs, str(symptoms) if symptoms else "", _before_bed(entry, index),
    )
    search = " ".join((*display, night.notes)).lower()
    return display, search


class NightTableModel(QAbstractTableModel):
    """Logged nights, oldest first (a proxy sorts them for the view)."""

    def __init__(self, index: JournalIndex, parent=None):
        super().__init__(parent)
        self._index = index
        self._headers = _headers()
        self._dates: list[date] = []
        self._keys: dict[date, tuple] = {}
        self._texts: dict[date, tuple[tuple, str]] = {}  # filled as rows are drawn or searched
        self._colour_of = None  # night_of -> QColor: the chosen outcome's colour beside the date

    def set_colour_of(self, colour_of) -> None:
        """Colour each night's date by ``colour_of(night_of)`` (the calendar's outcome colours)."""
        self._colour_of = colour_of
        if self._dates:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._dates) - 1, 0),
                                  [Qt.ItemDataRole.DecorationRole])

    # ------------------------------------------------------------ filling

    def reload(self) -> None:
        """Take every night of the index afresh."""
        self.beginResetModel()
        entries = self._index.entries
        self._dates = sorted(d for d, e in entries.items() if e.row is not None)
        self._keys = {d: _row_keys(entries[d], self._index) for d in self._dates}
        self._texts = {}
        self.endResetModel()

    def apply_changes(self, changes: dict[date, tuple[NightEntry | None, NightEntry | None]]) -> None:
        """Turn changed nights (see :meth:`JournalIndex.reload_nights`) into row changes."""
        for d, (_old, new) in sorted(changes.items()):
            pos = bisect.bisect_left(self._dates, d)
            present = pos < len(self._dates) and self._dates[pos] == d
            logged = new is not None and new.row is not None
            if present and not logged:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._dates[pos]
                del self._keys[d]
                self._texts.pop(d, None)
                self.endRemoveRows()
            elif logged and not present:
                self.beginInsertRows(QModelIndex(), pos, pos)
                self._dates.insert(pos, d)
                self._keys[d] = _row_keys(new, self._index)
                self.endInsertRows()
            elif logged:
                self._keys[d] = _row_keys(new, self._index)
                self._texts.pop(d, None)
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))

    def refresh_kind_names(self) -> None:
        """Kinds were renamed: the "Before bed" texts change, nothing else."""
        entries = self._index.entries
        self._keys = {d: _row_keys(entries[d], self._index) for d in self._dates}
        self._texts = {}
        if self._dates:
            col = COLUMNS.index("before_bed")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._dates) - 1, col))

    # ------------------------------------------------------------ reading

    def row_of(self, night_of: date) -> int:
        pos = bisect.bisect_left(self._dates, night_of)
        return pos if pos < len(self._dates) and self._dates[pos] == night_of else -1

    def night_of(self, row: int) -> date:
        return self._dates[row]

    def _texts_of(self, d: date) -> tuple[tuple, str]:
        texts = self._texts.get(d)
        if texts is None:
            texts = self._texts[d] = _row_texts(self._index.entries[d], self._index)
        return texts

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._dates)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._dates) and 0 <= col < len(COLUMNS)):
            return None
        d = self._dates[row]
        if role == SORT_ROLE:
            return self._keys[d][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(d)[0][col]
        if role == NIGHT_OF_ROLE:
            return d
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and self._colour_of is not None:
            return self._colour_of(d)
        if role == SEARCH_ROLE:
            return self._texts_of(d)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[col] in _NUMERIC or COLUMNS[col] in ("in_bed", "final_wake"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[col] == "night":
            notes = self._index.entries[d].row.night.notes
            return notes or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section]]
        return super().headerData(section, orientation, role)


class NightFilterProxy(QSortFilterProxyModel):
    """Sorts by the raw values and keeps the nights whose texts or notes hold the search words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().data(self.sourceModel().index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(w in text for w in self._words)
