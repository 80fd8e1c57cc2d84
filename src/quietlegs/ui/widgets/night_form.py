"""The sleep-diary form (Consensus Sleep Diary core items) for one night.

Times are typed as clock readings; :func:`resolve_night_clocks` gives them their dates, and the
date each one landed on is shown beside it. Time in bed, total sleep and sleep efficiency follow
every keystroke. A problem is explained beside its field, and nothing is saved until it is right.
Enter saves (from any field).
"""

from __future__ import annotations

from datetime import date, time, tzinfo

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain import metrics
from quietlegs.domain.nights import MAX_TIME_IN_BED, resolve_night_clocks
from quietlegs.domain.records import Night, new_id
from quietlegs.domain.validation import FieldError, InvalidRecord, first_of_each, validate_night
from quietlegs.domain.vocab import QUALITY_LABELS, RESTED_LABELS
from quietlegs.storage.errors import StorageError
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.entry_fields import ClockEdit
from quietlegs.ui.widgets.look import FieldMessage, hint, section_title
from quietlegs.ui.widgets.night_prefill import usual_night

PREFILL_NIGHTS = 14
EDITOR_WIDTH = 100
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
    minutes = int(round(minutes))
    hours, mins = divmod(minutes, 60)
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


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
        self.labels = {
            "in_bed": self.tr("Bedtime"), "lights_out": self.tr("Lights out"),
            "sleep_latency_min": self.tr("Minutes to fall asleep"), "awakenings": self.tr("Times woken"),
            "wake_after_sleep_onset_min": self.tr("Minutes awake"), "final_wake": self.tr("Final awakening"),
            "out_of_bed": self.tr("Getting up"), "quality": self.tr("Sleep quality"),
            "rested": self.tr("Feeling rested"), "legs_severity": self.tr("Leg discomfort"),
            "notes": self.tr("Notes"),
        }
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.dates: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.general_message = FieldMessage()
        outer.addWidget(self.general_message)

        columns = self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(28)
        outer.addLayout(columns)
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)
            columns.addLayout(grid, 1)

        def clock() -> QTimeEdit:
            edit = ClockEdit()
            edit.setFixedWidth(EDITOR_WIDTH)
            return edit

        def minutes(maximum: int, suffix: str) -> QSpinBox:
            spin = QSpinBox()
            spin.setRange(0, maximum)
            spin.setSuffix(suffix)
            spin.setFixedWidth(EDITOR_WIDTH)
            return spin

        def scale(labels: dict[int, str]) -> QComboBox:
            combo = QComboBox()
            combo.addItem(self.tr("not rated"), None)
            for value, word in labels.items():
                combo.addItem(f"{value} · {self.tr(word)}", value)
            combo.setFixedWidth(EDITOR_WIDTH + 50)
            return combo

        legs = QSpinBox()
        legs.setRange(-1, 10)
        legs.setSpecialValueText(self.tr("not rated"))
        legs.setFixedWidth(EDITOR_WIDTH + 50)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering"))

        r = self._section(left, 0, self.tr("Going to bed"))
        r = self._row(left, r, "in_bed", clock(), date_hint=True)
        r = self._row(left, r, "lights_out", clock(), date_hint=True)
        r = self._row(left, r, "sleep_latency_min", minutes(24 * 60, self.tr(" min")))
        r = self._section(left, r, self.tr("In the night"), top_gap=True)
        r = self._row(left, r, "awakenings", minutes(100, ""))
        r = self._row(left, r, "wake_after_sleep_onset_min", minutes(24 * 60, self.tr(" min")))
        left.setRowStretch(r, 1)

        r = self._section(right, 0, self.tr("Waking up"))
        r = self._row(right, r, "final_wake", clock(), date_hint=True)
        r = self._row(right, r, "out_of_bed", clock(), date_hint=True)
        r = self._section(right, r, self.tr("How it felt"), top_gap=True)
        r = self._row(right, r, "quality", scale(QUALITY_LABELS))
        r = self._row(right, r, "rested", scale(RESTED_LABELS))
        self.legs_word = hint()
        r = self._row(right, r, "legs_severity", legs, trailing=self.legs_word)
        r = self._row(right, r, "notes", self.notes, span=True)
        right.setRowStretch(r, 1)

        # Derived figures and the save button, on one calm line (two in a narrow window).
        self._bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bottom.setSpacing(12)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        self._bottom.addLayout(bottom, 1)
        self.derived: dict[str, QLabel] = {}
        for key, title in (("tib", self.tr("Time in bed")), ("tst", self.tr("Total sleep")),
                           ("se", self.tr("Sleep efficiency"))):
            box = QVBoxLayout()
            box.setSpacing(0)
            caption = hint(title)
            value = QLabel("—")
            value.setObjectName("derived")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            value.setFont(font)
            box.addWidget(caption)
            box.addWidget(value)
            bottom.addLayout(box)
            self.derived[key] = value
        bottom.addStretch(1)
        saving = QHBoxLayout()
        saving.setSpacing(24)
        saving.addStretch(1)
        self.status = hint()
        self.status.setWordWrap(False)
        saving.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        self.save_button = QPushButton(self.tr("Save night"))
        self.save_button.setToolTip(self.tr("Enter or Ctrl+S"))
        self.save_button.setMinimumHeight(34)
        self.save_button.setMinimumWidth(120)
        self.save_button.clicked.connect(self.save)
        saving.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._bottom.addLayout(saving)
        outer.addLayout(self._bottom)

        order = ["in_bed", "lights_out", "sleep_latency_min", "awakenings", "wake_after_sleep_onset_min",
                 "final_wake", "out_of_bed", "quality", "rested", "legs_severity", "notes"]
        chain = [self.fields[name] for name in order] + [self.save_button]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

        for name, widget in self.fields.items():
            if isinstance(widget, QTimeEdit):
                widget.timeChanged.connect(self._changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            else:
                widget.textChanged.connect(self._changed)

    def set_narrow(self, narrow: bool) -> None:
        """One column (going to bed above waking up), the figures above the save button, in a
        narrow window; two columns and one line otherwise."""
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        self._columns.setDirection(direction)
        grids = [self._columns.itemAt(i).layout() for i in range(self._columns.count())]
        labels = max((grid.itemAt(i).sizeHint().width() for grid in grids for i in range(grid.count())
                      if grid.getItemPosition(i)[1] == 0 and grid.getItemPosition(i)[3] == 1),
                     default=0) if narrow else 0
        for grid in grids:  # one above the other, their fields line up
            grid.setColumnMinimumWidth(0, labels)
        self._columns.setSpacing(12 if narrow else 28)
        self._bottom.setDirection(direction)

    def _section(self, grid: QGridLayout, row: int, title: str, top_gap: bool = False) -> int:
        label = section_title(title)
        if top_gap:
            label.setContentsMargins(0, 10, 0, 0)
        grid.addWidget(label, row, 0, 1, 2)
        return row + 1

    def _row(self, grid: QGridLayout, row: int, name: str, editor: QWidget, date_hint: bool = False,
             trailing: QWidget | None = None, span: bool = False) -> int:
        label = QLabel(self.labels[name])
        label.setBuddy(editor)
        editor.setAccessibleName(self.labels[name])
        grid.addWidget(label, row, 0)
        if date_hint:
            trailing = hint()
            trailing.setWordWrap(False)
            self.dates[name] = trailing
        if trailing is not None or not span:
            # The editor and what it says about itself (the date a time landed on) sit together.
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(10)
            line.addWidget(editor)
            if trailing is not None:
                line.addWidget(trailing)
            line.addStretch(1)
            grid.addWidget(cell, row, 1)
        else:
            grid.addWidget(editor, row, 1)
        message = FieldMessage()
        grid.addWidget(message, row + 1, 1)
        self.fields[name] = editor
        self.messages[name] = message
        return row + 2

    # ------------------------------------------------------------------ values

    def load(self, night_of: date, night: Night | None) -> None:
        """Show ``night`` (stored, to edit) or a new entry for ``night_of`` prefilled from recent nights."""
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
            journal = self.service.journal
            recent = journal.recent_nights(PREFILL_NIGHTS, before=night_of) or journal.recent_nights(PREFILL_NIGHTS)
            usual = usual_night(recent)
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
                    c[later].strftime("%H:%M"), words, c[earlier].strftime("%H:%M"))))
        return errors

    def problems(self, night: Night) -> list[FieldError]:
        return self._clock_order_errors(night) or validate_night(night)

    def show_errors(self, errors: list[FieldError]) -> None:
        shown = first_of_each(errors)
        for name, message in self.messages.items():
            text = shown.pop(name, None)
            message.show_message(f"{self.labels[name]} {text}." if text else None)
        # Whatever has no field of its own (the night already logged, …) shows above the form.
        self.general_message.show_message(" ".join(f"{m[0].upper()}{m[1:]}." for m in shown.values()) or None)

    def _changed(self, *_args) -> None:
        if self.night_of is None:
            return
        night = self.current_night()
        for name, label in self.dates.items():
            label.setText(getattr(night, name).strftime("%a %d %b"))
        self.legs_word.setText(self.tr(legs_word(night.legs_severity)) if night.legs_severity is not None else "")
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
            first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
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
