"""A table's columns fitted to its width: the column of names shows every name whole and takes
what room is left, and when not every column fits, the less needed ones give way (hide, in the
order given) until the table fits without scrolling sideways (one that gave way early comes back
if it fits once a later one has gone); they come back when there is room.

Used where a table shares half a laptop screen with longer words (German is about a third longer
than English): Qt's own modes either cut the names to "…" (a stretched column gets what the
others leave) or scroll the table sideways (every column as wide as its words)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FittingColumns(QObject):
    def __init__(self, table: QTableView, names: int = 0, give_way: Sequence[int] = ()):
        super().__init__(table)
        self.table, self.names, self.give_way = table, names, tuple(give_way)
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized here, to the words and the room
        table.viewport().installEventFilter(self)  # its width: the window, a scroll bar coming or going
        table.installEventFilter(self)  # a new language, font or style
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.headerDataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit()
        return False

    def need(self, column: int) -> int:
        """The width ``column`` needs for its title and every cell's words on one line."""
        header = self.table.horizontalHeader()
        return max(header.sectionSizeFromContents(column).width(), self.table.sizeHintForColumn(column))

    def fit(self, *_args) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            table, header = self.table, self.table.horizontalHeader()
            count = table.model().columnCount()
            room = table.viewport().width()
            needs = [self.need(c) for c in range(count)]
            shown = list(range(count))
            hidden = []
            for column in self.give_way:
                if sum(needs[c] for c in shown) <= room:
                    break
                shown.remove(column)
                hidden.append(column)
            for column in reversed(hidden[:-1]):  # one that gave way first may fit beside the names now
                if sum(needs[c] for c in shown) + needs[column] <= room:
                    shown.append(column)
            for column in range(count):
                table.setColumnHidden(column, column not in shown)
            others = 0
            for column in shown:
                if column != self.names:
                    header.resizeSection(column, needs[column])
                    others += needs[column]
            # The names take what is left (all of it: no empty strip at the right), never less
            # than Qt's smallest section.
            header.resizeSection(self.names, max(room - others, header.minimumSectionSize()))
        finally:
            self._fitting = False
