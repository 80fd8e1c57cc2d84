"""File → Import… and File → Export…: journal files in and out of the window, with the command
line's own readers and writers (storage.interchange), off the UI thread.

Import reads a FORMAT.md JSON file, a .zip of CSV files, one CSV file, or a folder of CSV files,
then hands the records to ``JournalService`` (backup first, all or nothing). Export writes the
whole journal as one lossless JSON file, or as a new folder of four CSV files for spreadsheets.
Each ends with one calm message: what was done, or what in the file is wrong and that nothing
changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QRunnable, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.settings import app_settings

FOLDER_KEY = "import_export/last_folder"
SHOWN_PROBLEMS = 6  # a CSV file may have hundreds of bad rows: the first few, then "and N more"


class _Signals(QObject):
    stage = Signal(str)
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work(stage)`` on a worker thread; ``explain`` turns an exception into words."""

    def __init__(self, work: Callable[[Callable[[str], None]], object], explain: Callable[[BaseException], str]):
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.explain = work, explain
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.stage.emit)
        except Exception as exc:  # noqa: BLE001 — every failure becomes one message, never a traceback
            self.signals.failed.emit(self.explain(exc))
        else:
            self.signals.done.emit(result)


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


def _counts_text(nights: int, symptoms: int, interventions: int, tr) -> str:
    def many(n: int, one: str, more: str) -> str:
        return (one if n == 1 else more).format(f"{n:,}")

    return tr("{0}, {1} and {2}").format(
        many(nights, tr("{0} night"), tr("{0} nights")),
        many(symptoms, tr("{0} symptom"), tr("{0} symptoms")),
        many(interventions, tr("{0} intervention"), tr("{0} interventions")))


class ImportExport(QObject):
    """The four File-menu actions and the work behind them. ``finished`` fires after the final
    message (tests wait on it)."""

    finished = Signal()

    def __init__(self, window, service: JournalService, now: Callable[[], datetime]):
        super().__init__(window)
        self.window, self.service, self.now = window, service, now
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: _Job | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        tr = self.tr
        self.import_action = self._action(tr("&Import…"), "Ctrl+Shift+I", self.import_file, tr(
            "Add the nights in a Quiet Legs JSON file, or in CSV files (.csv or .zip), to your journal"))
        self.import_folder_action = self._action(tr("Import a CSV &Folder…"), None, self.import_folder, tr(
            "Add the nights in a folder of CSV files (nights.csv, symptoms.csv, …) to your journal"))
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
            self.tr("Journal files (*.json *.zip *.csv);;Quiet Legs journal (*.json);;"
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

    def _import(self, path: Path) -> None:
        from quietlegs.storage.file_checks import ImportFileRefused, check_import_source

        service, tr = self.service, self.tr
        try:  # a FIFO, a device, a huge file: refused before a thread starts reading it
            check_import_source(path)
        except ImportFileRefused as exc:
            self._finish(QMessageBox.Icon.Warning, tr("Nothing was imported"), str(exc),
                         tr("Your journal is unchanged. Choose a Quiet Legs .json file, CSV files, "
                            "or a folder of them."))
            return
        self._remember_folder(path.parent)
        had_nights = service.journal.counts()["nights"] > 0

        def work(stage):
            from quietlegs.storage.interchange import read_journal_source

            data = read_journal_source(path, service.journal.kind_slugs())
            stage(tr("Checking and adding {0}…").format(
                _counts_text(len(data.nights), len(data.symptoms), len(data.interventions), tr)))
            return service.store_import(data)

        def done(counts) -> None:
            service.finish_import()
            self.window.show_page("journal")
            total = service.journal.counts()["nights"]
            text = tr("Imported {0} from {1}.").format(
                _counts_text(counts.nights, counts.symptoms, counts.interventions, tr), path.name)
            more = tr("Your journal now holds {0} nights.").format(f"{total:,}")
            if had_nights:
                more += " " + tr("Your journal as it was before is kept as a backup (File → Settings…).")
            self._finish(QMessageBox.Icon.Information, tr("Import finished"), text, more)

        def failed(problem: str) -> None:
            lines = problem.splitlines() or [problem]
            shown = "\n".join(lines[:SHOWN_PROBLEMS])
            if len(lines) > SHOWN_PROBLEMS:
                shown = tr("{0} problems were found. The first ones:").format(len(lines)) + "\n" + shown + \
                    "\n" + tr("… and {0} more (Show Details… lists them all).").format(len(lines) - SHOWN_PROBLEMS)
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
                             _counts_text(len(data.nights), len(data.symptoms), len(data.interventions), tr),
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
                             _counts_text(len(data.nights), len(data.symptoms), len(data.interventions), tr),
                             folder.name),
                         tr("In {0}\n\nnights.csv, symptoms.csv, interventions.csv and kinds.csv open in any "
                            "spreadsheet. They hold health data, so keep them somewhere private.")
                         .format(parent), folder=folder)

        self._run(tr("Reading your journal…"), work, done, self._export_failed(folder))

    def _export_failed(self, target: Path):
        def failed(problem: str) -> None:
            self._finish(QMessageBox.Icon.Warning, self.tr("Nothing was exported"),
                         self.tr("{0} could not be saved.").format(target.name),
                         problem + "\n\n" + self.tr("Your journal is unchanged. Try another folder."))
        return failed

    # ------------------------------------------------------------------ running and telling

    def _run(self, label: str, work, done, failed) -> None:
        progress = QProgressDialog(self._with_note(label), None, 0, 0, self.window)
        progress.setWindowTitle(self.tr("Please wait"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)  # all or nothing: an import cannot stop halfway
        progress.setMinimumDuration(300)  # a small file never flashes a window
        progress.setMinimumWidth(420)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        job = _Job(work, _problem_text)
        job.signals.stage.connect(lambda text: progress.setLabelText(self._with_note(text)))
        job.signals.done.connect(lambda result: self._end(done, result))
        job.signals.failed.connect(lambda problem: self._end(failed, problem))
        self.job = job
        for action in self.actions:
            action.setEnabled(False)
        self.pool.start(job)

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
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
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
