"""The Catalog page: the intervention kinds, built in and the user's own.

Add a kind, rename it, change its category or usual amount, hide or show it. A kind that the
journal uses cannot be deleted (the storage refuses with ``KindInUse``); the page says so
calmly and offers to hide it instead. Every change goes through the service, so Ctrl+Z undoes it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtWidgets import QBoxLayout, QWidget

from quietlegs.domain.records import InterventionKind
from quietlegs.domain.validation import InvalidRecord, first_of_each, slug_for, typed_number
from quietlegs.domain.vocab import CATEGORIES, is_slow_acting_by_default
from quietlegs.services.changes import Change
from quietlegs.storage.errors import KindInUse, StorageError
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.catalog_model import CatalogModel, CatalogProxy
from quietlegs.ui.pages import catalog_layout
from quietlegs.ui.pages.journal_style import apply_journal_look
from quietlegs.ui.translation import field_message
from quietlegs.ui.widgets.accessible import announce_error, describe_error

SIDE_BY_SIDE_WIDTH = 720  # narrower than this (page width), the form sits under the table


class CatalogPage(QWidget):
    def __init__(self, service: JournalService, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogPage")
        apply_journal_look(self)
        self.service = service
        self.editing: InterventionKind | None = None  # None: a new kind

        self.model = CatalogModel(self)
        self.proxy = CatalogProxy(self)
        self.proxy.setSourceModel(self.model)

        catalog_layout.build(self)

        # The catalog shows kinds only: nights and appointments coming and going leave it be.
        self.changes = ChangeListener(self, service, lambda _change: self.reload(), Change.touches_kinds)
        self.reload()
        self.start_new()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        narrow = width < SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)
            self.body.setStretch(0, 3 if not narrow else 1)
            self.body.setStretch(1, 2 if not narrow else 0)
            self.layout().activate()  # arranged before this resize is painted, not one frame later

    # ------------------------------------------------------------------ showing

    def reload(self) -> None:
        slug = self.editing.slug if self.editing else None
        self.model.set_kinds(self.service.journal.kinds())
        if slug is not None:
            self.select(slug)

    def select(self, slug: str) -> None:
        row = self.model.row_of(slug)
        if row < 0:
            self.start_new()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden while hidden kinds are not shown
            self._show_kind(self.model.kind(row))
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_kind(self.model.kind(row))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_kind(self.model.kind(self.proxy.mapToSource(current).row()))

    def start_new(self) -> None:
        """Empty the form for a new kind."""
        self.table.selectionModel().clearSelection()
        self.editing = None
        self.form_title.setText(self.tr("New kind"))
        self.form_note.setText(self.tr("A medication, a habit, anything you want to log."))
        self.name_edit.clear()
        self.category_box.setCurrentIndex(CATEGORIES.index("medication"))
        self.category_box.setEnabled(True)
        self.amount_edit.clear()
        self.unit_edit.clear()
        self._show_slow(None)
        self.hide_button.hide()
        self.delete_button.hide()
        self._clear_messages()
        self.name_edit.setFocus()

    def _show_kind(self, kind: InterventionKind) -> None:
        self.editing = kind
        self.form_title.setText(kind.name)
        note = self.tr("Built in: it can be renamed or hidden, not deleted.") if kind.builtin else \
            self.tr("One of yours.")
        if kind.hidden:
            note += " " + self.tr("Hidden: not offered when logging.")
        self.form_note.setText(note)
        self.name_edit.setText(kind.name)
        self.category_box.setCurrentIndex(max(0, CATEGORIES.index(kind.category) if kind.category in CATEGORIES else 0))
        self.category_box.setEnabled(not kind.builtin)  # a built-in kind keeps its category (FORMAT.md)
        self.amount_edit.setText("" if kind.default_amount is None else QLocale().toString(kind.default_amount, "g", 6))
        self.unit_edit.setText(kind.default_unit or "")
        self._show_slow(kind.slow_acting)
        self.hide_button.show()
        self.hide_button.setText(self.tr("Sho&w") if kind.hidden else self.tr("&Hide"))
        self.delete_button.setVisible(not kind.builtin)
        self._clear_messages()

    def _clear_messages(self) -> None:
        for label in self.errors.values():
            label.hide()
        for field in self.error_fields.values():
            describe_error(field, None)
        self.banner.hide()

    def _show_errors(self, messages: dict[str, str]) -> None:
        names = {"name": self.tr("Name"), "category": self.tr("Category"), "default_amount": self.tr("Usual amount"),
                 "default_unit": self.tr("Unit")}
        for f, label in self.errors.items():
            if f in messages:
                label.setText(f"{names[f]} {field_message(messages[f])}")
                label.show()
            else:
                label.hide()
            describe_error(self.error_fields[f], label.text() if f in messages else None)
        first = next((f for f in self.errors if f in messages), None)
        if first is not None:
            announce_error(self.error_fields[first], self.errors[first].text(), self.errors[first])

    def _slow_by_default(self) -> bool:
        slug = self.editing.slug if self.editing is not None else ""
        return is_slow_acting_by_default(slug, self.category_box.currentData())

    def _show_slow(self, flag: bool | None) -> None:
        self.slow_touched = False
        self.slow_box.setChecked(self._slow_by_default() if flag is None else flag)

    def _slow_chosen(self, _checked: bool) -> None:
        self.slow_touched = True

    def _category_changed(self, _index: int) -> None:
        """Until the person chooses, the box follows the default rule for the category shown."""
        if not self.slow_touched and (self.editing is None or self.editing.slow_acting is None):
            self.slow_box.setChecked(self._slow_by_default())

    def _form_slow(self) -> bool | None:
        """The flag to store: the person's choice once made (or stored before), else None (the
        default rule, which then follows the kind's category)."""
        if self.slow_touched or (self.editing is not None and self.editing.slow_acting is not None):
            return self.slow_box.isChecked()
        return None

    # ------------------------------------------------------------------ changing

    def _form_kind(self) -> tuple[InterventionKind | None, dict[str, str]]:
        """The kind the form describes, or the problems with it by field."""
        errors: dict[str, str] = {}
        name = self.name_edit.text().strip()
        if not name:
            errors["name"] = self.tr("is required")
        elif any(k.name.strip().lower() == name.lower() and (self.editing is None or k.slug != self.editing.slug)
                 for k in self.model.kinds()):
            errors["name"] = self.tr("is already taken by another kind")
        amount = None
        text = self.amount_edit.text().strip()
        if text:
            value, ok = QLocale().toDouble(text)
            if not ok:
                try:  # (strictly: float() would also take 2_5 or 1e308)
                    value, ok = typed_number(text), True
                except ValueError:
                    ok = False
            if not ok:
                errors["default_amount"] = self.tr("must be a number, like 300 or 0.25")
            elif value < 0:
                errors["default_amount"] = self.tr("cannot be negative")
            else:
                amount = value
        if errors:
            return None, errors
        unit = self.unit_edit.text().strip() or None
        category = self.category_box.currentData()
        if self.editing is None:
            slug = slug_for(name, self.model.slugs())
            return InterventionKind(slug, name, category, amount, unit, slow_acting=self._form_slow()), {}
        return replace(self.editing, name=name, category=category, default_amount=amount, default_unit=unit,
                       slow_acting=self._form_slow()), {}

    def save(self) -> None:
        kind, errors = self._form_kind()
        if kind is None:
            self._show_errors(errors)
            return
        try:
            self.service.save_kind(kind)
        except InvalidRecord as exc:
            self._show_errors(first_of_each(exc.errors))
            return
        self.editing = kind
        self.select(kind.slug)

    def toggle_hidden(self) -> None:
        if self.editing is not None:
            self.service.save_kind(replace(self.editing, hidden=not self.editing.hidden))
            self.select(self.editing.slug)

    def delete_current(self) -> None:
        kind = self.editing
        if kind is None:
            return
        if kind.builtin:
            self._refuse(self.tr("%1 is built in, so it cannot be deleted. You can hide it instead.")
                         .replace("%1", kind.name), offer_hide=not kind.hidden)
            return
        try:
            self.service.delete_kind(kind)
        except KindInUse as exc:
            uses = exc.uses
            self._refuse(self.tr("%1 is in your journal (%2), so it cannot be deleted: that would lose those "
                                 "entries. Hide it instead to stop it being offered.")
                         .replace("%1", kind.name)
                         .replace("%2", self.tr("used %n time(s)", "", uses)),
                         offer_hide=not kind.hidden)
            return
        except StorageError as exc:
            self._refuse(str(exc), offer_hide=False)
            return
        self.start_new()

    def _refuse(self, text: str, offer_hide: bool) -> None:
        self.banner_text.setText(text)
        self.banner_hide.setVisible(offer_hide)
        self.banner.show()

    def _hide_after_refusal(self) -> None:
        self.banner.hide()
        if self.editing is not None and not self.editing.hidden:
            self.toggle_hidden()
