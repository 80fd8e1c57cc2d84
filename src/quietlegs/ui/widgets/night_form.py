"""The sleep-diary form (Consensus Sleep Diary core items) for one night.

Times are typed as clock readings; :func:`resolve_night_clocks` gives them their dates, and the
date each one landed on is shown beside it. Time in bed, total sleep and sleep efficiency follow
every keystroke. A problem is explained beside its field, and nothing is saved until it is right.
Enter saves (from any field).
"""

from __future__ import annotations

from datetime import date, time, tzinfo

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QTimeEdit, QWidget

from quietlegs.domain import metrics
from quietlegs.domain.night_rule import MAX_TIME_IN_BED, resolve_night_clocks
from quietlegs.domain.records import Night, new_id
from quietlegs.domain.validation import FieldError, InvalidRecord, first_of_each, validate_night
from quietlegs.storage.errors import StorageError
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label, time_label
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets import night_form_layout
from quietlegs.ui.widgets.accessible import announce_error, describe_error
from quietlegs.services.today import NightDefaults, prefill
from quietlegs.ui.widgets.look import sentence

CLOCK_FIELDS = ("in_bed", "lights_out", "final_wake", "out_of_bed")


def legs_word(value: int) -> str:
    """0 none … 10 worst imaginable, in words (untranslated core; callers translate)."""
    if value <= 0:
        return "none"
    if value <= 3:
        return "mild"
    if value <= 6:
        return "moderate"
    if value <= 9:
        return "severe"
    return "worst imaginable"


def duration_text(minutes: float) -> str:
    from quietlegs.ui.models.formatting import duration

    return duration(minutes)


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class NightForm(QWidget):
    """Edits one night. ``load(night_of, night)`` shows a stored night or a prefilled new one."""

    saved = Signal(object)  # the Night just stored

    def __init__(self, service: JournalService, parent: QWidget | None = None, tz: tzinfo | None = None):
        super().__init__(parent)
        self.service = service
        self.tz = tz
        self.night_of: date | None = None
        self.loaded: Night | None = None  # the stored night being edited, or None for a new one
        self._new_id = new_id()
        self._checking = False  # after a refused save, problems are re-checked as the user types
        self._saved_values: tuple = ()  # what the fields showed when loaded or last saved
        self._build()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        night_form_layout.build(self)

    def set_narrow(self, narrow: bool) -> None:
        """One column (going to bed above waking up), the figures above the save button, in a
        narrow window; two columns and one line otherwise."""
        night_form_layout.set_narrow(self, narrow)

    # ------------------------------------------------------------------ values

    def load(self, night_of: date, night: Night | None, defaults: NightDefaults | None = None) -> None:
        """Show ``night`` (stored, to edit) or a new entry for ``night_of`` prefilled with
        ``defaults`` (read from the recent nights when not given)."""
        self.night_of = night_of
        self.loaded = night
        self._new_id = new_id()
        self._checking = False
        f = self.fields
        widgets = list(f.values())
        for w in widgets:
            w.blockSignals(True)
        if night is not None:
            for name in CLOCK_FIELDS:
                f[name].setTime(_qtime(getattr(night, name).time()))
            f["sleep_latency_min"].setValue(night.sleep_latency_min)
            f["awakenings"].setValue(night.awakenings)
            f["wake_after_sleep_onset_min"].setValue(night.wake_after_sleep_onset_min)
            self._set_scale("quality", night.quality)
            self._set_scale("rested", night.rested)
            f["legs_severity"].setValue(-1 if night.legs_severity is None else night.legs_severity)
            self.notes.setText(night.notes or "")
            self.save_button.setText(self.tr("Save changes"))
        else:
            usual = defaults if defaults is not None else prefill(self.service.journal, night_of)
            for name in CLOCK_FIELDS:
                f[name].setTime(_qtime(getattr(usual, name)))
            f["sleep_latency_min"].setValue(usual.sleep_latency_min)
            f["awakenings"].setValue(usual.awakenings)
            f["wake_after_sleep_onset_min"].setValue(usual.wake_after_sleep_onset_min)
            self._set_scale("quality", None)
            self._set_scale("rested", None)
            f["legs_severity"].setValue(-1)
            self.notes.clear()
            self.save_button.setText(self.tr("Save night"))
        for w in widgets:
            w.blockSignals(False)
        self.status.clear()
        self.show_errors([])
        self._changed()
        self._saved_values = self._values()

    def _values(self) -> tuple:
        """Everything the fields show, to tell whether the person has typed anything since."""
        values = []
        for widget in self.fields.values():
            if isinstance(widget, QTimeEdit):
                values.append(widget.time().toString("HH:mm"))
            elif isinstance(widget, QSpinBox):
                values.append(widget.value())
            elif isinstance(widget, QComboBox):
                values.append(widget.currentIndex())
            else:
                values.append(widget.text())
        return tuple(values)

    def has_unsaved_changes(self) -> bool:
        """True when the fields differ from the night as loaded (or as last saved)."""
        return self.night_of is not None and self._values() != self._saved_values

    def _set_scale(self, name: str, value: int | None) -> None:
        combo: QComboBox = self.fields[name]
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def clock_times(self) -> dict[str, time]:
        return {name: _pytime(self.fields[name].time()) for name in CLOCK_FIELDS}

    def current_night(self) -> Night:
        """The night as the form shows it now (not necessarily valid)."""
        f = self.fields
        c = self.clock_times()
        bed, lights, wake, up = resolve_night_clocks(self.night_of, c["in_bed"], c["lights_out"],
                                                     c["final_wake"], c["out_of_bed"])
        legs = f["legs_severity"].value()
        return Night(
            night_of=self.night_of, in_bed=bed, lights_out=lights,
            sleep_latency_min=f["sleep_latency_min"].value(), awakenings=f["awakenings"].value(),
            wake_after_sleep_onset_min=f["wake_after_sleep_onset_min"].value(),
            final_wake=wake, out_of_bed=up,
            quality=f["quality"].currentData(), rested=f["rested"].currentData(),
            legs_severity=None if legs < 0 else legs, notes=self.notes.text().strip(),
            id=self.loaded.id if self.loaded is not None else self._new_id,
        )

    # ------------------------------------------------------------------ checking

    def _clock_order_errors(self, night: Night) -> list[FieldError]:
        """A clock reading that comes before the one above it (a wake time typed before lights
        out) resolves to the next day and makes an impossibly long night: say what happened."""
        errors = []
        pairs = (("in_bed", "lights_out", self.tr("getting into bed")),
                 ("lights_out", "final_wake", self.tr("lights out")),
                 ("final_wake", "out_of_bed", self.tr("the final awakening")))
        c = self.clock_times()
        for earlier, later, words in pairs:
            if getattr(night, later) - getattr(night, earlier) > MAX_TIME_IN_BED:
                errors.append(FieldError(later, self.tr("({0}) comes before {1} ({2}): check the two times").format(
                    time_label(c[later]), words, time_label(c[earlier]))))
        return errors

    def problems(self, night: Night) -> list[FieldError]:
        return self._clock_order_errors(night) or validate_night(night)

    def show_errors(self, errors: list[FieldError]) -> None:
        shown = first_of_each(errors)
        for name, message in self.messages.items():
            text = shown.pop(name, None)
            message.show_message(sentence(self.labels[name], text) if text else None)
            describe_error(self.fields[name], message.text() if text else None)
        # Whatever has no field of its own (the night already logged, …) shows above the form.
        self.general_message.show_message(" ".join(f"{m[0].upper()}{m[1:]}." for m in shown.values()) or None)

    def _changed(self, *_args) -> None:
        if self.night_of is None:
            return
        night = self.current_night()
        for name, label in self.dates.items():
            label.setText(day_label(getattr(night, name).date()))
        self.legs_word.setText(vocab_tr(legs_word(night.legs_severity)) if night.legs_severity is not None else "")
        problems = self.problems(night)
        if problems:
            for value in self.derived.values():
                value.setText("—")
        else:
            se = metrics.sleep_efficiency(night, self.tz)
            self.derived["tib"].setText(duration_text(metrics.time_in_bed_min(night, self.tz)))
            self.derived["tst"].setText(duration_text(metrics.total_sleep_min(night, self.tz)))
            self.derived["se"].setText("—" if se is None else f"{se:.0f} %")
        if self._checking:
            self.show_errors(problems)
        if self.status.text():
            self.status.clear()

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Store the night when it is right; otherwise explain beside each field. True if saved."""
        if self.night_of is None:
            return False
        night = self.current_night()
        errors = self.problems(night)
        if not errors:
            try:
                self.service.save_night(night)
            except InvalidRecord as exc:  # overlaps a neighbouring night, already logged, …
                errors = exc.errors
            except StorageError as exc:
                self.general_message.show_message(str(exc))
                return False
        if errors:
            self._checking = True
            self.show_errors(errors)
            first = next((e.field for e in errors if e.field in self.fields), None)
            if first is not None:
                announce_error(self.fields[first], self.messages[first].text(), self.messages[first])
            return False
        self.loaded = night
        self._saved_values = self._values()
        self._checking = False
        self.show_errors([])
        self.save_button.setText(self.tr("Save changes"))
        self.status.setText(self.tr("Saved ✓"))
        self.saved.emit(night)
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.fields["in_bed"].setFocus(Qt.FocusReason.TabFocusReason)
