"""Add or edit an intervention: what was done, taken or met, when, and how much.

The kind is a searchable list of the catalog (type a few letters of its name); choosing one
fills in the dose used last time, or the kind's default dose. The time is a clock typed for a
night (:class:`~quietlegs.ui.widgets.entry_fields.WhenInNight`): the night rule gives it its date.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from quietlegs.domain.night_rule import USUAL_INTERVENTION_CLOCK
from quietlegs.domain.records import Intervention, InterventionKind, new_id
from quietlegs.domain.validation import FieldError, typed_number, validate_intervention
from quietlegs.domain.vocab import CATEGORY_LABELS
from quietlegs.ui.dialogs.form_dialog import FormDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import amount_text, shown_name
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.entry_fields import OptionalMinutes, WhenInNight, suggestion
from quietlegs.ui.widgets.look import inline


def usual_dose(service: JournalService, kind: InterventionKind) -> tuple[float | None, str | None]:
    """The dose last used for ``kind``, or its catalog default (services.evening.usual_doses)."""
    from quietlegs.services.evening import usual_doses

    return usual_doses(service.journal, [kind])[kind.slug]


class InterventionDialog(FormDialog):
    def __init__(self, service: JournalService, parent: QWidget | None = None,
                 item: Intervention | None = None, at: datetime | None = None, night_of: date | None = None):
        """Edit ``item``, or add an intervention to night ``night_of`` (by default the night
        ``at`` belongs to) at ``at`` (by default 21:00 that evening, or now if earlier)."""
        super().__init__(self.tr("Edit an intervention") if item else self.tr("Add an intervention"), parent)
        self.service = service
        self.previous = item
        self._new_id = new_id()
        kinds = service.journal.kinds()
        self.kinds = {k.slug: k for k in kinds if not k.hidden or (item is not None and k.slug == item.kind)}

        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for k in sorted(self.kinds.values(), key=lambda k: k.name.lower()):
            self.kind.addItem(shown_name(k), k.slug)
            self.kind.setItemData(self.kind.count() - 1, vocab_tr(CATEGORY_LABELS.get(k.category, "")),
                                  Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.kind.model(), self.kind)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.kind.setCompleter(completer)
        hint_text = self.tr("Type to search the catalog")
        self.kind.lineEdit().setPlaceholderText(hint_text)
        # wide enough for the whole hint in any language (German's is a third longer), the arrow beside it
        self.kind.setFixedWidth(max(240, self.kind.fontMetrics().horizontalAdvance(hint_text) + 48))
        self.add_field("kind", self.tr("&What"), self.kind)

        self.when = WhenInNight(lambda: service.journal)
        self.add_field("at", self.tr("W&hen"), self.when)

        self.amount = QLineEdit()
        self.amount.setFixedWidth(90)
        self.amount.setPlaceholderText(self.tr("amount"))
        self.unit = QLineEdit()
        self.unit.setFixedWidth(90)
        self.unit.setPlaceholderText(self.tr("unit"))
        self.add_field("amount", self.tr("&Amount"), inline(self.amount, self.unit))
        self.fields["amount"] = self.amount
        self.amount.setAccessibleName(self.tr("Amount"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.fields["unit"] = self.unit
        self.labels["unit"] = self.tr("Unit")
        self.messages["unit"] = self.messages["amount"]  # one line beneath the dose row

        self.duration = OptionalMinutes()
        self.add_field("duration_min", self.tr("&Lasted"), self.duration)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Optional"))
        self.add_field("notes", self.tr("&Notes"), self.notes)


        if item is not None:
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.when.set_when(item.at)
            self.amount.setText(amount_text(item.amount))
            self.unit.setText(item.unit or "")
            self.duration.set_minutes(item.duration_min)
            self.notes.setText(item.notes or "")
        else:
            self.when.set_when(*suggestion(self.when, USUAL_INTERVENTION_CLOCK, at, night_of))
            self.kind.setCurrentIndex(-1)
            self.kind.setEditText("")
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        completer.activated.connect(lambda text: self.kind.setCurrentIndex(self.kind.findText(text)))
        self.kind.lineEdit().textEdited.connect(self._typed)
        self.kind.setFocus()

    def _kind_chosen(self, index: int) -> None:
        kind = self.kinds.get(self.kind.itemData(index)) if index >= 0 else None
        if kind is None:
            return
        amount, unit = usual_dose(self.service, kind)
        self.amount.setText(amount_text(amount))
        self.unit.setText(unit or "")

    def _typed(self, text: str) -> None:
        """A kind's whole name typed out chooses it (and its dose), like picking it from the list."""
        index = self.kind.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)

    def choose_kind(self, slug: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(slug))

    def _chosen_slug(self) -> str:
        """The chosen kind; typed text counts when it names a kind exactly."""
        text = self.kind.currentText().strip().lower()
        index = self.kind.currentIndex()
        if index >= 0 and self.kind.itemText(index).lower() == text:
            return self.kind.itemData(index)
        for slug, kind in self.kinds.items():
            if kind.name.lower() == text or shown_name(kind).lower() == text or slug == text:
                return slug
        return ""

    def accept(self) -> None:
        errors: list[FieldError] = []
        slug = self._chosen_slug()
        if not slug:
            typed = self.kind.currentText().strip()
            errors.append(FieldError("kind", self.tr("is not in the catalog (“{0}”): pick one from the list").format(typed)
                                     if typed else self.tr("is required: pick one from the list")))
        amount: float | None = None
        text = self.amount.text().strip()
        if text:
            try:
                amount = typed_number(text)  # ASCII digits only: float() would take 2_5, ٢٥ or nan
            except ValueError:
                errors.append(FieldError("amount", self.tr("must be a number, like 300 or 0.5")))
        item = Intervention(
            at=self.when.when(), kind=slug, amount=amount, unit=self.unit.text().strip() or None,
            duration_min=self.duration.minutes(), notes=self.notes.text().strip(),
            id=self.previous.id if self.previous else self._new_id,
        )
        if not errors:
            errors = validate_intervention(item, self.service.journal.kind_slugs())
        self.save_and_accept(item, errors, lambda: self.service.save_intervention(item, self.previous))
