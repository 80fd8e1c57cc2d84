"""Which intervention kind each habit of a habit tracker's export is: one choice a habit,
"Don't import" unless the person chose a kind before (remembered) or the habit is named
like a kind. Its answer goes to the reader (domain.readers.loop_habits) as habit → slug."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from quietlegs.domain.records import InterventionKind
from quietlegs.ui.dialogs.dialog_buttons import go_on_or_cancel
from quietlegs.ui.models.formatting import shown_name
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.plain_text import plain_label

REMEMBERED_KEY = "import/habit_kinds"  # the settings key: JSON {habit name: slug or ""}


def remembered(settings) -> dict[str, str]:
    try:
        value = json.loads(settings.value(REMEMBERED_KEY, "") or "{}")
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember(settings, mapping: dict[str, str]) -> None:
    settings.setValue(REMEMBERED_KEY, json.dumps({**remembered(settings), **mapping}, ensure_ascii=False))


class HabitMappingDialog(QDialog):
    def __init__(self, source: str, habits: list[tuple[str, str | None]], kinds: list[InterventionKind],
                 earlier: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Habits from {0}").format(source))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        intro = plain_label(tr("Which intervention is each habit? Only the days you checked a habit are "
                               "imported, on that day's evening. Quiet Legs remembers your choices."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for name, suggested in habits:
            box = QComboBox()
            box.addItem(tr("Don't import"), "")
            for k in kinds:
                box.addItem(shown_name(k), k.slug)
            wanted = earlier.get(name, suggested or "")
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.setAccessibleName(tr("Kind for the habit {0}").format(name))
            label = plain_label(name)
            label.setBuddy(box)
            form.addRow(label, box)
            self.choices[name] = box
        layout.addLayout(form)
        buttons, self.continue_button = go_on_or_cancel(self, tr("&Continue"))
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        """Habit name → kind slug, "" for a habit not to import."""
        return {name: box.currentData() or "" for name, box in self.choices.items()}
