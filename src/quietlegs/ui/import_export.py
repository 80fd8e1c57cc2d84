"""File → Import… and File → Export…: journal files in and out of the window, with the command
line's own readers and writers (storage.interchange), off the UI thread.

Import reads a FORMAT.md JSON file, a .zip of CSV files, one CSV file, or a folder of CSV files,
or another app's export, shows what it would add, replace and leave out (services.import_preview),
and only once the person confirms hands the records to ``JournalService`` (check, backup first,
all or nothing); Cancel changes nothing. Export writes the
whole journal as one lossless JSON file, or as a new folder of four CSV files for spreadsheets.
Each ends with one calm message: what was done, or what in the file is wrong and that nothing
changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from quietlegs.ui import import_steps
from quietlegs.ui.background import Job, Runner
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.settings import app_settings
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.plain_text import plain_box, plain_label

FOLDER_KEY = "import_export/last_folder"
SHOWN_PROBLEMS = 6  # a CSV file may have hundreds of bad rows: the first few, then "and N more"


def _problem_text(exc: BaseException) -> str:
    """The importer's own words (they name the record and field, or file, line and column)."""
    from quietlegs.domain.csv_format import CsvImportError
    from quietlegs.domain.journal_format import FormatError
    from quietlegs.domain.validation import InvalidRecord
    from quietlegs.storage.errors import StorageError

    if isinstance(exc, CsvImportError):  # one problem a line, all of them
        return "\n".join(str(p) for p in exc.problems) or str(exc)
    if isinstance(exc, (FormatError, CsvImportError, InvalidRecord, StorageError)):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return f"{exc.__class__.__name__}: {exc}"


def _left_out_text(data) -> str:
    """What the CSV files could not hold, said plainly (appointments, milestones, experiments)."""
    from quietlegs.domain.csv_format import left_out_of_csv

    left_out = left_out_of_csv(data)
    if not left_out:
        return ""
    counted = {"appointment": lambda n: tr("%n appointment(s)", "", n),
               "milestone": lambda n: tr("%n milestone(s)", "", n),
               "planned experiment": lambda n: tr("%n planned experiment(s)", "", n)}
    counted.update({f"{noun}s": say for noun, say in list(counted.items())})  # the CSV module's plural nouns
    what = ", ".join(counted[noun](n) if noun in counted else f"{n} {noun}" for n, noun in left_out)
    return tr("\n\nNot in the CSV files: {0}. File → Export… as JSON keeps them.").format(what)


def _counts_text(nights: int, symptoms: int, interventions: int) -> str:
    return tr("{0}, {1} and {2}").format(
        tr("%n night(s)", "", nights), tr("%n symptom(s)", "", symptoms), tr("%n intervention(s)", "", interventions))


class ImportExport(QObject):
    """The four File-menu actions and the work behind them. ``finished`` fires after the final
    message (tests wait on it)."""

    finished = Signal()

    def __init__(self, window, service: JournalService, now: Callable[[], datetime]):
        super().__init__(window)
        self.window, self.service, self.now = window, service, now
        self.runner = Runner(self, "import-export")
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self.preview = None  # the confirmation shown before any file is written into the journal
        self.import_action = self._action(tr("&Import…"), "Ctrl+Shift+I", self.import_file, tr(
            "Add the nights in a Quiet Legs JSON file, in CSV files (.csv or .zip), or in an export of Sleep as "
            "Android, Fitbit or Loop Habit Tracker, to your journal"))
        self.import_folder_action = self._action(tr("Import a CSV &Folder…"), None, self.import_folder, tr(
            "Add the nights in a folder of CSV files (nights.csv, symptoms.csv, …), or in an unpacked Fitbit or "
            "Loop Habit Tracker export, to your journal"))
        self.export_action = self._action(tr("&Export…"), "Ctrl+Shift+E", self.export_json, tr(
            "Save the whole journal as one file that Quiet Legs can import again"))
        self.export_csv_action = self._action(tr("Export for &Spreadsheets (CSV)…"), None, self.export_csv, tr(
            "Save the journal as four CSV files in a new folder, for a spreadsheet"))
        self.actions = [self.import_action, self.import_folder_action, self.export_action, self.export_csv_action]

    def _action(self, text: str, shortcut: str | None, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        return action

    # ------------------------------------------------------------------ where files are

    def _start_folder(self) -> str:
        folder = app_settings(self.service.paths).value(FOLDER_KEY, "")
        if folder and Path(folder).is_dir():
            return folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return docs if docs and Path(docs).is_dir() else QDir.homePath()

    def _remember_folder(self, folder: Path) -> None:
        app_settings(self.service.paths).setValue(FOLDER_KEY, str(folder))

    # ------------------------------------------------------------------ import

    def import_file(self) -> None:
        if self.job is not None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a journal file"), self._start_folder(),
            self.tr("Journal files and other apps' exports (*.json *.zip *.csv);;Quiet Legs journal (*.json);;"
                    "CSV files in a .zip (*.zip);;One CSV file (*.csv);;All files (*)"))
        if name:
            self._import(Path(name))

    def import_folder(self) -> None:
        if self.job is not None:
            return
        name = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose the folder that holds the CSV files"), self._start_folder())
        if name:
            self._import(Path(name))

    def _import(self, path: Path, habit_map: dict[str, str] | None = None, columns=None) -> None:
        from quietlegs.storage.file_checks import ImportFileRefused, check_import_source

        service, tr = self.service, self.tr
        try:  # a FIFO, a device, a huge file: refused before a thread starts reading it
            check_import_source(path)
        except ImportFileRefused as exc:
            self._finish(QMessageBox.Icon.Warning, tr("Nothing was imported"), str(exc),
                         tr("Your journal is unchanged. Choose a Quiet Legs .json file, CSV files, "
                            "another app's export, or a folder of them."))
            return
        self._remember_folder(path.parent)

        def work(stage):
            from quietlegs.services.import_preview import plan_import
            from quietlegs.storage.import_sources import read_import_source

            from quietlegs.storage.import_sources import NeedsColumns

            try:
                source = read_import_source(path, service.journal.kind_slugs(), habit_map, service.journal.kinds(),
                                            columns)
            except NeedsColumns as needs:  # a CSV file of nights whose columns do not say what they are
                if columns is not None:
                    raise
                return needs
            data = source.data
            stage(tr("Checking {0}…").format(
                _counts_text(len(data.nights), len(data.symptoms), len(data.interventions))))
            return plan_import(service.journal, source)  # shown first, written only once confirmed

        def done(result) -> None:
            from quietlegs.services.import_preview import ImportPlan
            from quietlegs.services.opening import CannotOpen

            from quietlegs.storage.import_sources import NeedsColumns

            if isinstance(result, NeedsColumns):
                import_steps.map_columns(self, path, result.header)
                return
            if isinstance(result, ImportPlan):
                if result.own_format and result.problems:  # refused in the importer's words, as ever
                    failed(result.problems[0])
                elif result.habits and habit_map is None:
                    import_steps.map_habits(self, path, result)
                else:
                    import_steps.confirm(self, path, result, done, failed)
                return
            if isinstance(result, CannotOpen):
                self._finish(QMessageBox.Icon.Critical, tr("Nothing was imported"),
                             tr("Your journal failed its check, so nothing was written into it."),
                             str(result), details=result.detail)
                return
            counts = result.counts
            service.finish_import()
            self.window.show_page("journal")
            total = service.journal.counts()["nights"]
            text = tr("Imported {0} from {1}.").format(
                _counts_text(counts.nights, counts.symptoms, counts.interventions), path.name)
            more = tr("Your journal now holds %n night(s).", "", total)
            if result.backup is not None:
                more += " " + tr("Your journal as it was before is kept as a backup (File → Settings…).")
            self._finish(QMessageBox.Icon.Information, tr("Import finished"), text, more)

        def failed(problem: str) -> None:
            lines = problem.splitlines() or [problem]
            shown = "\n".join(lines[:SHOWN_PROBLEMS])
            if len(lines) > SHOWN_PROBLEMS:
                shown = tr("%n problem(s) found. The first ones:", "", len(lines)) + "\n" + shown + \
                    "\n" + tr("… and %n more (Show Details… lists them all).", "", len(lines) - SHOWN_PROBLEMS)
            source = tr("the folder {0}").format(path.name) if path.is_dir() else path.name
            self._finish(QMessageBox.Icon.Warning, tr("Nothing was imported"),
                         tr("Nothing was imported from {0}, and your journal is unchanged.").format(source),
                         shown + "\n\n" + (tr("Correct this in the CSV files, then import the folder again.")
                                             if path.is_dir() else tr("Correct this in the file, then import it again.")),
                         details=problem if len(lines) > SHOWN_PROBLEMS else "")

        self._run(tr("Reading {0}…").format(path.name), work, done, failed)

    # ------------------------------------------------------------------ export

    def export_json(self) -> None:
        if self.job is not None:
            return
        suggested = Path(self._start_folder()) / f"quietlegs-journal-{self.now():%Y-%m-%d}.json"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the journal"), str(suggested), self.tr("Quiet Legs journal (*.json)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self._remember_folder(path.parent)
        service, now, tr = self.service, self.now, self.tr

        def work(stage):
            from quietlegs.storage.interchange import write_journal_json

            data = service.journal.export()
            stage(tr("Saving {0}…").format(path.name))
            write_journal_json(path, data, now())
            return data

        def done(data) -> None:
            self._finish(QMessageBox.Icon.Information, tr("Export finished"),
                         tr("Saved {0} in {1}.").format(
                             _counts_text(len(data.nights), len(data.symptoms), len(data.interventions)),
                             path.name),
                         tr("In {0}\n\nIt holds your whole journal; File → Import… reads it back. "
                            "It holds health data, so keep it somewhere private.").format(path.parent),
                         folder=path.parent)

        self._run(tr("Reading your journal…"), work, done, self._export_failed(path))

    def export_csv(self) -> None:
        if self.job is not None:
            return
        name = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose where to put the folder of CSV files"), self._start_folder())
        if not name:
            return
        parent = Path(name)
        self._remember_folder(parent)
        folder = parent / f"quietlegs-csv-{self.now():%Y-%m-%d}"
        n = 2
        while folder.exists():
            folder = parent / f"quietlegs-csv-{self.now():%Y-%m-%d}-{n}"
            n += 1
        service, tr = self.service, self.tr

        def work(stage):
            from quietlegs.storage.interchange import write_journal_csv

            data = service.journal.export()
            stage(tr("Saving the CSV files…"))
            write_journal_csv(folder, data)
            return data

        def done(data) -> None:
            self._finish(QMessageBox.Icon.Information, tr("Export finished"),
                         tr("Saved {0} as CSV files in the new folder {1}.").format(
                             _counts_text(len(data.nights), len(data.symptoms), len(data.interventions)),
                             folder.name),
                         tr("In {0}\n\nnights.csv, symptoms.csv, interventions.csv and kinds.csv open in any "
                            "spreadsheet. They hold health data, so keep them somewhere private.")
                         .format(parent) + _left_out_text(data), folder=folder)

        self._run(tr("Reading your journal…"), work, done, self._export_failed(folder))

    def _export_failed(self, target: Path):
        def failed(problem: str) -> None:
            self._finish(QMessageBox.Icon.Warning, self.tr("Nothing was exported"),
                         self.tr("{0} could not be saved.").format(target.name),
                         problem + "\n\n" + self.tr("Your journal is unchanged. Try another folder."))
        return failed

    # ------------------------------------------------------------------ running and telling

    def _run(self, label: str, work, done, failed) -> None:
        progress = QProgressDialog("", None, 0, 0, self.window)
        progress.setLabel(plain_label())  # file names are never read as markup
        progress.setLabelText(self._with_note(label))
        progress.setWindowTitle(self.tr("Please wait"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)  # all or nothing: an import cannot stop halfway
        progress.setMinimumDuration(300)  # a small file never flashes a window
        progress.setMinimumWidth(420)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        for action in self.actions:
            action.setEnabled(False)
        # Every failure becomes one message (the importer's own words), never a traceback.
        self.job = self.runner.start(
            lambda task: work(task.progress),
            progress=lambda text: progress.setLabelText(self._with_note(text)),
            done=lambda result: self._end(done, result),
            error=lambda exc: self._end(failed, _problem_text(exc)))

    def _with_note(self, text: str) -> str:
        return text + "\n\n" + self.tr("Years of nights can take a minute. Nothing changes until all of it is done.")

    def _end(self, then, value) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        for action in self.actions:
            action.setEnabled(True)
        then(value)

    def _finish(self, icon, title: str, text: str, more: str, details: str = "", folder: Path | None = None) -> None:
        box = plain_box(QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, self.window))
        box.setText(text)  # file names and the file's own contents: shown as they are
        box.setInformativeText(more)
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
        if details:
            box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show = box.addButton(self.tr("Show in &Folder"), QMessageBox.ButtonRole.ActionRole) if folder else None
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        self.message = box
        box.exec()
        self.message = None
        if show is not None and box.clickedButton() is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))  # a local folder, never the network
        self.finished.emit()


def install_import_export(window: QWidget, service: JournalService, now: Callable[[], datetime]) -> ImportExport:
    """File → Import…, Import a CSV Folder…, Export…, Export for Spreadsheets (CSV)… at the top of File."""
    io = ImportExport(window, service, now)
    file_menu = window.menu("&File")
    first = file_menu.actions()[0] if file_menu.actions() else None
    for action in io.actions[:2]:
        file_menu.insertAction(first, action)
    file_menu.insertSeparator(first)
    for action in io.actions[2:]:
        file_menu.insertAction(first, action)
    if first is not None:
        file_menu.insertSeparator(first)
    window.import_export = io
    return io
