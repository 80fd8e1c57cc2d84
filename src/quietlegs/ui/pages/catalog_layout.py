"""How the Catalog page is laid out: its title and controls, the table of kinds, and the form of
the kind shown beside it (or under it, in a narrow window), each connected to the page's slots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from quietlegs.domain.vocab import CATEGORIES, CATEGORY_LABELS
from quietlegs.ui.dialogs.experiment_dialog import plan_experiment
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.fitting_columns import FittingColumns
from quietlegs.ui.widgets.look import rows_to_pick
from quietlegs.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from quietlegs.ui.pages.catalog_page import CatalogPage

FIELDS = ("name", "category", "default_amount", "default_unit")


def build(page: CatalogPage) -> None:
    """Make the page's widgets and lay them out."""
    title = QLabel(tr("Catalog"))
    title.setObjectName("pageTitle")
    intro = QLabel(tr("What you do, take or meet: the kinds you can log as interventions."))
    intro.setObjectName("hint")
    page.show_hidden = QCheckBox(tr("Show &hidden kinds"))
    page.show_hidden.setChecked(True)
    page.show_hidden.toggled.connect(page.proxy.set_show_hidden)
    page.new_button = QPushButton(tr("&New kind"))
    page.new_button.setShortcut(QKeySequence.StandardKey.New)
    page.new_button.clicked.connect(page.start_new)
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
    top.addWidget(page.show_hidden, 0, Qt.AlignmentFlag.AlignTop)
    top.addWidget(page.new_button, 0, Qt.AlignmentFlag.AlignTop)

    page.table = _table(page)
    page.form_frame = _form(page)
    # Side by side when there is room; the form goes under the table in a narrow window.
    page.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    page.body.setSpacing(16)
    page.body.addWidget(page.table, 3)
    page.body.addWidget(page.form_frame, 2)
    body = page.body

    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(12)
    layout.addLayout(top)
    layout.addLayout(body, 1)


def _table(page: CatalogPage) -> QTableView:
    """The kinds in a sortable table; the Delete key deletes the one picked."""
    t = QTableView()
    t.setObjectName("kindsTable")
    t.setAccessibleName(tr("Kinds"))
    t.setModel(page.proxy)
    rows_to_pick(t)
    t.setShowGrid(False)
    t.setAlternatingRowColors(True)
    t.setSortingEnabled(True)
    t.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(30)
    h = t.horizontalHeader()
    h.setHighlightSections(False)
    # Every name whole; in too little room (half a laptop screen, longer words) the source, then
    # the usual amount give way (the form beside or under the table shows both).
    t.fitting_columns = FittingColumns(t, names=0, give_way=(3, 2))
    t.selectionModel().currentRowChanged.connect(page._row_changed)
    delete = QAction(tr("Delete kind"), t)
    delete.setShortcut(QKeySequence.StandardKey.Delete)
    delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete.triggered.connect(page.delete_current)
    t.addAction(delete)
    return t

def _form(page: CatalogPage) -> QFrame:
    """The kind shown: its fields with their messages, the slow-acting box, the buttons, and the
    banner offering to hide a kind that cannot be deleted."""
    frame = QFrame()
    frame.setObjectName("figures")
    grid = QGridLayout(frame)
    grid.setContentsMargins(16, 14, 16, 14)
    grid.setVerticalSpacing(4)
    page.form_title = plain_label()  # a kind's name: the person's words
    page.form_title.setObjectName("nightTitle")
    page.form_note = plain_label()
    page.form_note.setObjectName("hint")
    page.form_note.setWordWrap(True)
    page.name_edit = QLineEdit()
    page.name_edit.setMaxLength(80)
    page.category_box = QComboBox()
    for c in CATEGORIES:
        page.category_box.addItem(vocab_tr(CATEGORY_LABELS[c]), c)
    page.amount_edit = QLineEdit()
    page.amount_edit.setPlaceholderText(tr("optional, e.g. 300"))
    page.unit_edit = QLineEdit()
    page.unit_edit.setMaxLength(20)
    page.unit_edit.setPlaceholderText(tr("optional, e.g. mg"))
    page.errors = {f: plain_label() for f in FIELDS}
    for label in page.errors.values():
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
    editors = {"name": page.name_edit, "category": page.category_box, "default_amount": page.amount_edit,
               "default_unit": page.unit_edit}
    page.error_fields = editors  # where a refused save moves the focus (and a screen reader)
    titles = {"name": tr("&Name"), "category": tr("C&ategory"),
              "default_amount": tr("Usual &amount"), "default_unit": tr("&Unit")}
    grid.addWidget(page.form_title, 0, 0, 1, 2)
    grid.addWidget(page.form_note, 1, 0, 1, 2)
    row = 2
    for f in FIELDS:
        label = QLabel(titles[f])
        label.setBuddy(editors[f])
        grid.addWidget(label, row, 0)
        grid.addWidget(editors[f], row, 1)
        grid.addWidget(page.errors[f], row + 1, 1)
        row += 2
    for edit in (page.name_edit, page.amount_edit, page.unit_edit):
        edit.returnPressed.connect(page.save)
    # Whether Insights judges the kind by weeks of use; unticked by hand or not, the box shows
    # what the analysis will do (the default rule until the person chooses).
    page.slow_box = QCheckBox(tr("Acts s&lowly (judge it over weeks)"))
    page.slow_box.setToolTip(tr(
        "For remedies that build up over weeks, like iron or many medications. Insights then also "
        "compares nights by how often you took it over the last four weeks, not only by whether "
        "you took it that evening."))
    page.slow_box.clicked.connect(page._slow_chosen)  # (clicked: by the person, not by the form)
    page.slow_touched = False
    page.category_box.currentIndexChanged.connect(page._category_changed)
    grid.addWidget(page.slow_box, row, 1)
    row += 1

    page.save_button = QPushButton(tr("&Save"))
    page.save_button.setDefault(True)
    page.save_button.clicked.connect(page.save)
    page.hide_button = QPushButton()
    page.hide_button.clicked.connect(page.toggle_hidden)
    page.delete_button = QPushButton(tr("&Delete"))
    page.delete_button.clicked.connect(page.delete_current)
    buttons = QHBoxLayout()
    buttons.addWidget(page.save_button)
    buttons.addWidget(page.hide_button)
    page.experiment_button = QPushButton(tr("E&xperiment…"))  # a page-experiment with the kind shown
    page.experiment_button.setToolTip(tr("Plan a page-experiment: nights on and off this kind, in random order"))
    page.experiment_button.clicked.connect(lambda: plan_experiment(page, page.service, page.editing))
    buttons.addWidget(page.experiment_button)
    buttons.addStretch(1)
    buttons.addWidget(page.delete_button)
    grid.addLayout(buttons, row, 0, 1, 2)

    page.banner = QFrame()
    page.banner.setObjectName("banner")
    b = QHBoxLayout(page.banner)
    page.banner_text = plain_label()  # names the kind
    page.banner_text.setWordWrap(True)
    page.banner_hide = QPushButton(tr("Hide it instead"))
    page.banner_hide.clicked.connect(page._hide_after_refusal)
    b.addWidget(page.banner_text, 1)
    b.addWidget(page.banner_hide)
    page.banner.hide()
    grid.addWidget(page.banner, row + 1, 0, 1, 2)
    grid.setRowStretch(row + 2, 1)
    grid.setColumnStretch(1, 1)
    return frame
