""""This evening": the user's usual evening interventions as one-click checkable buttons.

Checked means logged for tonight. Clicking an unchecked button logs it now with the dose used
last time; unchecking removes tonight's entry of that kind.

When the Today page shows an earlier night, the same buttons are about *that* night's evening
("That evening"): they show what was logged before its bedtime, and a click logs the kind in
that evening (21:00, or just before that night's bedtime) so that the pairing rule of DESIGN.md
puts it before bed of that very night, never into the night that is coming now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from quietlegs.domain.nights import night_end
from quietlegs.domain.pairing import Phase, nights_by_date, place_event
from quietlegs.domain.records import Intervention, InterventionKind
from quietlegs.ui.dialogs.intervention_dialog import amount_text, usual_dose
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.look import card, hint, section_title
from quietlegs.ui.widgets.plain_text import plain_tip

MAX_BUTTONS = 8
LOOK_BACK_DAYS = 30
FIRST_START_KINDS = ("stretching", "magnesium", "warm_soak", "hydration")
EVENING_CLOCK = time(21, 0)  # when a past evening's habit is logged, unless bedtime was earlier
BEFORE_BEDTIME = timedelta(minutes=15)


def usual_evening_kinds(service: JournalService, now: datetime) -> list[str]:
    """Kinds used before bed on at least three of the last 30 nights, most used first."""
    start = now.date() - timedelta(days=LOOK_BACK_DAYS)
    data = service.journal.snapshot(start, now.date())
    by_date = nights_by_date(data.nights)
    nights_used: Counter[str] = Counter()
    seen: set[tuple[str, object]] = set()
    for item in data.interventions:
        placement = place_event(item.at, by_date)
        if placement.phase is Phase.DURING_NIGHT or (item.kind, placement.night_of) in seen:
            continue
        seen.add((item.kind, placement.night_of))
        nights_used[item.kind] += 1
    usual = [kind for kind, n in nights_used.most_common() if n >= 3][:MAX_BUTTONS]
    return usual or list(FIRST_START_KINDS)


def _nights_around(service: JournalService, day: date):
    return nights_by_date(service.journal.nights(day - timedelta(days=2), day + timedelta(days=1)))


def tonights_items(service: JournalService, now: datetime) -> list[Intervention]:
    """Interventions of the night ``now`` belongs to, before its bedtime."""
    by_date = _nights_around(service, now.date())
    return evening_items(service, place_event(now, by_date).night_of)


def evening_items(service: JournalService, night_of: date) -> list[Intervention]:
    """Interventions of night ``night_of`` that came before its bedtime (or it has none yet)."""
    by_date = _nights_around(service, night_of)
    return [i for i in service.journal.snapshot(night_of, night_of).interventions
            if place_event(i.at, by_date).phase is not Phase.DURING_NIGHT]


def evening_moment(service: JournalService, night_of: date) -> datetime:
    """When a habit of night ``night_of``'s evening is logged after the fact: 21:00 that day, or
    a quarter of an hour before that night's bedtime if it was earlier, and always after the
    night before had ended, so the entry belongs to that night, before bed."""
    by_date = _nights_around(service, night_of)
    at = datetime.combine(night_of, EVENING_CLOCK)
    night = by_date.get(night_of)
    if night is not None and at >= night.in_bed:
        at = (night.in_bed - BEFORE_BEDTIME).replace(second=0, microsecond=0)
    previous_end = night_end(night_of - timedelta(days=1), by_date)
    if at < previous_end:
        at = previous_end.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return at


class EveningButtons(QWidget):
    def __init__(self, service: JournalService, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.clock = clock
        self.night_of: date | None = None  # None: this evening; a date: that past night's evening
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
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._update_texts()

    def set_night(self, night_of: date | None) -> None:
        """Be about this evening (``None``) or the evening of the past night ``night_of``;
        :meth:`refresh` then shows its buttons."""
        self.night_of = night_of
        self._update_texts()

    def _update_texts(self) -> None:
        if self.night_of is None:
            self.title.setText(self.tr("This evening"))
            self.explanation.setText(self.tr(
                "One click logs it now with your usual dose; click again to take it back."))
        else:
            self.title.setText(self.tr("That evening"))
            self.explanation.setText(self.tr(
                "Before bed on {0}. One click logs it for that evening with your usual dose; "
                "click again to take it back.").format(self.night_of.strftime("%a %d %b")))

    def refresh(self) -> None:
        now = self.clock()
        kinds = {k.slug: k for k in self.service.journal.kinds()}
        if self.night_of is None:
            logged = tonights_items(self.service, now)
            usual = usual_evening_kinds(self.service, now)
        else:  # the habits of that time, not of today
            logged = evening_items(self.service, self.night_of)
            usual = usual_evening_kinds(self.service, datetime.combine(self.night_of, EVENING_CLOCK))
        self._logged = {}
        for item in logged:  # the latest of each kind is the one a click removes
            self._logged[item.kind] = item
        # The usual kinds, then anything else logged that evening, so the buttons show it all.
        slugs = [s for s in usual if s in kinds and not kinds[s].hidden]
        slugs += [s for s in self._logged if s in kinds and not kinds[s].hidden and s not in slugs]
        if list(self.buttons) != slugs:
            self._rebuild([kinds[s] for s in slugs])
        at = None if self.night_of is None else evening_moment(self.service, self.night_of)
        for slug, button in self.buttons.items():
            item = self._logged.get(slug)
            button.blockSignals(True)
            button.setChecked(item is not None)
            button.blockSignals(False)
            kind = kinds[slug]
            if item is not None:
                dose = " ".join(x for x in (amount_text(item.amount), item.unit or "") if x)
                button.setToolTip(plain_tip(self.tr("Logged at {0}{1}. Click to remove.").format(
                    item.at.strftime("%H:%M"), f" ({dose})" if dose else "")))
            else:
                amount, unit = usual_dose(self.service, kind)
                dose = " ".join(x for x in (amount_text(amount), unit or "") if x)
                dose = f" ({dose})" if dose else ""
                if at is None:
                    button.setToolTip(plain_tip(self.tr("Log {0} now{1}.").format(kind.name, dose)))
                else:
                    button.setToolTip(plain_tip(self.tr("Log {0} on {1} at {2}{3}.").format(
                        kind.name, at.strftime("%a %d %b"), at.strftime("%H:%M"), dose)))

    def _rebuild(self, kinds: list[InterventionKind]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()  # gone at once, not at the next turn of the event loop
            button.deleteLater()
        self.buttons = {}
        for n, kind in enumerate(kinds):
            button = QToolButton()
            button.setObjectName("chip")
            button.setText(kind.name.replace("&", "&&"))  # an & is shown, not a shortcut
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(32)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(lambda on, slug=kind.slug: self._toggled(slug, on))
            self.grid.addWidget(button, n // 2, n % 2)
            self.buttons[kind.slug] = button

    def _toggled(self, slug: str, on: bool) -> None:
        if on:
            kind = next(k for k in self.service.journal.kinds() if k.slug == slug)
            amount, unit = usual_dose(self.service, kind)
            if self.night_of is None:
                at = self.clock().replace(second=0, microsecond=0)
            else:
                at = evening_moment(self.service, self.night_of)
            self.service.save_intervention(Intervention(at=at, kind=slug, amount=amount, unit=unit))
        elif slug in self._logged:
            self.service.delete_intervention(self._logged[slug])
