"""The frame every entry dialog shares: a grid of labelled fields with messages beside them,
Save and Cancel, Enter saves, and a message above the fields for what has no field of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.validation import FieldError, InvalidRecord, first_of_each
from quietlegs.storage.errors import StorageError
from quietlegs.ui.widgets.accessible import announce_error, describe_error
from quietlegs.ui.widgets.look import FieldMessage, apply_look, sentence
from quietlegs.ui.widgets.narrow_layouts import FittingScrollArea
from quietlegs.ui.window_state import FitOnFirstShow


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        apply_look(self)
        self.labels: dict[str, str] = {}
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(12)
        fields = QWidget()  # scrolled where the screen is too small for them (2× scale)
        inner = QVBoxLayout(fields)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        self.general_message = FieldMessage()
        inner.addWidget(self.general_message)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(1, 320)  # room for a message beside a field
        inner.addLayout(self.grid)
        inner.addStretch(1)
        outer.addWidget(FittingScrollArea(fields), 1)
        FitOnFirstShow(self)  # its whole size, or the screen's room
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._row = 0

    def add_field(self, name: str, label: str, editor: QWidget, align_top: bool = False) -> QWidget:
        """Add ``editor`` under ``label``'s name; its message shows right beneath it."""
        text = QLabel(label)
        text.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", ""))
        flags = Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignTop if align_top else Qt.AlignmentFlag.AlignVCenter)
        if align_top:
            text.setContentsMargins(0, 4, 0, 0)
        self.grid.addWidget(text, self._row, 0, flags)
        self.grid.addWidget(editor, self._row, 1)
        message = FieldMessage()
        self.grid.addWidget(message, self._row + 1, 1)
        self._row += 2
        self.labels[name] = label.replace("&", "")
        self.fields[name] = editor
        self.messages[name] = message
        return editor

    def save_and_accept(self, record, errors: list[FieldError], save) -> None:
        """Save ``record`` with ``save()`` unless ``errors``; on success close, else say why."""
        if not errors:
            try:
                save()
            except InvalidRecord as exc:  # the journal's own checks (an overlap, say)
                errors = exc.errors
            except StorageError as exc:
                self.general_message.show_message(str(exc))
                return
        if errors:
            self.show_errors(errors)
            return
        self.saved = record
        QDialog.accept(self)

    def show_errors(self, errors: list[FieldError]) -> None:
        shown = first_of_each(errors)
        texts: dict[int, list[str]] = {}
        for name, message in self.messages.items():  # two fields may share one message line
            text = shown.pop(name, None)
            texts.setdefault(id(message), [])
            if text:
                texts[id(message)].append(sentence(self.labels[name], text))
        for message in {id(m): m for m in self.messages.values()}.values():
            message.show_message(" ".join(texts[id(message)]) or None)
        self.general_message.show_message(" ".join(f"{k}: {v}." for k, v in shown.items()) or None)
        for name, field in self.fields.items():  # read with the field by a screen reader
            describe_error(field, self.messages[name].text() if self.messages[name].isVisibleTo(self) else None)
        first = next((e.field for e in errors if e.field in self.fields), None)
        if first is not None:
            announce_error(self.fields[first], self.messages[first].text(), self.messages[first])
