"""The confirmation before a file is written into the journal: what will be added, replaced,
joined and left out, and why (services.import_preview counts it; this only shows it).

Window-modal and opened with ``open()``, not ``exec()``: the import goes on from ``accepted``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from quietlegs.domain import readers
from quietlegs.domain.readers import loop_habits
from quietlegs.services import import_preview
from quietlegs.services.import_preview import ImportPlan
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.plain_text import plain_label

SHOWN_EXAMPLES = 3


class ImportPreviewDialog(QDialog):
    def __init__(self, file_name: str, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Import {0}").format(file_name) if plan.columns or plan.own_format else
                            tr("Import from {0}").format(plan.source))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        heading = plain_label(tr("{0} holds a Quiet Legs journal.").format(file_name) if plan.own_format else
                              tr("{0} is a CSV file of nights.").format(file_name) if plan.columns else
                              tr("{0} is a {1} export.").format(file_name, plan.source))
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary = plain_label("\n".join(self.sentences()))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setMinimumWidth(460)
        layout.addWidget(self.summary)
        can_import = plan.writes_anything and not plan.problems
        if plan.problems:
            after_text = tr("This cannot be imported, and your journal stays as it is: {0}").format(plan.problems[0])
        elif plan.writes_anything and plan.own_format:
            after_text = tr("Your journal is backed up first. A record already in your journal is replaced by the "
                            "file's version; nothing else in your journal changes.")
        elif plan.writes_anything:
            after_text = tr("Your journal is backed up first. Nights you already logged are never changed.")
        else:
            after_text = tr("There is nothing new to import: your journal stays as it is.")
        after = plain_label(after_text)
        after.setObjectName("after")
        after.setWordWrap(True)
        layout.addWidget(after)
        buttons = QDialogButtonBox()
        if can_import:
            self.import_button = buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.import_button.setDefault(True)
        else:
            self.import_button = None
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _reason(self, reason: str) -> str:
        return {
            readers.NAP: tr("naps or day sleeps"),
            readers.DUPLICATE: tr("the same record more than once in the export"),
            readers.IMPLAUSIBLE: tr("not plausible as a night"),
            readers.OVERLAP: tr("overlapping another night of the export"),
            import_preview.ALREADY_IMPORTED: tr("already imported before, unchanged"),
            import_preview.ALREADY_LOGGED: tr("nights already in your journal (kept as they are)"),
            import_preview.OVERLAPS_LOGGED: tr("overlapping a night already in your journal"),
            loop_habits.UNMAPPED: tr("checks of habits you chose not to import"),
            loop_habits.GUESSED: tr("days the app only guessed from a habit's frequency (not checked)"),
        }.get(reason, reason)

    def sentences(self) -> list[str]:
        plan = self.plan

        n = plan.added.get("nights", 0)
        if plan.problems:
            return [tr("Nothing will be imported.")]
        if plan.own_format:
            return self._own_sentences()
        out = [tr("%n night(s) will be added.", "", n) if n else tr("No night will be added.")]
        if plan.added.get("interventions"):
            out.append(tr("%n intervention(s) will be added.", "", plan.added["interventions"]))
        if plan.joined_segments:
            out.append(tr("%n part(s) of nights recorded in pieces will be joined into their nights.", "",
                          plan.joined_segments))
        skipped = plan.skipped_by_reason
        if skipped:
            out.append(tr("Left out:"))
        for reason, count in skipped:
            examples = plan.examples.get(reason, [])[:SHOWN_EXAMPLES]
            line = tr("• {0}: {1}").format(self._reason(reason), count)
            if examples:
                line += tr(" (e.g. {0})").format(", ".join(examples))
            out.append(line)
        return out

    def _own_sentences(self) -> list[str]:
        """Quiet Legs' own file: what each part adds and which records it replaces (FORMAT.md: by id)."""
        plan = self.plan
        added_words = {
            "nights": lambda n: tr("%n night(s) will be added.", "", n),
            "symptoms": lambda n: tr("%n symptom(s) will be added.", "", n),
            "interventions": lambda n: tr("%n intervention(s) will be added.", "", n),
            "appointments": lambda n: tr("%n appointment(s) will be added.", "", n),
            "kinds": lambda n: tr("%n new kind(s) will be added.", "", n),
        }
        replaced_words = {
            "nights": lambda n: tr("%n night(s) already in your journal will be replaced.", "", n),
            "symptoms": lambda n: tr("%n symptom(s) already in your journal will be replaced.", "", n),
            "interventions": lambda n: tr("%n intervention(s) already in your journal will be replaced.", "", n),
            "appointments": lambda n: tr("%n appointment(s) already in your journal will be replaced.", "", n),
        }
        added = [say(plan.added[s]) for s, say in added_words.items() if plan.added.get(s)]
        replaced = [say(plan.replaced[s]) for s, say in replaced_words.items() if plan.replaced.get(s)]
        return (added or [tr("Nothing new will be added.")]) + replaced
