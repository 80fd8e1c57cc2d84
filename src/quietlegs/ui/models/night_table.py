"""The nights of the journal as a table: one row per logged night, sortable and searchable.

Sort keys are worked out for every night up front (:func:`row_keys`, which a worker thread may
run), display and search texts too when a worker reads the whole journal (:func:`row_texts`),
else once per night, when it is first drawn or searched, so opening ten years is quick and
scrolling only copies strings. The model keeps its rows in the order
shown and sorts them itself, in Python on plain keys: a proxy sorting 3,000 rows would ask for
them ~80,000 times (a third of a second). Changes arrive as a few nights at a time and become
row inserts, removals, moves and ``dataChanged``, so a view keeps its place and its selection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from quietlegs.domain.vocab import QUALITY_LABELS
from quietlegs.services.night_detail import NightEntry
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.models.journal_index import JournalIndex
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.outcome_colours import swatch
from quietlegs.ui.widgets.plain_text import plain_tip

SORT_ROLE = Qt.ItemDataRole.UserRole
NIGHT_OF_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("night", "in_bed", "final_wake", "total_sleep", "efficiency", "quality", "legs", "symptoms",
           "before_bed")
_NUMERIC = {"total_sleep", "efficiency", "quality", "legs", "symptoms"}


def _headers() -> dict[str, str]:
    return {
        "night": tr("Night of"), "in_bed": tr("In bed"), "final_wake": tr("Woke"),
        "total_sleep": tr("Total sleep"), "efficiency": tr("Efficiency"), "quality": tr("Quality"),
        "legs": tr("Legs"), "symptoms": tr("Symptoms"), "before_bed": tr("Before bed"),
    }


def _before_bed(entry: NightEntry, kind_name: Callable[[str], str]) -> str:
    return ", ".join(sorted({kind_name(i.kind) for i in entry.before_bed}))


def row_keys(entries: Mapping[date, NightEntry], kind_name: Callable[[str], str]) -> dict[date, tuple]:
    """The sort keys of every logged night of ``entries`` (touches no Qt object: a worker thread
    may work them out while the window goes on)."""
    return {d: _row_keys(e, kind_name) for d, e in entries.items() if e.row is not None}


def _row_keys(entry: NightEntry, kind_name: Callable[[str], str]) -> tuple:
    """The sort keys of a logged night's columns (worked out for every night: sorting needs them)."""
    row = entry.row
    night, v = row.night, row.values
    # Sort by clock time of the evening: 00:30 comes after 23:30.
    in_bed_key = (night.in_bed - night.in_bed.replace(hour=12, minute=0, second=0)).total_seconds() % 86400
    wake_key = night.final_wake.hour * 60 + night.final_wake.minute
    return (
        night.night_of.toordinal(), in_bed_key, wake_key, v["total_sleep_min"], v["sleep_efficiency"] or -1.0,
        night.quality or 0, -1 if night.legs_severity is None else night.legs_severity, len(entry.symptoms),
        _before_bed(entry, kind_name).lower(),
    )


def row_texts(entries: Mapping[date, NightEntry], kind_name: Callable[[str], str]) -> dict[date, tuple[tuple, str]]:
    """The display and search texts of every logged night of ``entries``, worked out ahead (on a
    worker thread, with the keys), so that the first search of ten years is not the one that
    builds them all (about 80 ms of a keystroke)."""
    return {d: _row_texts(e, kind_name) for d, e in entries.items() if e.row is not None}


def _row_texts(entry: NightEntry, kind_name: Callable[[str], str]) -> tuple[tuple, str]:
    """(display texts, search text) of a logged night."""
    row = entry.row
    night, v = row.night, row.values
    quality = "" if night.quality is None else f"{night.quality} · {vocab_tr(QUALITY_LABELS[night.quality])}"
    legs = "" if night.legs_severity is None else f"{night.legs_severity}/10"
    symptoms = len(entry.symptoms)
    display = (
        fmt.night_label(night.night_of), fmt.clock(night.in_bed), fmt.clock(night.final_wake),
        fmt.duration(v["total_sleep_min"]),
        "" if v["sleep_efficiency"] is None else f"{v['sleep_efficiency']:.0f}%",
        quality, legs, str(symptoms) if symptoms else "", _before_bed(entry, kind_name),
    )
    search = " ".join((*display, night.notes)).lower()
    return display, search


class NightTableModel(QAbstractTableModel):
    """Logged nights in the order shown: by the column and order of :meth:`sort` (by night,
    oldest first, until told otherwise)."""

    def __init__(self, index: JournalIndex, parent=None):
        super().__init__(parent)
        self._index = index
        self._headers = _headers()
        self._dates: list[date] = []  # in the order shown
        self._row: dict[date, int] = {}  # night_of -> its row in _dates
        self._keys: dict[date, tuple] = {}
        self._texts: dict[date, tuple[tuple, str]] = {}  # filled as rows are drawn or searched
        self._colour_of = None  # night_of -> QColor: the chosen outcome's colour beside the date
        self._sort_column, self._sort_order = 0, Qt.SortOrder.AscendingOrder

    def set_colour_of(self, colour_of, announce: bool = True) -> None:
        """Colour each night's date by ``colour_of(night_of)`` (the calendar's outcome colours);
        ``announce=False`` when a :meth:`reload` follows at once (it tells the views anyway)."""
        self._colour_of = colour_of
        if self._dates and announce:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._dates) - 1, 0),
                                  [Qt.ItemDataRole.DecorationRole])

    # ------------------------------------------------------------ order

    def _key(self, d: date) -> tuple:
        """What rows are ordered by: the sort column's key, then the night (no two rows tie)."""
        return self._keys[d][self._sort_column], d

    def _ordered(self, dates) -> list[date]:
        return sorted(dates, key=self._key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _position_for(self, d: date) -> int:
        """Where night ``d`` (not in the rows now) belongs in the order shown."""
        key, descending = self._key(d), self._sort_order == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._dates)
        while lo < hi:
            mid = (lo + hi) // 2
            other = self._key(self._dates[mid])
            if (other > key) if descending else (other < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _renumber(self, first: int = 0) -> None:
        for row in range(first, len(self._dates)):
            self._row[self._dates[row]] = row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (by night among equals), keeping every view's selection."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        if not self._dates:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_dates = [self._dates[i.row()] for i in old]
        self._dates = self._ordered(self._dates)
        self._renumber()
        self.changePersistentIndexList(old, [self.index(self._row[d], i.column()) for d, i in zip(old_dates, old)])
        self.layoutChanged.emit()

    # ------------------------------------------------------------ filling

    def reload(self, keys: dict[date, tuple] | None = None, texts: dict[date, tuple[tuple, str]] | None = None) -> None:
        """Take every night of the index afresh; ``keys`` and ``texts``: their :func:`row_keys`
        and :func:`row_texts`, if already worked out (on a worker thread)."""
        self.beginResetModel()
        if keys is None:
            keys = row_keys(self._index.entries, self._index.kind_name)
        self._keys = keys
        self._dates = self._ordered(keys)
        self._row = {}
        self._renumber()
        self._texts = dict(texts) if texts is not None else {}
        self.endResetModel()

    def apply_changes(self, changes: dict[date, tuple[NightEntry | None, NightEntry | None]]) -> None:
        """Turn changed nights (see :meth:`JournalIndex.reload_nights`) into row changes."""
        for d, (_old, new) in sorted(changes.items()):
            pos = self._row.get(d, -1)
            logged = new is not None and new.row is not None
            if pos >= 0 and not logged:
                self.beginRemoveRows(QModelIndex(), pos, pos)
                del self._dates[pos], self._row[d], self._keys[d]
                self._texts.pop(d, None)
                self._renumber(pos)
                self.endRemoveRows()
            elif logged and pos < 0:
                self._keys[d] = _row_keys(new, self._index.kind_name)
                pos = self._position_for(d)
                self.beginInsertRows(QModelIndex(), pos, pos)
                self._dates.insert(pos, d)
                self._renumber(pos)
                self.endInsertRows()
            elif logged:
                self._keys[d] = _row_keys(new, self._index.kind_name)
                self._texts.pop(d, None)
                self._move_into_place(d, pos)

    def _move_into_place(self, d: date, pos: int) -> None:
        """Night ``d`` at row ``pos`` changed: move it where its new keys put it, and redraw it."""
        del self._dates[pos]
        to = self._position_for(d)
        self._dates.insert(pos, d)
        if to != pos:
            self.beginMoveRows(QModelIndex(), pos, pos, QModelIndex(), to + 1 if to > pos else to)
            del self._dates[pos]
            self._dates.insert(to, d)
            self._renumber(min(pos, to))
            self.endMoveRows()
        self.dataChanged.emit(self.index(to, 0), self.index(to, len(COLUMNS) - 1))

    def refresh_kind_names(self) -> None:
        """Kinds were renamed: the "Before bed" texts (and their order) change, nothing else."""
        self._keys = row_keys(self._index.entries, self._index.kind_name)
        self._texts = {}
        if self._dates:
            col = COLUMNS.index("before_bed")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._dates) - 1, col))
            if self._sort_column == col:
                self.sort(self._sort_column, self._sort_order)

    # ------------------------------------------------------------ reading

    def row_of(self, night_of: date) -> int:
        return self._row.get(night_of, -1)

    def night_of(self, row: int) -> date:
        return self._dates[row]

    def latest_night(self) -> date | None:
        """The newest logged night, whatever the order shown."""
        return max(self._row) if self._row else None

    def _texts_of(self, d: date) -> tuple[tuple, str]:
        texts = self._texts.get(d)
        if texts is None:
            entry = self._index.entries.get(d)
            if entry is None or entry.row is None:  # its diary is going (views ask while it goes)
                return ("",) * len(COLUMNS), ""
            texts = self._texts[d] = _row_texts(entry, self._index.kind_name)
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
            return swatch(self._colour_of(d))  # the calendar's tile, with its rim (reads in dark too)
        if role == SEARCH_ROLE:
            return self._texts_of(d)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[col] in _NUMERIC or COLUMNS[col] in ("in_bed", "final_wake"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[col] == "night":
            entry = self._index.entries.get(d)
            return plain_tip(entry.row.night.notes) if entry is not None and entry.row is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return self._headers[COLUMNS[section]]
        return super().headerData(section, orientation, role)


class NightFilterProxy(QSortFilterProxyModel):
    """Keeps the nights whose texts or notes hold every search word, in the source's order;
    asked to sort, it has the source sort itself (see the module's note).

    The search is Qt's own filter (a regular expression over :data:`SEARCH_ROLE`), not a Python
    ``filterAcceptsRow``: with no search words Qt then keeps every row without asking Python
    about each of 3,000 rows whenever the rows are reset or reordered.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)

    def set_search(self, text: str) -> None:
        words = text.lower().split()
        pattern = "".join(f"(?=.*{QRegularExpression.escape(w)})" for w in words)
        self.setFilterRegularExpression(QRegularExpression(
            "^" + pattern if words else "", QRegularExpression.PatternOption.DotMatchesEverythingOption))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
