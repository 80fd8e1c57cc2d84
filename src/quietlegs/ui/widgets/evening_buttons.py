""""This evening": the user's usual evening interventions as one-click checkable buttons.

Checked means logged for that evening. Clicking an unchecked button logs it with the dose used
last time; unchecking removes that evening's entry of that kind.

Which evening the buttons are about, what was logged in it and when a click logs comes from
:mod:`quietlegs.services.evening`: this evening from noon on (a click logs now); before noon
last night's evening ("Last evening (Sun 29 Nov)"), never the evening that has not begun; and
when the Today page shows an earlier night, *that* night's evening ("That evening"). A click
for an evening that is over logs it at 21:00 that day, or just before that night's bedtime.

While a self-experiment runs, its remedy comes first, even when it is not a usual kind: on an
ON night it reads "Magnesium — take tonight" (bold), on an OFF or washout night "Magnesium —
skip tonight". The OFF button stays clickable: if it was taken anyway, logging it keeps the
result honest (adherence is read from the journal).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from quietlegs.domain.records import Intervention, InterventionKind
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, dose_text, shown_name, time_label
from quietlegs.ui import colours
from quietlegs.ui.widgets.look import card, chip_style, hint, section_title
from quietlegs.ui.widgets.plain_text import plain_tip

if TYPE_CHECKING:  # the evening is read once the journal is open, after Today is usable
    from quietlegs.services.evening import Evening


def _day(d: date) -> str:
    return day_label(d)


class EveningButtons(QWidget):
    rebuilt = Signal()  # new buttons: the page puts them in its Tab order (today_layout.order_tabs)

    def __init__(self, service: JournalService, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.clock = clock
        self.night_of: date | None = None  # None: the evening the clock says; a date: that night's
        self.evening: Evening | None = None  # what the buttons show now
        self.buttons: dict[str, QToolButton] = {}
        self._logged: dict[str, Intervention] = {}
        frame, layout = card(None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.title = section_title("")
        self.explanation = hint()
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        chips = QWidget()  # the chips' style sheet on them alone: Today has none (widgets/painted.py)
        colours.follow_palette(chips, chip_style)
        self.grid = QGridLayout(chips)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        layout.addWidget(chips)
        layout.addStretch(1)
        self._update_texts()

    def set_night(self, night_of: date | None) -> None:
        """Be about the evening the clock says (``None``: this evening, or last evening before
        noon) or the evening of the past night ``night_of``; :meth:`refresh` shows its buttons."""
        self.night_of = night_of

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.recheck_plan()  # an experiment planned on the Catalog since: its button, at once

    def recheck_plan(self) -> None:
        """Show the buttons again when what an experiment asks of this evening changed (planned on
        another page, or stopped): a look at the plans only, the evening is read again only then."""
        if self.evening is None:
            return
        from quietlegs.services.evening import evening_plan

        if evening_plan(self.service.journal, self.evening.night_of) != self.evening.plan:
            self.refresh()

    def _update_texts(self) -> None:
        evening = self.evening
        if evening is None or evening.tonight:
            self.title.setText(self.tr("This evening"))
            self.explanation.setText(self.tr(
                "One click logs it now with your usual dose; click again to take it back."))
            return
        if self.night_of is None:  # morning: the evening just slept after, named with its date
            self.title.setText(self.tr("Last evening ({0})").format(_day(evening.night_of)))
        else:
            self.title.setText(self.tr("That evening"))
        self.explanation.setText(self.tr(
            "Before bed on {0}. One click logs it for that evening with your usual dose; "
            "click again to take it back.").format(_day(evening.night_of)))

    def refresh(self) -> None:
        from quietlegs.services.evening import evening_now, evening_of, usual_doses  # (not before Today is usable)

        now = self.clock()
        journal = self.service.journal
        evening = self.evening = (evening_now(journal, now) if self.night_of is None
                                  else evening_of(journal, self.night_of, now))
        self._update_texts()
        kinds = {k.slug: k for k in journal.kinds()}
        self._logged = {}
        for item in evening.logged:  # the latest of each kind is the one a click removes
            self._logged[item.kind] = item
        # The usual kinds, then anything else logged that evening, so the buttons show it all.
        plan = evening.plan if evening.plan is not None and evening.plan.kind in kinds else None
        slugs = [plan.kind] if plan is not None else []  # the experiment's remedy first, hidden or not
        slugs += [s for s in evening.usual if s in kinds and not kinds[s].hidden and s not in slugs]
        slugs += [s for s in self._logged if s in kinds and not kinds[s].hidden and s not in slugs]
        if list(self.buttons) != slugs:
            self._rebuild([kinds[s] for s in slugs])
        self._show_plan(plan, kinds, evening.tonight)
        at = evening.log_at
        doses = usual_doses(journal, [kinds[s] for s in self.buttons if s not in self._logged])  # one read
        for slug, button in self.buttons.items():
            item = self._logged.get(slug)
            button.blockSignals(True)
            button.setChecked(item is not None)
            button.blockSignals(False)
            kind = kinds[slug]
            if item is not None:
                dose = dose_text(item.amount, item.unit)
                tip = self.tr("Logged at {0}{1}. Click to remove.").format(
                    time_label(item.at), f" ({dose})" if dose else "")
            else:
                dose = dose_text(*doses[slug])
                dose = f" ({dose})" if dose else ""
                if evening.tonight:
                    tip = self.tr("Log {0} now{1}.").format(shown_name(kind), dose)
                else:
                    tip = self.tr("Log {0} on {1} at {2}{3}.").format(
                        shown_name(kind), _day(at.date()), time_label(at), dose)
            if plan is not None and slug == plan.kind:
                tip = self._plan_tip(plan, item is not None, evening.tonight) + "\n" + tip
            button.setToolTip(plain_tip(tip))

    def _show_plan(self, plan, kinds: dict[str, InterventionKind], tonight: bool) -> None:
        """The experiment's button says what tonight asks; the others are plain kinds."""
        for slug, button in self.buttons.items():
            name = shown_name(kinds[slug]).replace("&", "&&")
            font = button.font()
            if plan is not None and slug == plan.kind:
                if plan.take:
                    words = self.tr("{0} — take tonight") if tonight else self.tr("{0} — ON night")
                else:
                    words = self.tr("{0} — skip tonight") if tonight else self.tr("{0} — OFF night")
                button.setText(words.format(name))
                button.setProperty("plan", "take" if plan.take else "skip")
                font.setBold(plan.take)
            else:
                button.setText(name)
                button.setProperty("plan", None)
                font.setBold(False)
            button.setFont(font)

    def _plan_tip(self, plan, logged: bool, tonight: bool) -> str:
        if plan.take:
            if logged:
                return self.tr("Taken, as your experiment planned.")
            return (self.tr("Tonight's plan in your experiment: take {0}.") if tonight
                    else self.tr("That night's plan in your experiment: take {0}.")).format(plan.kind_name)
        if logged:
            return self.tr("Logged on a night your experiment skips {0}: that is fine, an honest log keeps "
                           "the result true.").format(plan.kind_name)
        return (self.tr("Your experiment skips {0} tonight. If you took it anyway, click to log it: an honest "
                        "log keeps the result true.") if tonight
                else self.tr("Your experiment skipped {0} that night. If you took it anyway, click to log it: "
                             "an honest log keeps the result true.")).format(plan.kind_name)

    def _rebuild(self, kinds: list[InterventionKind]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()  # gone at once, not at the next turn of the event loop
            button.deleteLater()
        self.buttons = {}
        for n, kind in enumerate(kinds):
            button = QToolButton()
            button.setObjectName("chip")
            button.setText(shown_name(kind).replace("&", "&&"))  # an & is shown, not a shortcut
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(32)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(lambda on, slug=kind.slug: self._toggled(slug, on))
            self.grid.addWidget(button, n // 2, n % 2)
            self.buttons[kind.slug] = button
        self.rebuilt.emit()

    def _toggled(self, slug: str, on: bool) -> None:
        if on:
            from quietlegs.services.evening import evening_now, usual_doses

            kind = next(k for k in self.service.journal.kinds() if k.slug == slug)
            amount, unit = usual_doses(self.service.journal, [kind])[slug]
            evening = self.evening if self.evening is not None else evening_now(self.service.journal, self.clock())
            at = self.clock().replace(second=0, microsecond=0) if evening.tonight else evening.log_at
            self.service.save_intervention(Intervention(at=at, kind=slug, amount=amount, unit=unit))
        elif slug in self._logged:
            self.service.delete_intervention(self._logged[slug])
