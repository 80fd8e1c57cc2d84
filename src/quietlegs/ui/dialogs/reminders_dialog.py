"""Reminders: an evening one (log tonight's remedies) and a morning one (log last night), each
on or off at a time the person sets. Off by default; each stays quiet once its entry is logged."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QTimeEdit, QVBoxLayout, QWidget

from quietlegs.domain.reminders import EVENING_REMINDER, MORNING_REMINDER
from quietlegs.ui.reminders import reminder_time, set_reminder_time, tray_available
from quietlegs.ui.widgets.look import apply_look, hint
from quietlegs.ui.widgets.date_fields import TimeField

DEFAULTS = {EVENING_REMINDER: time(21, 0), MORNING_REMINDER: time(8, 0)}


class RemindersDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Reminders"))
        apply_look(self)
        labels = {EVENING_REMINDER: self.tr("&Evening: log tonight's remedies at"),
                  MORNING_REMINDER: self.tr("&Morning: log last night at")}
        self.enabled: dict[str, QCheckBox] = {}
        self.times: dict[str, QTimeEdit] = {}
        grid = QGridLayout()
        for row, kind in enumerate((EVENING_REMINDER, MORNING_REMINDER)):
            at = reminder_time(settings, kind)
            box = self.enabled[kind] = QCheckBox(labels[kind])
            box.setChecked(at is not None)
            edit = self.times[kind] = TimeField(QTime((at or DEFAULTS[kind]).hour, (at or DEFAULTS[kind]).minute))
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(labels[kind].replace("&", ""))
            edit.setEnabled(at is not None)
            box.toggled.connect(edit.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Each reminder comes once, and only when that entry is not logged yet; "
                                      "\u201cRemind me in 30 minutes\u201d asks again later.")))
        layout.addLayout(grid)
        self.no_tray = hint(self.tr("This desktop has no notification area, so reminders are shown in the "
                                    "window's status bar while Quiet Legs is open."))
        self.no_tray.setVisible(not tray_available())
        layout.addWidget(self.no_tray)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for kind, box in self.enabled.items():
            at = self.times[kind].time().toPython() if box.isChecked() else None
            set_reminder_time(self.settings, kind, at)
        super().accept()
