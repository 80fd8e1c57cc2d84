"""Add or edit a leg-symptom event: a few keystrokes, or a few clicks.

Kind (type its first letter), severity (starts unset: type a digit, or Up/Down), where on the
legs (a compact grid: arrow keys and Space), when (a clock typed for a night: the night rule
gives it its date), whether it woke you, what preceded it, what eased it and how fast.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from quietlegs.domain import vocab
from quietlegs.domain.night_rule import USUAL_SYMPTOM_CLOCK
from quietlegs.domain.records import SymptomEvent, new_id
from quietlegs.domain.validation import validate_symptom
from quietlegs.ui.dialogs.form_dialog import FormDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import shown_name
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.chips import ChipGroup
from quietlegs.ui.widgets.entry_fields import OptionalMinutes, WhenInNight, suggestion
from quietlegs.ui.widgets.look import hint
from quietlegs.ui.widgets.night_form import legs_word

RELIEF_COLUMNS = 5
PART_LABELS = {"foot": "Foot", "calf": "Calf", "shin": "Shin", "knee": "Knee",
               "thigh_front": "Thigh (front)", "thigh_back": "Thigh (back)", "hip": "Hip"}


def _relief_order(service: JournalService, at: datetime) -> list:
    """Catalog kinds that can ease a symptom, the ones the user reaches for most first."""
    kinds = [k for k in service.journal.kinds(include_hidden=False) if k.category != "trigger"]
    used = Counter(slug for s in service.journal.symptoms(at - timedelta(days=180), at + timedelta(days=1))
                   for slug in s.relieved_by)
    return sorted(kinds, key=lambda k: (-used[k.slug], vocab.CATEGORIES.index(k.category), k.name.lower()))


class SeverityBox(QSpinBox):
    """How strong a symptom was, 0–10, starting unset (FORMAT.md: a symptom's severity is
    required, and a preset would record a number nobody chose): one step below 0 reads
    "Choose 0–10". Typing a digit or Up/Down chooses."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(-1, 10)
        self.setSpecialValueText(self.tr("Choose 0–10"))
        self.setSuffix(self.tr(" / 10"))
        self.setMinimumWidth(max(120, self.sizeHint().width()))
        self.setValue(-1)

    def keyPressEvent(self, event) -> None:
        if self.value() < 0 and event.text().isdigit():  # a digit replaces "Choose 0–10", wherever the cursor is
            self.selectAll()
        super().keyPressEvent(event)

    def severity(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_severity(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class SymptomDialog(FormDialog):
    def __init__(self, service: JournalService, parent: QWidget | None = None,
                 event: SymptomEvent | None = None, at: datetime | None = None, night_of: date | None = None):
        """Edit ``event``, or add a symptom to night ``night_of`` (by default the night ``at``
        belongs to) at ``at`` (by default 02:00 in that night, or now if earlier)."""
        super().__init__(self.tr("Edit a symptom") if event else self.tr("Add a symptom"), parent)
        self.service = service
        self.previous = event
        self.when = WhenInNight(lambda: service.journal)
        if event is not None:
            at, night_of = event.at, None
        else:
            at, night_of = suggestion(self.when, USUAL_SYMPTOM_CLOCK, at, night_of)

        self.kind = QComboBox()
        self.kind.setFixedWidth(240)
        for code in vocab.SYMPTOM_KINDS:
            self.kind.addItem(vocab_tr(vocab.SYMPTOM_KIND_LABELS[code]), code)
        self.add_field("kind", self.tr("&Kind"), self.kind)

        self.severity = SeverityBox()
        self.severity_word = hint()
        self.severity.valueChanged.connect(self._show_severity_word)
        severity_row = QWidget()
        row = QHBoxLayout(severity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.severity)
        row.addWidget(self.severity_word, 1)
        self.add_field("severity", self.tr("&Severity"), severity_row)
        self.fields["severity"] = self.severity
        self.severity.setAccessibleName(self.tr("Severity"))

        parts = [(p, vocab_tr(PART_LABELS[p])) for p in vocab.LEG_PARTS]
        self.locations = ChipGroup([
            (self.tr("Left leg"), [(f"left_{p}", t) for p, t in parts]),
            (self.tr("Right leg"), [(f"right_{p}", t) for p, t in parts]),
            (self.tr("Other"), [(c, vocab_tr(vocab.location_label(c))) for c in ("both_legs", "arms", "back", "other")]),
        ])
        self.add_field("locations", self.tr("&Where"), self.locations, align_top=True)

        self.add_field("at", self.tr("W&hen"), self.when)

        self.woke_me = QCheckBox(self.tr("It woke me up"))
        self.add_field("woke_me", "", self.woke_me)

        self.duration = OptionalMinutes()
        self.add_field("duration_min", self.tr("&Lasted"), self.duration)

        self.preceded_by = ChipGroup([(None, [(c, vocab_tr(vocab.PRECEDED_BY_LABELS[c])) for c in vocab.PRECEDED_BY])])
        self.add_field("preceded_by", self.tr("&Preceded by"), self.preceded_by, align_top=True)

        relief = [(k.slug, shown_name(k)) for k in _relief_order(service, at)]
        if event:  # a kind hidden since is still shown for the event that used it
            relief += [(s, s) for s in event.relieved_by if s not in {c for c, _ in relief}]
        rows = [(None, relief[i:i + RELIEF_COLUMNS]) for i in range(0, len(relief), RELIEF_COLUMNS)]
        self.relieved_by = ChipGroup(rows)
        self.add_field("relieved_by", self.tr("&Eased by"), self.relieved_by, align_top=True)

        self.relief_min = OptionalMinutes()
        self.add_field("relief_min", self.tr("Eased &after"), self.relief_min)

        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Optional"))
        self.add_field("notes", self.tr("&Notes"), self.notes)


        self.when.set_when(at, night_of)
        if event is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.severity.set_severity(event.severity)
            self.locations.set_checked(event.locations)
            self.woke_me.setChecked(bool(event.woke_me))
            self.duration.set_minutes(event.duration_min)
            self.preceded_by.set_checked(event.preceded_by)
            self.relieved_by.set_checked(event.relieved_by)
            self.relief_min.set_minutes(event.relief_min)
            self.notes.setText(event.notes or "")
        self._show_severity_word()
        self.kind.setFocus()

    def _show_severity_word(self) -> None:
        chosen = self.severity.severity()
        self.severity_word.setText("" if chosen is None else vocab_tr(legs_word(chosen)))

    def event_shown(self) -> SymptomEvent:
        """The event as the dialog shows it now (not necessarily valid)."""
        woke: bool | None = self.woke_me.isChecked()
        if not woke and self.previous is not None and self.previous.woke_me is None:
            woke = None  # left as it was: not recorded
        return SymptomEvent(
            at=self.when.when(), kind=self.kind.currentData(), severity=self.severity.severity(),
            locations=self.locations.checked(), duration_min=self.duration.minutes(), woke_me=woke,
            preceded_by=self.preceded_by.checked(), relieved_by=self.relieved_by.checked(),
            relief_min=self.relief_min.minutes(), notes=self.notes.text().strip(),
            id=self.previous.id if self.previous else self._id,
        )

    @property
    def _id(self) -> str:
        if not hasattr(self, "_new_id"):
            self._new_id = new_id()
        return self._new_id

    def accept(self) -> None:
        event = self.event_shown()
        errors = validate_symptom(event, self.service.journal.kind_slugs())
        self.save_and_accept(event, errors, lambda: self.service.save_symptom(event, self.previous))
