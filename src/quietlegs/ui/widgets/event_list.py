"""A card listing one night's symptoms or interventions, with Add, Edit and Delete.

Enter or a double-click edits the chosen row; Delete removes it (Ctrl+Z brings it back).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from quietlegs.ui.models.event_table_model import EventTableModel
from quietlegs.ui.widgets.look import card, hint, rows_to_pick

ROW_PADDING = (2, 4)  # px beside and above/below a row's words: a list of times reads more calmly spaced


class _SpacedRows(QStyledItemDelegate):
    """Each row's words with a little room round them, the row's selection filling it all. (Done
    here, not by a style sheet's ``::item { padding }``: a sheet on a table makes Qt polish and
    paint it through its style-sheet style, ~2 ms a table on the way to a usable Today. Nothing
    here reads the option's state: that loads QStyle's 600 names, ~5 ms.)"""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        across, down = ROW_PADDING
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(across, 0, -across, 0)  # words wrap within the room left
        size = super().sizeHint(inner, index)
        return QSize(size.width() + 2 * across, size.height() + 2 * down)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        across, down = ROW_PADDING
        view = self.parent()
        if view.selectionModel().isSelected(index):  # the selection's colour under the room too
            group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
            painter.fillRect(option.rect, option.palette.brush(group, QPalette.ColorRole.Highlight))
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(across, down, -across, -down)
        super().paint(painter, inner, index)


class EventList(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, title: str, model: EventTableModel, add_text: str, empty_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        frame, layout = card(title)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.view = QTableView()
        self.view.setObjectName("events")
        self._rows = _SpacedRows(self.view)
        self.view.setItemDelegate(self._rows)
        self.view.setModel(model)
        self.view.setAccessibleName(title)
        rows_to_pick(self.view)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setWordWrap(True)  # a symptom's details may take two lines; never cut short
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(120)
        self.view.doubleClicked.connect(lambda index: self.edit_requested.emit(model.record(index.row())))
        self.view.installEventFilter(self)
        self.empty = hint(empty_text)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(add_text)
        self.edit_button = QToolButton()
        self.edit_button.setText(self.tr("Edit"))
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete (Ctrl+Z brings it back)"))
        for b in (self.edit_button, self.delete_button):
            b.setAutoRaise(True)
            b.setMinimumHeight(28)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    def current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _edit_current(self) -> None:
        record = self.current()
        if record is not None:
            self.edit_requested.emit(record)

    def _delete_current(self) -> None:
        record = self.current()
        if record is not None:
            self.delete_requested.emit(record)

    def _update_buttons(self, *_args) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _after_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_buttons()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete_current()
                return True
        return False
