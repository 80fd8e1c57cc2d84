"""One night in full: its diary with the figures worked out from it, its symptoms, and its
interventions split into before bed and during the night (DESIGN.md pairing rule)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quietlegs.domain.vocab import QUALITY_LABELS, RESTED_LABELS
from quietlegs.services.night_detail import NightEntry
from quietlegs.ui.models import formatting as fmt
from quietlegs.ui.models.night_events import InterventionTableModel, SymptomTableModel
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.look import rows_to_pick
from quietlegs.ui.widgets.narrow_layouts import ShortLabel
from quietlegs.ui.widgets.plain_text import plain_label


class EventTable(QTableView):
    """A short table that is as tall as its rows: the detail scrolls as a whole, not each table."""

    def __init__(self, model, stretch: int, parent=None):
        super().__init__(parent)
        self.setModel(model)
        rows_to_pick(self)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # elided when narrow
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        model.modelReset.connect(self._fit)
        header.sectionResized.connect(lambda *_: self._fit())
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows (wrapped to the width), so nothing scrolls inside."""
        rows = self.model().rowCount()
        vh = self.verticalHeader()
        height = sum(vh.sectionSize(r) for r in range(rows))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + height + 2 * self.frameWidth())
        self.setVisible(rows > 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def current_record(self):
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model().record(index.row())


def _section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _titled(title: QLabel, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    row.addWidget(button)
    return row


def _empty_note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyNote")
    return label


class NightDetail(QWidget):
    edit_night_clicked = Signal()
    delete_night_clicked = Signal()
    add_symptom_clicked = Signal()
    add_intervention_clicked = Signal()

    def __init__(self, kind_name, parent=None):
        super().__init__(parent)
        self.setObjectName("nightDetail")
        self._kind_name = kind_name
        self.entry: NightEntry | None = None
        self.night_of: date | None = None

        self.title = QLabel()
        self.title.setObjectName("nightTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("nightSubtitle")
        self.subtitle.setWordWrap(True)

        self.edit_button = QPushButton(self.tr("&Edit night…"))
        self.delete_button = QPushButton(self.tr("Delete night"))
        self.add_symptom_button = QPushButton(self.tr("Add &symptom…"))
        self.add_intervention_button = QPushButton(self.tr("Add &intervention…"))
        self.edit_button.clicked.connect(self.edit_night_clicked)
        self.delete_button.clicked.connect(self.delete_night_clicked)
        self.add_symptom_button.clicked.connect(self.add_symptom_clicked)
        self.add_intervention_button.clicked.connect(self.add_intervention_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for b in (self.add_symptom_button, self.add_intervention_button):
            b.setObjectName("addButton")

        self.figures = QFrame()
        self.figures.setObjectName("figures")
        self.figures_grid = QGridLayout(self.figures)
        self.figures_grid.setContentsMargins(12, 10, 12, 10)
        self.figures_grid.setHorizontalSpacing(16)
        self.figures_grid.setVerticalSpacing(4)
        self.figure_names: list[QLabel] = []
        self.figure_values: list[QLabel] = []
        for i in range(12):
            r, c = divmod(i, 3)
            name, value = ShortLabel(), QLabel()  # a long name (another language) on two lines
            name.setObjectName("figureName")
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures_grid.addWidget(name, 2 * r, c)
            self.figures_grid.addWidget(value, 2 * r + 1, c)
            self.figure_names.append(name)
            self.figure_values.append(value)
        self.notes = plain_label()  # the person's words, never read as markup
        self.notes.setObjectName("nightNotes")
        self.notes.setWordWrap(True)

        self.symptoms_model = SymptomTableModel(kind_name, self)
        self.before_model = InterventionTableModel(kind_name, self)
        self.during_model = InterventionTableModel(kind_name, self)
        self.symptoms_view = EventTable(self.symptoms_model, stretch=2)
        self.before_view = EventTable(self.before_model, stretch=4)
        self.during_view = EventTable(self.during_model, stretch=4)
        self.symptoms_view.setAccessibleName(self.tr("Leg symptoms"))
        self.before_view.setAccessibleName(self.tr("Before bed"))
        self.during_view.setAccessibleName(self.tr("During the night"))
        self.symptoms_empty = _empty_note(self.tr("No leg symptoms logged for this night."))
        self.before_empty = _empty_note(self.tr("Nothing logged before bed."))
        # The regimen's doses that night: missed ones, and those skipped on purpose.
        self.regimen_note = plain_label()  # kinds' names: the person's words
        self.regimen_note.setObjectName("regimenNote")
        self.regimen_note.setWordWrap(True)
        self.during_empty = _empty_note(self.tr("Nothing used during the night."))
        self.before_title = _section_title(self.tr("Before bed"))
        self.during_title = _section_title(self.tr("During the night"))
        self.during_hint = QLabel(self.tr("Reactions to symptoms: judged by how fast they eased, "
                                          "never credited or blamed for the night."))
        self.during_hint.setObjectName("hint")
        self.during_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 10, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(self.figures)
        layout.addWidget(self.notes)
        layout.addSpacing(8)
        layout.addLayout(_titled(_section_title(self.tr("Symptoms")), self.add_symptom_button))
        layout.addWidget(self.symptoms_view)
        layout.addWidget(self.symptoms_empty)
        layout.addSpacing(8)
        layout.addLayout(_titled(self.before_title, self.add_intervention_button))
        layout.addWidget(self.before_view)
        layout.addWidget(self.before_empty)
        layout.addWidget(self.regimen_note)
        layout.addSpacing(8)
        layout.addWidget(self.during_title)
        layout.addWidget(self.during_hint)
        layout.addWidget(self.during_view)
        layout.addWidget(self.during_empty)
        layout.addStretch(1)
        self.show_entry(None, None)

    # ------------------------------------------------------------------ filling

    def show_entry(self, night_of: date | None, entry: NightEntry | None) -> None:
        """Show night ``night_of`` (``entry`` ``None``: nothing logged for it)."""
        self.night_of, self.entry = night_of, entry
        row = entry.row if entry else None
        if night_of is None:
            self.title.setText(self.tr("Choose a night"))
            self.subtitle.setText(self.tr("Pick a night in the list or the calendar to see it in full."))
        else:
            self.title.setText(self.tr("Night of %1").replace(
                "%1", fmt.day_label(night_of, year=True, full=True)))
            self.subtitle.setText(self._summary(entry))
        for b in (self.edit_button, self.add_symptom_button, self.add_intervention_button):
            b.setEnabled(night_of is not None)
        self.edit_button.setText(self.tr("&Edit night…") if row else self.tr("&Log this night…"))
        self.delete_button.setVisible(row is not None)
        self._fill_figures(entry)
        notes = row.night.notes if row else ""
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))

        self.symptoms_model.set_records(entry.symptoms if entry else [])
        logged = row is not None
        self.before_model.set_records((entry.before_bed if logged else entry.not_logged) if entry else [])
        self.during_model.set_records(entry.during_night if entry else [])
        self.before_title.setText(self.tr("Before bed") if logged or not entry or not entry.not_logged
                                  else self.tr("Interventions (no bedtime logged, so not split)"))
        for title in (self.during_title, self.during_hint):
            title.setVisible(logged)
        has = night_of is not None
        self.symptoms_empty.setVisible(has and self.symptoms_model.rowCount() == 0)
        self.before_empty.setVisible(has and self.before_model.rowCount() == 0)
        self.during_empty.setVisible(has and logged and self.during_model.rowCount() == 0)
        self._show_regimen(entry)

    def _show_regimen(self, entry: NightEntry | None) -> None:
        """"Missed: Magnesium, Iron · Skipped on purpose: Stretching" (hidden when neither)."""
        from quietlegs.domain.regimens import Status

        doses = entry.regimen if entry else []
        missed = [self._kind_name(d.regimen.kind) for d in doses if d.status is Status.MISSED]
        skipped = [self._kind_name(d.regimen.kind) for d in doses if d.status is Status.SKIPPED]
        lines = []
        if missed:
            lines.append(self.tr("Missed from your regimen: %1").replace("%1", ", ".join(missed)))
        if skipped:
            lines.append(self.tr("Skipped on purpose: %1").replace("%1", ", ".join(skipped)))
        self.regimen_note.setText("\n".join(lines))
        self.regimen_note.setVisible(bool(lines))

    def _summary(self, entry: NightEntry | None) -> str:
        if entry is None or entry.row is None:
            return self.tr("No diary for this night yet.")
        v = entry.row.values
        parts = [self.tr("%1 asleep").replace("%1", fmt.duration(v["total_sleep_min"]))]
        if v["sleep_efficiency"] is not None:
            parts.append(self.tr("%1% efficiency").replace("%1", f"{v['sleep_efficiency']:.0f}"))
        n = len(entry.symptoms)
        parts.append(self.tr("no symptoms") if n == 0 else
                     self.tr("%n symptom(s)", "", n))
        return " · ".join(parts)

    def _fill_figures(self, entry: NightEntry | None) -> None:
        row = entry.row if entry else None
        self.figures.setVisible(row is not None)
        if row is None:
            return
        n, v = row.night, row.values

        def scale(value, labels, top):
            return "–" if value is None else f"{value}/{top} · {vocab_tr(labels[value])}" if labels else f"{value}/{top}"

        cells = [
            (self.tr("In bed"), fmt.clock(n.in_bed)),
            (self.tr("Lights out"), fmt.clock(n.lights_out)),
            (self.tr("Fell asleep in"), fmt.duration(n.sleep_latency_min)),
            (self.tr("Woke in the night"), self.tr("not once") if n.awakenings == 0 else
             self.tr("%1× · %2").replace("%1", str(n.awakenings)).replace("%2", fmt.duration(n.wake_after_sleep_onset_min))),
            (self.tr("Final wake"), fmt.clock(n.final_wake)),
            (self.tr("Out of bed"), fmt.clock(n.out_of_bed)),
            (self.tr("Time in bed"), fmt.duration(v["time_in_bed_min"])),
            (self.tr("Total sleep"), fmt.duration(v["total_sleep_min"])),
            (self.tr("Sleep efficiency"),
             "–" if v["sleep_efficiency"] is None else f"{v['sleep_efficiency']:.0f}%"),
            (self.tr("Quality"), scale(n.quality, QUALITY_LABELS, 5)),
            (self.tr("Rested"), scale(n.rested, RESTED_LABELS, 5)),
            (self.tr("Leg discomfort"), scale(n.legs_severity, None, 10)),
        ]
        for (label, value), name, val in zip(cells, self.figure_names, self.figure_values):
            name.setText(label)
            val.setText(value)
