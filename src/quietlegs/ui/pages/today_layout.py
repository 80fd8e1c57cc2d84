"""How Today is laid out: the heading (which night, and the way to another), the banners, the
night form, the night's events beside the evening routine, the next appointment and the status
line, in a scroll area; and the narrow arrangement, one above the other, for half a laptop
screen."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quietlegs.ui.models.event_table_model import EventTableModel
from quietlegs.ui.models.formatting import time_label
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.evening_buttons import EveningButtons
from quietlegs.ui.widgets.event_list import EventList
from quietlegs.ui.widgets.look import card, hint
from quietlegs.ui.widgets.narrow_layouts import WrappingRow
from quietlegs.ui.widgets.night_form import NightForm
from quietlegs.ui.widgets.painted import Panel, as_on_other_pages, banner_fill, banner_line
from quietlegs.ui.widgets.date_fields import DateField

if TYPE_CHECKING:
    from quietlegs.ui.pages.today_page import TodayPage


def build(page: TodayPage, tz: tzinfo | None) -> None:
    """Make the page's widgets and lay them out (the page connects them to what they do)."""
    scroll = page._scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it follows the focus
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    content = page._content = QWidget()
    content.setObjectName("todayContent")
    scroll.setWidget(content)
    column = QVBoxLayout(content)
    column.setContentsMargins(24, 16, 24, 16)
    column.setSpacing(14)

    page._column = column
    column.addLayout(_heading(page))
    # (The daily-care banners come here: build_daily_care.)

    # A warm first-start prompt, gone once the first night is in.
    page.banner = Panel(banner_fill, banner_line)
    page.banner.setObjectName("welcomeBanner")
    banner_layout = QHBoxLayout(page.banner)
    banner_layout.setContentsMargins(16, 10, 16, 10)
    page.banner_text = QLabel(tr(
        "Welcome! Start with last night: the times below are a first guess, so change what "
        "differs and press Enter to save."))
    page.banner_text.setWordWrap(True)
    banner_layout.addWidget(page.banner_text)
    column.addWidget(page.banner)

    form_card, form_layout = card(None)
    page.form = NightForm(page.service, tz=tz)
    form_layout.addWidget(page.form)
    column.addWidget(form_card)

    column.addWidget(_events_row(page))
    # (The regimen card and the next appointment come here: build_daily_care.)
    page.status = hint()
    page.status.hide()  # shown only while it has something to say
    column.addWidget(page.status)
    column.addStretch(1)
    for box in content.findChildren(QAbstractSpinBox):
        as_on_other_pages(box)


def build_daily_care(page: TodayPage, tz: tzinfo | None) -> None:
    """The parts of Today that speak only from the open journal (each hidden while it has nothing
    to say): the warning signs, the day counters, the running experiment, the evening's regimen
    and the next appointment. Built with the page when its journal is open, else once it opens
    (start-up: Today's first view comes from a quick read, and these ~10 ms of modules and
    widgets wait until Today is usable). Each takes its place on the page as if it had been
    built with the rest; the page then puts them in its Tab order (:func:`order_tabs`)."""
    from quietlegs.ui.settings import app_settings
    from quietlegs.ui.widgets.daily_care import DailyCareWatcher
    from quietlegs.ui.widgets.day_counter import DayCounter
    from quietlegs.ui.widgets.experiment_banner import ExperimentBanner
    from quietlegs.ui.widgets.next_appointment import NextAppointmentWidget
    from quietlegs.ui.widgets.red_flag_banner import RedFlagBanner
    from quietlegs.ui.widgets.regimen_card import RegimenCard

    column = page._column
    # A warning sign from the journal, calmly, once per episode (hidden when none).
    page.red_flags = RedFlagBanner(page.service, page.clock, app_settings(page.service.paths))
    # "Day 12 since you stopped kratom" (hidden when there is no recent milestone).
    page.day_counter = DayCounter(page.service, page.clock)
    page.daily_care = DailyCareWatcher(page.service, page.clock, page, page.red_flags, page.day_counter)
    page.experiment_banner = ExperimentBanner(page.service, page.clock, page, tz=tz)  # while an experiment runs
    after = column.indexOf(page.banner)  # under the heading, above the welcome
    for i, part in enumerate((page.red_flags, page.day_counter, page.experiment_banner)):
        column.insertWidget(after + i, part)
    # The evening's regimen, one click to log it (hidden while nothing is scheduled), and the
    # next appointment and its questions (hidden when none is coming), under the night's events.
    page.regimen = RegimenCard(page.service, page.clock, watch=page)
    page.next_appointment = NextAppointmentWidget(page.service, page.clock)
    after = column.indexOf(page._events_row) + 1
    column.insertWidget(after, page.regimen)
    column.insertWidget(after + 1, page.next_appointment)


def order_tabs(page: TodayPage) -> None:
    """Tab goes down the page as it is laid out: the heading, the banners, the form, the night's
    symptoms, its interventions, the evening's buttons, the regimen, the next appointment; each
    part's own stops in its own order. Run whenever a part is built later than the page or makes
    new buttons (Qt adds a new widget at the end of the window's Tab order)."""
    parts = [page.previous_button, page.date_edit, page.next_button, page.today_button,
             page.red_flags, page.day_counter, page.experiment_banner, page.banner, page.form,
             page.symptoms, page.interventions, page.evening, page.regimen, page.next_appointment]
    owner = [part for part in parts if part is not None]
    stops_by_part: dict[int, list[QWidget]] = {id(part): [] for part in owner}
    chain = page.window()  # the window's whole Tab order, once round
    w = chain.nextInFocusChain()
    while w is not chain:
        if page.isAncestorOf(w) and _is_stop(w):
            part = next((p for p in owner if p is w or p.isAncestorOf(w)), None)
            if part is not None:
                stops_by_part[id(part)].append(w)
        w = w.nextInFocusChain()
    ordered = [w for part in owner for w in stops_by_part[id(part)]]
    for a, b in zip(ordered, ordered[1:]):
        QWidget.setTabOrder(a, b)


def _is_stop(w: QWidget) -> bool:
    """A widget Tab stops at (a composite's inner parts, such as a spin box's line edit, go with it)."""
    if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
        return False
    parent = w.parentWidget()
    return not isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView))


def _heading(page: TodayPage) -> QBoxLayout:
    """Which night, and a way to pick another."""
    heading = page._heading = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    titles = QVBoxLayout()
    titles.setSpacing(2)
    page.title = QLabel()
    font = page.title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    page.title.setFont(font)
    page.title.setWordWrap(True)  # "Good morning — how did you sleep?" on two lines when narrow
    page.subtitle = hint()
    titles.addWidget(page.title)
    titles.addWidget(page.subtitle)
    heading.addLayout(titles, 1)
    page.previous_button = QToolButton()
    page.previous_button.setText("‹")
    page.previous_button.setToolTip(tr("Previous night (Alt+Left)"))
    page.next_button = QToolButton()
    page.next_button.setText("›")
    page.next_button.setToolTip(tr("Next night (Alt+Right)"))
    page.previous_button.setAccessibleName(tr("Previous night"))
    page.next_button.setAccessibleName(tr("Next night"))
    for b in (page.previous_button, page.next_button):
        b.setFixedSize(30, 30)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, Space presses it
    page.date_edit = DateField()
    page.date_edit.setCalendarPopup(True)
    page.date_edit.setDisplayFormat("ddd d MMM yyyy")
    page.date_edit.setToolTip(tr("The night that began on the evening of this date"))
    page.date_edit.setMinimumWidth(150)
    page.date_edit.setAccessibleName(tr("Night of"))
    page.today_button = QToolButton()
    page.today_button.setText(tr("Last night"))
    page.today_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    nav = QHBoxLayout()
    for w in (page.previous_button, page.date_edit, page.next_button, page.today_button):
        nav.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)
    heading.addLayout(nav)
    return heading


def _events_row(page: TodayPage) -> WrappingRow:
    """The night's symptoms and interventions, and the evening routine: side by side where they
    fit, the evening routine below the two lists where it does not, all three stacked when narrow."""
    page.symptom_model = EventTableModel([
        (tr("Time"), lambda e: time_label(e.at)),
        (tr("What"), page._symptom_text),
    ], page)
    page.intervention_model = EventTableModel([
        (tr("Time"), lambda i: time_label(i.at)),
        (tr("What"), page._intervention_text),
    ], page)
    page.symptoms = EventList(tr("Symptoms"), page.symptom_model, tr("Add symptom…"),
                              tr("No symptoms logged for this night."))
    page.symptoms.add_button.setToolTip(tr("Ctrl+N"))
    page.interventions = EventList(tr("Interventions"), page.intervention_model,
                                   tr("Add intervention…"),
                                   tr("Nothing logged yet: magnesium, stretching, heat…"))
    page.interventions.add_button.setToolTip(tr("Ctrl+I"))
    page.evening = EveningButtons(page.service, page.clock)
    page._events_row = WrappingRow([page.symptoms, page.interventions, page.evening], [3, 3, 2], spacing=16)
    return page._events_row


def set_narrow(page: TodayPage, narrow: bool) -> None:
    """The heading's title and its way to another night one above the other (narrow) or side by
    side (the events row arranges itself by its own width)."""
    heading = page._heading
    heading.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
    heading.setAlignment(heading.itemAt(1).layout(),
                         Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag.AlignRight)
