"""Today's regimen: what is scheduled for the evening, one click to log it all.

"Your regimen tonight" lists the items due (the Regimens dialog sets them up), each a check box
that is ticked: "Log tonight's regimen" logs every ticked item as an ordinary intervention at
its scheduled time, in one transaction (Ctrl+Z undoes it). Unticking an item leaves it out of
this click; "Skip" marks it skipped on purpose, so it is never counted as missed. An item
already taken or skipped says so.

Which evening it is about follows the evening buttons (:mod:`quietlegs.services.regimens`):
before noon last night's, from noon on this one, and a past night's own evening when Today
shows one (:meth:`set_night`). Hidden when nothing is due. Today reads it with its evening
buttons, in one transaction, whenever it reads them; the card itself follows only a change to
the regimens' schedule (added, changed, ended) while Today is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from quietlegs.domain.validation import InvalidRecord
from quietlegs.services.changes import Change
from quietlegs.storage.errors import StorageError
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.look import CHECKS_STYLE, card, hint, section_title
from quietlegs.ui.widgets.regimen_text import what_text, when_text

if TYPE_CHECKING:  # the regimens' rules load when the card first reads, after Today is usable
    from quietlegs.services.regimens import RegimenEvening, RegimenItem


def _day(d: date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM")


class RegimenCard(QWidget):
    edit_requested = Signal()  # the Regimens dialog, please
    rebuilt = Signal()  # new items: the page puts them in its Tab order (today_layout.order_tabs)

    def __init__(self, service: JournalService, clock: Callable[[], datetime], watch: QWidget | None = None,
                 parent: QWidget | None = None):
        """``watch``: the page it sits on, whose showing brings it up to date (the card itself
        is hidden while nothing is due, and must still hear of a regimen added)."""
        super().__init__(parent)
        self.setObjectName("regimenCard")
        self.setStyleSheet(CHECKS_STYLE)  # Today has no page style sheet (widgets/painted.py)
        self.service, self.clock = service, clock
        self.night_of: date | None = None  # None: the evening the clock says
        self.evening: RegimenEvening | None = None
        self.checks: dict[str, QCheckBox] = {}
        self.skips: dict[str, QToolButton] = {}
        self.states: dict[str, QLabel] = {}
        frame, layout = card(None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        heading = QHBoxLayout()
        self.title = section_title("")
        self.title.setWordWrap(True)  # "Einnahmeplan von gestern Abend (Fr. 20 Nov.)" in half a laptop screen
        self.edit_button = QPushButton(self.tr("Regimens…"))
        self.edit_button.setToolTip(self.tr("Add, change or end what you take on a schedule (Ctrl+Shift+R)"))
        self.edit_button.clicked.connect(self.edit_requested)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        self.explanation = hint()
        layout.addWidget(self.explanation)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.log_button = QPushButton()
        self.log_button.setObjectName("logRegimen")
        self.log_button.clicked.connect(self.log_ticked)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = hint()
        self.status.hide()
        layout.addWidget(self.status)
        self.changes = ChangeListener(watch or self, service, lambda change: self.refresh(), self._shows)
        self.hide()  # until Today reads its evening

    # ------------------------------------------------------------------ which evening

    def set_night(self, night_of: date | None) -> None:
        """Be about the evening the clock says (``None``) or the past night ``night_of``'s; Today
        then reads it (:meth:`refresh`) in the same transaction as its evening buttons."""
        self.night_of = night_of

    def _shows(self, change: Change) -> bool:
        """What Today does not refresh the card for: a regimen's schedule changed (a skip names
        its night, and Today reads the evening again for it, as for any night of the evening)."""
        return change.touches_regimens() and not change.nights

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        from quietlegs.services import regimens as service_regimens

        try:
            evening = service_regimens.regimen_evening(self.service.journal, self.clock(), self.night_of)
        except StorageError:
            return  # the journal could not be read just now: keep what is shown
        self.show_evening(evening)

    def show_evening(self, evening: RegimenEvening) -> None:
        previous = self.evening
        self.evening = evening
        if previous is None or [i.regimen.id for i in previous.items] != [i.regimen.id for i in evening.items] \
                or previous.night_of != evening.night_of:
            self._rebuild(evening.items)
        self._update_texts(evening)
        if not evening.to_log:
            self.explanation.setText(self.tr("Everything on this evening's regimen is logged or skipped."))
        for item in evening.items:
            self._show_item(item)
        self._enable()
        self.setVisible(bool(evening.items))

    def _update_texts(self, evening: RegimenEvening) -> None:
        if evening.tonight:
            self.title.setText(self.tr("Your regimen tonight"))
            self.explanation.setText(self.tr(
                "Untick what you did not take, or mark it skipped; one click logs the rest at their times."))
        elif self.night_of is None:
            self.title.setText(self.tr("Last evening's regimen ({0})").format(_day(evening.night_of)))
            self.explanation.setText(self.tr(
                "Before bed on {0}. One click logs what is ticked at its time that evening.").format(
                _day(evening.night_of)))
        else:
            self.title.setText(self.tr("That evening's regimen"))
            self.explanation.setText(self.tr(
                "Before bed on {0}. One click logs what is ticked at its time that evening.").format(
                _day(evening.night_of)))

    def _rebuild(self, items: tuple[RegimenItem, ...]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.checks, self.skips, self.states = {}, {}, {}
        for row, item in enumerate(items):
            rid = item.regimen.id
            check = QCheckBox(self._item_text(item).replace("&", "&&"))
            check.setChecked(True)
            check.toggled.connect(lambda _on: self._enable())
            state = hint()  # "taken at 19:50": on two lines where the card is narrow
            skip = QToolButton()
            skip.setCheckable(True)
            skip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            skip.toggled.connect(lambda on, i=rid: self._skip_toggled(i, on))
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(state, row, 1)
            self.grid.addWidget(skip, row, 2)
            self.checks[rid], self.states[rid], self.skips[rid] = check, state, skip
        # Tab goes down the items, each check box then its Skip, then the Log button.
        chain = [w for rid in self.checks for w in (self.checks[rid], self.skips[rid])] + [self.log_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self.rebuilt.emit()

    def _item_text(self, item: RegimenItem) -> str:
        return self.tr("{0} · {1}").format(what_text(item.regimen, item.kind_name), when_text(item.regimen))

    def _show_item(self, item: RegimenItem) -> None:
        from quietlegs.domain.regimens import Status

        rid, name = item.regimen.id, item.kind_name
        check, state, skip = self.checks[rid], self.states[rid], self.skips[rid]
        open_ = item.status in (Status.PENDING, Status.MISSED)
        check.setEnabled(open_)
        if not open_:
            check.blockSignals(True)
            check.setChecked(item.status is Status.TAKEN)
            check.blockSignals(False)
        if item.status is Status.TAKEN:
            at = item.taken_by.at.strftime("%H:%M") if item.taken_by else ""
            state.setText(self.tr("taken at {0}").format(at))
        elif item.status is Status.SKIPPED:
            state.setText(self.tr("skipped"))
        elif item.status is Status.MISSED:
            state.setText(self.tr("not logged"))
        else:
            state.setText("")
        state.setVisible(bool(state.text()))
        skip.blockSignals(True)
        skip.setChecked(item.status is Status.SKIPPED)
        skip.blockSignals(False)
        skip.setEnabled(item.status is not Status.TAKEN)
        skip.setText(self.tr("Skipped") if item.status is Status.SKIPPED else self.tr("Skip"))
        if item.status is Status.SKIPPED:
            skip.setAccessibleName(self.tr("Undo skipping {0}").format(name))
            skip.setToolTip(self.tr("Marked skipped on purpose; click to take that back."))
        else:
            skip.setAccessibleName(self.tr("Skip {0} this evening").format(name))
            skip.setToolTip(self.tr("Not taking it this evening, on purpose: it is not counted as missed."))
        check.setAccessibleDescription(self.tr("Ticked items are logged by the button below the list."))

    def _enable(self) -> None:
        evening = self.evening
        n = len(self.ticked())
        if evening is None:
            return
        if evening.tonight:
            text = self.tr("Log tonight's regimen (%n item(s))", "", n)
        else:
            text = self.tr("Log that evening's regimen (%n item(s))", "", n)
        self.log_button.setText(text if n else self.tr("Nothing ticked to log"))
        self.log_button.setEnabled(n > 0)
        self.log_button.setVisible(bool(evening.to_log))  # all done: no button to press

    def ticked(self) -> list[str]:
        """The regimen ids one click logs now: ticked, neither taken nor skipped."""
        if self.evening is None:
            return []
        return [i.regimen.id for i in self.evening.to_log if self.checks[i.regimen.id].isChecked()]

    # ------------------------------------------------------------------ writing

    def log_ticked(self) -> None:
        evening, take = self.evening, self.ticked()
        if evening is None or not take:
            return
        from quietlegs.services import regimens as service_regimens

        # The moments are worked out again now: the card may have been on screen for an hour.
        fresh = service_regimens.regimen_evening(self.service.journal, self.clock(), evening.night_of)
        if self._write(lambda j: service_regimens.log_evening(j, fresh, take)):
            self._say(self.tr("Logged %n item(s) of the regimen. Ctrl+Z undoes it.", "", len(take)))

    def _skip_toggled(self, regimen_id: str, on: bool) -> None:
        evening = self.evening
        item = next((i for i in evening.items if i.regimen.id == regimen_id), None) if evening else None
        if item is None:
            return
        from quietlegs.services import regimens as service_regimens

        if self._write(lambda j: service_regimens.set_skipped(j, item.regimen, evening.night_of, on)):
            self._say(self.tr("Marked {0} skipped for that evening. Ctrl+Z undoes it.").format(item.kind_name) if on
                      else self.tr("{0} is no longer marked skipped.").format(item.kind_name))

    def _write(self, edit) -> bool:
        try:
            self.service.edit_regimens(edit)
        except (InvalidRecord, StorageError) as exc:
            self._say(str(exc))
            self.refresh()
            return False
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
