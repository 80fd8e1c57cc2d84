"""How the night form is laid out: its fields in two columns (going to bed, waking up), each
with its label, the date a clock time landed on and its message, the derived figures and the save
button; and the narrow arrangement, one column, for half a laptop screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
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

from quietlegs.domain.vocab import QUALITY_LABELS, RESTED_LABELS
from quietlegs.ui.translation import tr, vocab_tr
from quietlegs.ui.widgets.entry_fields import ClockEdit
from quietlegs.ui.widgets.look import FieldMessage, hint, inline, section_title

if TYPE_CHECKING:
    from quietlegs.ui.widgets.night_form import NightForm

EDITOR_WIDTH = 100


def build(form: NightForm) -> None:
    """Make the form's fields, their labels, messages and dates, the figures and the save button."""
    form.labels = {
        "in_bed": tr("Bedtime"), "lights_out": tr("Lights out"),
        "sleep_latency_min": tr("Minutes to fall asleep"), "awakenings": tr("Times woken"),
        "wake_after_sleep_onset_min": tr("Minutes awake"), "final_wake": tr("Final awakening"),
        "out_of_bed": tr("Getting up"), "quality": tr("Sleep quality"),
        "rested": tr("Feeling rested"), "legs_severity": tr("Leg discomfort"),
        "notes": tr("Notes"),
    }
    form.fields: dict[str, QWidget] = {}
    form.messages: dict[str, FieldMessage] = {}
    form.dates: dict[str, QLabel] = {}

    outer = QVBoxLayout(form)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(12)
    form.general_message = FieldMessage()
    outer.addWidget(form.general_message)

    columns = form._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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
        combo.addItem(tr("not rated"), None)
        for value, word in labels.items():
            combo.addItem(f"{value} · {vocab_tr(word)}", value)
        combo.setFixedWidth(EDITOR_WIDTH + 50)
        return combo

    legs = QSpinBox()
    legs.setRange(-1, 10)
    legs.setSpecialValueText(tr("not rated"))
    legs.setFixedWidth(EDITOR_WIDTH + 50)
    form.notes = QLineEdit()
    form.notes.setPlaceholderText(tr("Anything worth remembering"))

    r = _section(left, 0, tr("Going to bed"))
    r = _row(form, left, r, "in_bed", clock(), date_hint=True)
    r = _row(form, left, r, "lights_out", clock(), date_hint=True)
    r = _row(form, left, r, "sleep_latency_min", minutes(24 * 60, tr(" min")))
    r = _section(left, r, tr("In the night"), top_gap=True)
    r = _row(form, left, r, "awakenings", minutes(100, ""))
    r = _row(form, left, r, "wake_after_sleep_onset_min", minutes(24 * 60, tr(" min")))
    left.setRowStretch(r, 1)

    r = _section(right, 0, tr("Waking up"))
    r = _row(form, right, r, "final_wake", clock(), date_hint=True)
    r = _row(form, right, r, "out_of_bed", clock(), date_hint=True)
    r = _section(right, r, tr("How it felt"), top_gap=True)
    r = _row(form, right, r, "quality", scale(QUALITY_LABELS))
    r = _row(form, right, r, "rested", scale(RESTED_LABELS))
    form.legs_word = hint()
    r = _row(form, right, r, "legs_severity", legs, trailing=form.legs_word)
    r = _row(form, right, r, "notes", form.notes, span=True)
    right.setRowStretch(r, 1)

    # Derived figures and the save button, on one calm line (two in a narrow window).
    form._bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    form._bottom.setSpacing(12)
    bottom = QHBoxLayout()
    bottom.setSpacing(24)
    form._bottom.addLayout(bottom, 1)
    form.derived: dict[str, QLabel] = {}
    for key, title in (("tib", tr("Time in bed")), ("tst", tr("Total sleep")),
                       ("se", tr("Sleep efficiency"))):
        box = QVBoxLayout()
        box.setSpacing(0)
        caption = hint(title)
        value = QLabel("—")
        value.setObjectName("derived")
        value.setForegroundRole(QPalette.ColorRole.Text)  # on the card's Base (no style sheet on Today)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        value.setFont(font)
        box.addWidget(caption)
        box.addWidget(value)
        bottom.addLayout(box)
        form.derived[key] = value
    bottom.addStretch(1)
    saving = QHBoxLayout()
    saving.setSpacing(24)
    saving.addStretch(1)
    form.status = hint()
    form.status.setWordWrap(False)
    saving.addWidget(form.status, 0, Qt.AlignmentFlag.AlignVCenter)
    form.save_button = QPushButton(tr("Save night"))
    form.save_button.setToolTip(tr("Enter or Ctrl+S"))
    form.save_button.setMinimumHeight(34)
    form.save_button.setMinimumWidth(120)
    form.save_button.clicked.connect(form.save)
    saving.addWidget(form.save_button, 0, Qt.AlignmentFlag.AlignVCenter)
    form._bottom.addLayout(saving)
    outer.addLayout(form._bottom)

    order = ["in_bed", "lights_out", "sleep_latency_min", "awakenings", "wake_after_sleep_onset_min",
             "final_wake", "out_of_bed", "quality", "rested", "legs_severity", "notes"]
    chain = [form.fields[name] for name in order] + [form.save_button]
    for a, b in zip(chain, chain[1:]):
        QWidget.setTabOrder(a, b)

    for name, widget in form.fields.items():
        if isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(form._changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(form._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(form._changed)
        else:
            widget.textChanged.connect(form._changed)

def set_narrow(form: NightForm, narrow: bool) -> None:
    """One column (going to bed above waking up), the figures above the save button, in a
    narrow window; two columns and one line otherwise."""
    direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
    form._columns.setDirection(direction)
    grids = [form._columns.itemAt(i).layout() for i in range(form._columns.count())]
    labels = max((grid.itemAt(i).sizeHint().width() for grid in grids for i in range(grid.count())
                  if grid.getItemPosition(i)[1] == 0 and grid.getItemPosition(i)[3] == 1),
                 default=0) if narrow else 0
    for grid in grids:  # one above the other, their fields line up
        grid.setColumnMinimumWidth(0, labels)
    form._columns.setSpacing(12 if narrow else 28)
    form._bottom.setDirection(direction)

def _section(grid: QGridLayout, row: int, title: str, top_gap: bool = False) -> int:
    label = section_title(title)
    if top_gap:
        label.setContentsMargins(0, 10, 0, 0)
    grid.addWidget(label, row, 0, 1, 2)
    return row + 1

def _row(form: NightForm, grid: QGridLayout, row: int, name: str, editor: QWidget, date_hint: bool = False,
         trailing: QWidget | None = None, span: bool = False) -> int:
    label = QLabel(form.labels[name])
    label.setBuddy(editor)
    editor.setAccessibleName(form.labels[name])
    grid.addWidget(label, row, 0)
    if date_hint:
        trailing = hint()
        trailing.setWordWrap(False)
        form.dates[name] = trailing
    if trailing is not None or not span:
        # The editor and what it says about itself (the date a time landed on) sit together.
        grid.addWidget(inline(*(w for w in (editor, trailing) if w is not None), spacing=10), row, 1)
    else:
        grid.addWidget(editor, row, 1)
    message = FieldMessage()
    grid.addWidget(message, row + 1, 1)
    form.fields[name] = editor
    form.messages[name] = message
    return row + 2
