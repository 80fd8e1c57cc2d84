""""This evening": the user's usual evening interventions as one-click checkable buttons.

Checked means logged for tonight. Clicking an unchecked button logs it now with the dose used
last time; unchecking removes tonight's entry of that kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from quietlegs.domain.pairing import Phase, nights_by_date, place_event
from quietlegs.domain.records import Intervention, InterventionKind
from quietlegs.ui.dialogs.intervention_dialog import amount_text, usual_dose
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.look import card, hint

MAX_BUTTONS = 8
LOOK_BACK_DAYS = 30
FIRST_START_KINDS = ("stretching", "magnesium", "warm_soak", "hydration")


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


def tonights_items(service: JournalService, now: datetime) -> list[Intervention]:
    """Interventions of the night ``now`` belongs to, before its bedtime."""
    around = service.journal.nights(now.date() - timedelta(days=2), now.date() + timedelta(days=1))
    by_date = nights_by_date(around)
    tonight = place_event(now, by_date).night_of
    return [i for i in service.journal.snapshot(tonight, tonight).interventions
            if place_event(i.at, by_date).phase is not Phase.DURING_NIGHT]


class EveningButtons(QWidget):
    def __init__(self, service: JournalService, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.clock = clock
        self.buttons: dict[str, QToolButton] = {}
        self._logged: dict[str, Intervention] = {}
        frame, layout = card(self.tr("This evening"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(hint(self.tr("One click logs it now with your usual dose; click again to take it back.")))
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def refresh(self) -> None:
        now = self.clock()
        kinds = {k.slug: k for k in self.service.journal.kinds()}
        slugs = [s for s in usual_evening_kinds(self.service, now) if s in kinds and not kinds[s].hidden]
        tonight = tonights_items(self.service, now)
        self._logged = {}
        for item in tonight:  # the latest of each kind is the one a click removes
            self._logged[item.kind] = item
        if list(self.buttons) != slugs:
            self._rebuild([kinds[s] for s in slugs])
        for slug, button in self.buttons.items():
            item = self._logged.get(slug)
            button.blockSignals(True)
            button.setChecked(item is not None)
            button.blockSignals(False)
            kind = kinds[slug]
            if item is not None:
                dose = " ".join(x for x in (amount_text(item.amount), item.unit or "") if x)
                button.setToolTip(self.tr("Logged at {0}{1}. Click to remove.").format(
                    item.at.strftime("%H:%M"), f" ({dose})" if dose else ""))
            else:
                amount, unit = usual_dose(self.service, kind)
                dose = " ".join(x for x in (amount_text(amount), unit or "") if x)
                button.setToolTip(self.tr("Log {0} now{1}.").format(kind.name, f" ({dose})" if dose else ""))

    def _rebuild(self, kinds: list[InterventionKind]) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for n, kind in enumerate(kinds):
            button = QToolButton()
            button.setObjectName("chip")
            button.setText(kind.name)
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
            at = self.clock().replace(second=0, microsecond=0)
            self.service.save_intervention(Intervention(at=at, kind=slug, amount=amount, unit=unit))
        elif slug in self._logged:
            self.service.delete_intervention(self._logged[slug])
