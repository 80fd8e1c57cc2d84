"""Which column of a CSV file of nights holds what: one choice a night field, the columns'
own names chosen where they say it plainly, and the person's last choice for a file with the
same columns remembered. Its answer goes to the reader (domain.readers.generic_csv)."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from quietlegs.domain.readers.generic_csv import ColumnMap, guess_columns
from quietlegs.ui.dialogs.dialog_buttons import go_on_or_cancel
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.plain_text import plain_label

KEY_PREFIX = "import/csv_columns/"  # + a digest of the header: JSON {"columns": {...}, "dates": ...}


def _key(header: list[str]) -> str:
    return KEY_PREFIX + hashlib.sha256("\x1f".join(header).encode("utf-8")).hexdigest()[:16]


def remembered(settings, header: list[str]) -> ColumnMap | None:
    try:
        value = json.loads(settings.value(_key(header), "") or "null")
        columns = {str(k): str(v) for k, v in value["columns"].items() if v in header}
        return ColumnMap(columns, value.get("dates") if value.get("dates") in ("dmy", "mdy") else None)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def remember(settings, header: list[str], columns: ColumnMap) -> None:
    settings.setValue(_key(header), json.dumps({"columns": dict(columns.columns), "dates": columns.dates},
                                               ensure_ascii=False))


class ColumnMappingDialog(QDialog):
    def __init__(self, file_name: str, header: list[str], earlier: ColumnMap | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Columns of {0}").format(file_name))
        fields = {
            "in_bed": tr("Got into bed"), "out_of_bed": tr("Got out of bed"), "final_wake": tr("Woke up for good"),
            "night_of": tr("Date of the night"), "lights_out": tr("Lights out"),
            "sleep_latency_min": tr("Minutes to fall asleep"), "awakenings": tr("Times woken"),
            "wake_after_sleep_onset_min": tr("Minutes awake in the night"), "quality": tr("Sleep quality (1–5)"),
            "rested": tr("How rested (1–5)"), "legs_severity": tr("Legs (0–10)"), "notes": tr("Notes"),
        }
        chosen = dict((earlier or guess_columns(header)).columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        intro = plain_label(tr("Which column holds what? A night needs the time you got into bed, and the time "
                               "you got up or woke. Clock times need the night's date. Quiet Legs remembers "
                               "your choices for files with these columns."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for name, label_text in fields.items():
            box = QComboBox()
            box.addItem(tr("(none)"), "")
            for column in header:
                if column:
                    box.addItem(column, column)
            box.setCurrentIndex(max(0, box.findData(chosen.get(name, ""))))
            box.setAccessibleName(label_text)
            box.currentIndexChanged.connect(self._check)
            label = plain_label(label_text)
            label.setBuddy(box)
            form.addRow(label, box)
            self.choices[name] = box
        self.dates = QComboBox()
        self.dates.addItem(tr("As the file shows (2026-03-31, 31/03/2026)"), "")
        self.dates.addItem(tr("Day/month/year"), "dmy")
        self.dates.addItem(tr("Month/day/year"), "mdy")
        self.dates.setCurrentIndex(max(0, self.dates.findData((earlier.dates if earlier else None) or "")))
        dates_label = plain_label(tr("Dates"))
        dates_label.setBuddy(self.dates)
        form.addRow(dates_label, self.dates)
        layout.addLayout(form)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons, self.continue_button = go_on_or_cancel(self, tr("&Continue"))
        layout.addWidget(buttons)
        self._check()

    def columns(self) -> ColumnMap:
        return ColumnMap({name: box.currentData() for name, box in self.choices.items() if box.currentData()},
                         self.dates.currentData() or None)

    def _check(self) -> None:
        complete = self.columns().complete
        self.continue_button.setEnabled(complete)
        self.message.setText("" if complete else self.tr(
            "Choose the column of “Got into bed”, and of “Got out of bed” or “Woke up for good”."))
