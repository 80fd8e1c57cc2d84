"""The Catalog page: the intervention kinds, built in and the user's own.

Add a kind, rename it, change its category or usual amount, hide or show it. A kind that the
journal uses cannot be deleted (the storage refuses with ``KindInUse``); the page says so
calmly and offers to hide it instead. Every change goes through the service, so Ctrl+Z undoes it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.records import InterventionKind
from quietlegs.domain.validation import InvalidRecord, first_of_each, slug_for, typed_number
from quietlegs.domain.vocab import CATEGORIES, CATEGORY_LABELS, is_slow_acting_by_default
from quietlegs.services.changes import Change
from quietlegs.storage.errors import KindInUse, StorageError
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.dialogs.experiment_dialog import plan_experiment
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.catalog_model import CatalogModel, CatalogProxy
from quietlegs.ui.pages.journal_style import JOURNAL_STYLE
from quietlegs.ui.widgets.look import rows_to_pick
from quietlegs.ui.widgets.plain_text import plain_label

FIELDS = ("name", "category", "default_amount", "default_unit")
SIDE_BY_SIDE_WIDTH = 720  # narrower than this (page width), the form sits under the table


class CatalogPage(QWidget):
    def __init__(self, service: JournalService, parent=None):
        super().__init__(parent)
        self.setObjectName("catalogPage")
        self.setStyleSheet(JOURNAL_STYLE)
        self.service = service
        self.editing: InterventionKind | None = None  # None: a new kind

        self.model = CatalogModel(self)
        self.proxy = CatalogProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Catalog"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("What you do, take or meet: the kinds you can log as interventions."))
        intro.setObjectName("hint")
        self.show_hidden = QCheckBox(self.tr("Show &hidden kinds"))
        self.show_hidden.setChecked(True)
        self.show_hidden.toggled.connect(self.proxy.set_show_hidden)
        self.new_button = QPushButton(self.tr("&New kind"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self.start_new)
        # The title with its explanation beneath (wrapping), the page's controls on the right:
        # nothing here needs more width than half a laptop screen.
        intro.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(intro)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(titles, 1)
        top.addWidget(self.show_hidden, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = self._build_table()
        self.form_frame = self._build_form()
        # Side by side when there is room; the form goes under the table in a narrow window.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.table, 3)
        self.body.addWidget(self.form_frame, 2)
        body = self.body

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        # The catalog shows kinds only: nights and appointments coming and going leave it be.
        self.changes = ChangeListener(self, service, lambda _change: self.reload(), Change.touches_kinds)
        self.reload()
        self.start_new()

    # ------------------------------------------------------------------ building

    def _build_table(self) -> QTableView:
        t = QTableView()
        t.setObjectName("kindsTable")
        t.setModel(self.proxy)
        rows_to_pick(t)
        t.setShowGrid(False)
        t.setAlternatingRowColors(True)
        t.setSortingEnabled(True)
        t.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(30)
        h = t.horizontalHeader()
        h.setHighlightSections(False)
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.selectionModel().currentRowChanged.connect(self._row_changed)
        delete = QAction(self.tr("Delete kind"), t)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        t.addAction(delete)
        return t

    def _build_form(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("figures")
        grid = QGridLayout(frame)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setVerticalSpacing(4)
        self.form_title = plain_label()  # a kind's name: the person's words
        self.form_title.setObjectName("nightTitle")
        self.form_note = plain_label()
        self.form_note.setObjectName("hint")
        self.form_note.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.category_box = QComboBox()
        for c in CATEGORIES:
            self.category_box.addItem(self.tr(CATEGORY_LABELS[c]), c)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("optional, e.g. 300"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText(self.tr("optional, e.g. mg"))
        self.errors = {f: plain_label() for f in FIELDS}
        for label in self.errors.values():
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
        editors = {"name": self.name_edit, "category": self.category_box, "default_amount": self.amount_edit,
                   "default_unit": self.unit_edit}
        titles = {"name": self.tr("&Name"), "category": self.tr("C&ategory"),
                  "default_amount": self.tr("Usual &amount"), "default_unit": self.tr("&Unit")}
        grid.addWidget(self.form_title, 0, 0, 1, 2)
        grid.addWidget(self.form_note, 1, 0, 1, 2)
        row = 2
        for f in FIELDS:
            label = QLabel(titles[f])
            label.setBuddy(editors[f])
            grid.addWidget(label, row, 0)
            grid.addWidget(editors[f], row, 1)
            grid.addWidget(self.errors[f], row + 1, 1)
            row += 2
        for edit in (self.name_edit, self.amount_edit, self.unit_edit):
            edit.returnPressed.connect(self.save)
        # Whether Insights judges the kind by weeks of use; unticked by hand or not, the box shows
        # what the analysis will do (the default rule until the person chooses).
        self.slow_box = QCheckBox(self.tr("Acts s&lowly (judge it over weeks)"))
        self.slow_box.setToolTip(self.tr(
            "For remedies that build up over weeks, like iron or many medications. Insights then also "
            "compares nights by how often you took it over the last four weeks, not only by whether "
            "you took it that evening."))
        self.slow_box.clicked.connect(self._slow_chosen)  # (clicked: by the person, not by the form)
        self.slow_touched = False
        self.category_box.currentIndexChanged.connect(self._category_changed)
        grid.addWidget(self.slow_box, row, 1)
        row += 1

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.hide_button)
        self.experiment_button = QPushButton(self.tr("E&xperiment…"))  # a self-experiment with the kind shown
        self.experiment_button.setToolTip(self.tr("Plan a self-experiment: nights on and off this kind, in random order"))
        self.experiment_button.clicked.connect(lambda: plan_experiment(self, self.service, self.editing))
        buttons.addWidget(self.experiment_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        grid.addLayout(buttons, row, 0, 1, 2)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        b = QHBoxLayout(self.banner)
        self.banner_text = plain_label()  # names the kind
        self.banner_text.setWordWrap(True)
        self.banner_hide = QPushButton(self.tr("Hide it instead"))
        self.banner_hide.clicked.connect(self._hide_after_refusal)
        b.addWidget(self.banner_text, 1)
        b.addWidget(self.banner_hide)
        self.banner.hide()
        grid.addWidget(self.banner, row + 1, 0, 1, 2)
        grid.setRowStretch(row + 2, 1)
        grid.setColumnStretch(1, 1)
        return frame

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
        self.banner.hide()

    def _show_errors(self, messages: dict[str, str]) -> None:
        names = {"name": self.tr("Name"), "category": self.tr("Category"), "default_amount": self.tr("Usual amount"),
                 "default_unit": self.tr("Unit")}
        for f, label in self.errors.items():
            if f in messages:
                label.setText(f"{names[f]} {self.tr(messages[f])}")
                label.show()
            else:
                label.hide()

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
                         .replace("%2", self.tr("used once") if uses == 1 else
                                  self.tr("used %1 times").replace("%1", str(uses))),
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
