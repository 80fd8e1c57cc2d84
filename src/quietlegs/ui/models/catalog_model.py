"""The catalog of intervention kinds as a table: built in and the user's own, hidden ones greyed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from quietlegs.domain.records import InterventionKind
from quietlegs.domain.vocab import CATEGORIES, CATEGORY_LABELS
from quietlegs.ui.colours import dim_text
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.models.formatting import shown_name
from quietlegs.ui.translation import tr, vocab_tr

KIND_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._kinds: list[InterventionKind] = []

    def headers(self) -> tuple[str, ...]:
        return (tr("Name"), tr("Category"), tr("Usual amount"), tr("Source"))

    def set_kinds(self, kinds: list[InterventionKind]) -> None:
        self.beginResetModel()
        self._kinds = list(kinds)
        self.endResetModel()

    def kind(self, row: int) -> InterventionKind:
        return self._kinds[row]

    def row_of(self, slug: str) -> int:
        return next((i for i, k in enumerate(self._kinds) if k.slug == slug), -1)

    def kinds(self) -> list[InterventionKind]:
        return list(self._kinds)

    def slugs(self) -> set[str]:
        return {k.slug for k in self._kinds}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._kinds)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._kinds)) or not (0 <= index.column() < 4):
            return None
        k, col = self._kinds[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return tr("%1 (hidden)").replace("%1", shown_name(k)) if k.hidden else shown_name(k)
            if col == 1:
                return vocab_tr(CATEGORY_LABELS.get(k.category, k.category))
            if col == 2:
                return fmt.amount(k.default_amount, k.default_unit)
            return tr("Built in") if k.builtin else tr("Yours")
        if role == SORT_ROLE:
            order = CATEGORIES.index(k.category) if k.category in CATEGORIES else len(CATEGORIES)
            name = shown_name(k).lower()  # sorted as shown
            return (name, f"{order:02d}{name}", k.default_amount or 0.0, f"{int(k.builtin)}{name}")[col]
        if role == KIND_ROLE:
            return k
        if role == Qt.ItemDataRole.ForegroundRole and k.hidden:
            return dim_text()  # quieter than the shown kinds, still ≥ 4.5:1 (light and dark)
        if role == Qt.ItemDataRole.FontRole and k.hidden:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.headers()[section]
        return super().headerData(section, orientation, role)


class CatalogProxy(QSortFilterProxyModel):
    """Sorted by category then name; hidden kinds only when asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._show_hidden = True

    def set_show_hidden(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_hidden = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._show_hidden:
            return True
        return not self.sourceModel().kind(source_row).hidden
