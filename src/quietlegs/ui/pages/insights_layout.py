"""How Insights is laid out: the outcome and period choices (and the custom period's dates),
the status line with its progress and export, the findings with "Test this properly…" beside the
six charts, and the empty state shown while the journal has nothing to compare; each control
connected to the page's slots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.validation import FIRST_DATE, LAST_DATE
from quietlegs.report.words import outcome_label
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.chart_canvas import ChartCanvas
from quietlegs.ui.widgets.findings_list import FindingsList
from quietlegs.ui.widgets.narrow_layouts import TabsOrList, WrappingRow
from quietlegs.ui.widgets.plain_text import plain_label
from quietlegs.ui.widgets.date_fields import DateField

if TYPE_CHECKING:
    from quietlegs.ui.pages.insights_page import InsightsPage

# The chart names of quietlegs.charts (not imported here: that would load the charts at start-up).
CHARTS = ("timeline", "effects", "calendar", "time_of_night", "locations", "relief")


def build(page: InsightsPage, outcome: str) -> None:
    """Make the page's widgets and lay them out, with ``outcome`` chosen."""
    page.outcome = QComboBox()
    for name, spec in OUTCOMES.items():
        page.outcome.addItem(outcome_label(name), name)
    page.outcome.setCurrentIndex(max(0, page.outcome.findData(outcome)))
    page.period = QComboBox()
    for key, text in (("last30", tr("Last 30 nights")), ("last90", tr("Last 90 nights")),
                      ("last365", tr("Last 365 nights")), ("all", tr("All nights")),
                      ("custom", tr("Custom…"))):
        page.period.addItem(text, key)
    page.period.setCurrentIndex(page.period.findData("last90"))
    today = QDate.currentDate()
    page.start_edit, page.end_edit = DateField(today.addDays(-90)), DateField(today)
    for edit in (page.start_edit, page.end_edit):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setDateRange(QDate(FIRST_DATE), QDate(LAST_DATE))  # the dates a journal holds
        edit.dateChanged.connect(page.refresh)
    page.export_button = QPushButton(tr("Export chart…"))
    page.export_button.setToolTip(tr("Save the chart on show as PNG or SVG (Ctrl+E)"))
    QShortcut(QKeySequence("Ctrl+E"), page, activated=page.export_chart)
    page.export_button.clicked.connect(page.export_chart)

    # Three short rows, so the page fits half a laptop screen: the choices; the custom
    # period's dates (only when chosen); what is on show, the progress and the export.
    page.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    page.outcome.setMinimumContentsLength(10)
    page.outcome.setMaximumWidth(280)  # room for the longest outcome when there is room
    choices = []  # each label with its choice; the period goes under the outcome when they do not fit
    for text, widget in ((tr("A better night means"), page.outcome), (tr("Period"), page.period)):
        label = QLabel(text)
        label.setBuddy(widget)
        choice = QWidget()
        pair = QHBoxLayout(choice)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(label)
        label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)  # the room goes to the choice
        pair.addWidget(widget, 1)
        choices.append(choice)
    bar = WrappingRow([*choices, QWidget()], [3, 0, 2], spacing=12)  # room for the outcome's longest
    page.dates_row = QWidget()
    dates = QHBoxLayout(page.dates_row)
    dates.setContentsMargins(0, 0, 0, 0)
    for text, edit in ((tr("From"), page.start_edit), (tr("to"), page.end_edit)):
        label = QLabel(text)
        label.setBuddy(edit)
        dates.addWidget(label)
        dates.addWidget(edit)
    dates.addStretch(1)
    page.dates_row.setVisible(False)

    page.progress = QProgressBar()
    page.progress.setRange(0, 3)
    page.progress.setMaximumWidth(220)
    page.progress.setTextVisible(False)
    # Hidden or shown, the bar keeps its place: the chart below must not change size (and be
    # drawn again, at a cost) each time work starts and ends.
    policy = page.progress.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    page.progress.setSizePolicy(policy)
    page.status = plain_label()  # names files and problems
    page.status.setObjectName("insightsStatus")
    page.status.setWordWrap(True)  # in a narrow window it takes two lines, not the page's width
    status_row = QHBoxLayout()
    status_row.addWidget(page.status, 1)
    status_row.addWidget(page.progress)
    status_row.addWidget(page.export_button)

    page.findings = FindingsList()
    page.tabs = QTabWidget()
    page.canvases: dict[str, ChartCanvas] = {}
    titles = {"timeline": tr("Timeline"), "effects": tr("Effects"), "calendar": tr("Calendar"),
              "time_of_night": tr("Time of night"), "locations": tr("Where on the legs"),
              "relief": tr("Relief")}
    for name in CHARTS:
        canvas = ChartCanvas()
        canvas.setAccessibleName(tr("Chart: {0}").format(titles[name]))  # described once drawn
        page.canvases[name] = canvas
        page.tabs.addTab(canvas, titles[name])
    timeline = page.canvases["timeline"]
    timeline.night_hovered.connect(page._show_night)
    timeline.night_clicked.connect(page.night_clicked)
    page.hover = plain_label(tr("Hover a night on the timeline for its details; click it to open it in the journal. "
                                "By keyboard: Tab to the chart, ← → to step through the nights, Enter to open one."))
    page.hover.setObjectName("nightDetails")
    page.hover.setWordWrap(True)
    charts = QWidget()
    charts_layout = QVBoxLayout(charts)
    charts_layout.setContentsMargins(0, 0, 0, 0)
    page.chart_choice = QComboBox()  # in the tab bar's place when its tabs do not all fit
    page.chart_choice.setAccessibleName(tr("Chart"))
    TabsOrList(page.tabs, page.chart_choice)
    charts_layout.addWidget(page.chart_choice)
    charts_layout.addWidget(page.tabs, 1)
    charts_layout.addWidget(page.hover)
    # A finding only "lines up": a randomised page-experiment can tell. Beside the findings,
    # "Test this properly…" plans one with the selected finding's kind and this outcome.
    page.test_button = QPushButton(tr("Test this properly…"))
    page.test_button.setToolTip(tr("Plan a page-experiment on the selected finding: nights on and off it, "
                                        "in random order, judged by the outcome chosen above"))
    page.test_button.setEnabled(False)
    page.test_button.clicked.connect(page.test_properly)
    page.findings.currentItemChanged.connect(
        lambda item, _old: page.test_button.setEnabled(bool(item is not None and item.data(256))))
    findings_side = QWidget()
    findings_layout = QVBoxLayout(findings_side)
    findings_layout.setContentsMargins(0, 0, 0, 0)
    findings_layout.addWidget(page.findings, 1)
    findings_layout.addWidget(page.test_button)
    split = QSplitter()
    split.addWidget(findings_side)
    split.addWidget(charts)
    split.setStretchFactor(0, 2)
    split.setStretchFactor(1, 5)
    split.setSizes([330, 800])

    layout = QVBoxLayout(page)
    layout.addWidget(bar)
    layout.addWidget(page.dates_row)
    layout.addLayout(status_row)
    layout.addWidget(split, 1)
    page._split, page.empty_state = split, _empty_state(page)
    layout.addWidget(page.empty_state, 1)


def _empty_state(page: QWidget):
    from quietlegs.ui.widgets.empty_state import EmptyState

    return EmptyState(tr("Nothing to compare yet"), tr(
        "Here you will see which of the things you try before bed — stretching, magnesium, a warm soak, "
        "anything in your catalog — line up with better nights, and charts of your sleep and your legs "
        "over time.<br><br>"
        "It needs nights to work with: <a href=\"page:today\">log last night on the Today page</a> (Ctrl+1), "
        "with what you did that evening. The first comparisons appear after two or three weeks."))
