"""Building the Journal page's parts: its toolbar, table, calendar, body, shortcuts, empty state.

Plain construction, kept apart from the page's behaviour (journal_page.py). Each function
sets the widgets it makes as attributes of ``page`` and connects them to its slots.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.ui.models.night_table import COLUMNS
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.look import rows_to_pick
from quietlegs.ui.widgets.narrow_layouts import TurningSplitter, TwoRowBar
from quietlegs.ui.widgets.outcome_calendar import OutcomeCalendar, OutcomeLegend


def build_toolbar(page) -> None:
    """The title, List/Calendar switch, "Colour by" box, count and search along the top."""
    title = QLabel(tr("Journal"))
    title.setObjectName("pageTitle")
    page.list_button = QToolButton()
    page.list_button.setText(tr("&List"))
    page.calendar_button = QToolButton()
    page.calendar_button.setText(tr("&Calendar"))
    page.view_buttons = QButtonGroup(page)
    for i, b in enumerate((page.list_button, page.calendar_button)):
        b.setCheckable(True)
        b.setObjectName("segment")
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        page.view_buttons.addButton(b, i)
    page.list_button.setChecked(True)
    page.view_buttons.idClicked.connect(page.set_view)

    page.outcome_box = QComboBox()
    page.outcome_box.setObjectName("outcomeBox")
    page.outcome_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for o in OUTCOMES.values():
        page.outcome_box.addItem(vocab_tr(o.label), o.name)
    page.outcome_box.currentIndexChanged.connect(page._outcome_chosen)
    outcome_label = QLabel(tr("C&olour by"))
    outcome_label.setBuddy(page.outcome_box)

    page.search = QLineEdit()
    page.search.setPlaceholderText(tr("Search nights, notes, habits"))  # whole in the field's room
    page.search.setToolTip(tr("Search nights, notes, habits  (Ctrl+F)"))
    page.search.setClearButtonEnabled(True)
    page.search.setAccessibleName(tr("Search nights"))
    page.search.textChanged.connect(page._search_changed)
    page.count_label = QLabel()
    page.count_label.setObjectName("hint")

    head = _group(title, 16, page.list_button, page.calendar_button)
    colour = _group(outcome_label, page.outcome_box)
    page.search.setMinimumWidth(170)
    page.search.setMaximumWidth(320)
    # One row in a wide window; in half a laptop screen, "Colour by" and the search go below.
    page.toolbar = TwoRowBar(head, page.count_label, colour, page.search)


def _group(*parts) -> QWidget:
    """Widgets side by side (an int: that much room between them), as one part of the toolbar."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for part in parts:
        if isinstance(part, int):
            row.addSpacing(part)
        else:
            row.addWidget(part)
    return group


def build_list(page) -> None:
    """The table of nights, newest first."""
    t = QTableView()
    t.setObjectName("nightsTable")
    t.setAccessibleName(tr("Nights"))
    t.setModel(page.proxy)
    rows_to_pick(t)
    t.setShowGrid(False)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setSortingEnabled(True)
    t.verticalHeader().hide()
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.verticalHeader().setDefaultSectionSize(30)
    h = t.horizontalHeader()
    h.setHighlightSections(False)
    h.setStretchLastSection(True)
    h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widths = {"night": 150, "in_bed": 64, "final_wake": 64, "total_sleep": 96, "efficiency": 84,
              "quality": 96, "legs": 52, "symptoms": 78}
    for name, w in widths.items():
        h.resizeSection(COLUMNS.index(name), w)
    t.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    t.selectionModel().currentRowChanged.connect(page._table_row_changed)
    t.activated.connect(lambda _i: page._edit_current_night())
    page.table = t

STACK_BELOW = 700  # px: a narrower list-and-night area shows the night below the list


def build_body(page, detail) -> None:
    """The list or calendar beside the chosen night's ``detail`` (below it when narrow)."""
    page.detail = detail
    scroll = QScrollArea()
    scroll.setObjectName("detailScroll")
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(detail)
    scroll.setMinimumWidth(300)  # widened to the night's figures as they show (JournalPage._select)

    page.views = QStackedWidget()
    page.views.addWidget(page.table)
    page.views.addWidget(page.calendar_page)
    # The list and the night side by side; stacked in half a laptop screen.
    splitter = TurningSplitter(STACK_BELOW, side_by_side=(5 / 9, 4 / 9), stacked=(0.45, 0.55))
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(page.views)
    splitter.addWidget(scroll)
    splitter.setStretchFactor(0, 5)
    splitter.setStretchFactor(1, 4)
    splitter.setSizes([500, 420])
    page._splitter, page._detail_scroll = splitter, scroll


def add_actions(page) -> None:
    """Delete (night, symptom, intervention) and Find, on the widgets they act in."""
    def action(text, keys, slot, widget, context=Qt.ShortcutContext.WidgetShortcut):
        a = QAction(text, widget)
        a.setShortcut(QKeySequence(keys))
        a.setShortcutContext(context)
        a.triggered.connect(slot)
        widget.addAction(a)
        return a

    d = page.detail
    action(tr("Delete night"), QKeySequence.StandardKey.Delete, page.delete_current_night, page.table)
    action(tr("Delete night"), QKeySequence.StandardKey.Delete, page.delete_current_night, page.calendar,
           Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action(tr("Delete symptom"), QKeySequence.StandardKey.Delete, page._delete_symptom, d.symptoms_view)
    for view in (d.before_view, d.during_view):
        action(tr("Delete intervention"), QKeySequence.StandardKey.Delete,
               lambda _=False, v=view: page._delete_intervention(v), view)
    for view in (page.table, d.symptoms_view, d.before_view, d.during_view):
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    action(tr("Find"), QKeySequence.StandardKey.Find, page._focus_search, page,
           Qt.ShortcutContext.WidgetWithChildrenShortcut)


def build_calendar(page) -> None:
    """The month calendar coloured by the chosen outcome, with its legend."""
    page.calendar = OutcomeCalendar()
    page.calendar.selectionChanged.connect(page._calendar_changed)
    page.calendar.activated.connect(lambda _d: page._edit_current_night())
    page.legend = OutcomeLegend()
    holder = QWidget()
    v = QVBoxLayout(holder)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(8)
    v.addWidget(page.calendar, 1)
    v.addWidget(page.legend)
    page.calendar_page = holder


def empty_state(page: QWidget):
    """What the page says while the journal has no nights."""
    from quietlegs.ui.widgets.empty_state import EmptyState

    return EmptyState(tr("No nights logged yet"), tr(
        "Your nights will be listed here, newest first, with a month calendar beside them; open one to see "
        "its diary, its symptoms and what you did before bed.<br><br>"
        "To begin, <a href=\"page:today\">log last night on the Today page</a> (Ctrl+1). It takes about a minute."
        "<br><br>Kept a journal before? <a href=\"action:import\">Import it</a> with File → Import… (Ctrl+Shift+I)."))


def reading_note(page: QWidget) -> QLabel:
    """What the page says for the moment its nights are being read (a long journal's first visit)."""
    note = QLabel(tr("Reading your nights…"))
    note.setObjectName("emptyNote")
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return note
