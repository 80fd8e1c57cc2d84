"""Edit (or add) one night's diary entry from anywhere: the morning form in a dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from quietlegs.domain.records import Night
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.widgets.look import apply_look, hint
from quietlegs.ui.widgets.narrow_layouts import FittingScrollArea
from quietlegs.ui.widgets.night_form import NightForm
from quietlegs.ui.window_state import FitOnFirstShow


class NightDialog(QDialog):
    def __init__(self, service: JournalService, parent: QWidget | None = None,
                 night: Night | None = None, night_of: date | None = None, tz=None):
        super().__init__(parent)
        night_of = night.night_of if night is not None else night_of
        if night_of is None:
            raise ValueError("NightDialog needs a night or a night_of date")
        self.setWindowTitle(self.tr("The night of {0}").format(day_label(night_of, year=True)))
        apply_look(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(hint(self.tr("The night that began on the evening of {0}.").format(
            day_label(night_of, year=True, full=True))))
        self.form = NightForm(service, self, tz=tz)
        self.form.save_button.hide()  # the dialog's own Save does it
        self.form.load(night_of, night)
        self.form.saved.connect(lambda _night: QDialog.accept(self))
        layout.addWidget(FittingScrollArea(self.form), 1)  # scrolled where the screen is too small (2×)
        FitOnFirstShow(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.focus_first()

    def accept(self) -> None:
        self.form.save()  # on success the form's ``saved`` closes the dialog
