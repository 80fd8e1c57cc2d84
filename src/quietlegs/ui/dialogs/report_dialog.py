"""Print report…: choose the nights, the sections and the name; preview, print or save a PDF.

Composing (reading a year of nights, the summaries, the charts) runs on the dialog's background
runner while a busy bar shows, the statistics in the worker process; the window stays
responsive. Painting then goes through the report's one rendering path, whether Qt's print
preview, the system print dialog, or a PDF file asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quietlegs import __version__
from quietlegs.domain.appointments import default_report_period
from quietlegs.domain.validation import FIRST_DATE, LAST_DATE
from quietlegs.report.content import SECTIONS, ReportContent, ReportOptions, compose_content
from quietlegs.report.render import ReportError, default_page_size, prepare_device, render_report, write_pdf
from quietlegs.services import estimates
from quietlegs.ui import colours
from quietlegs.ui.background import Runner
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.widgets.look import inline
from quietlegs.ui.widgets.plain_text import plain_label
from quietlegs.ui.widgets.date_fields import DateField
from quietlegs.ui.window_state import fit_size

PAPERS = (
    ("A4", QPageSize.PageSizeId.A4),
    ("Letter", QPageSize.PageSizeId.Letter),
    ("Legal", QPageSize.PageSizeId.Legal),
    ("A5", QPageSize.PageSizeId.A5),
)
NAME_KEY = "report/name"
PAPER_KEY = "report/paper"
SECTIONS_KEY = "report/sections"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportDialog(QDialog):
    def __init__(self, service: JournalService, settings: QSettings, now: Callable[[], datetime],
                 tz: tzinfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print report"))
        self.service, self.settings, self._now, self._tz = service, settings, now, tz
        self._runner = Runner(self, "report")
        self._job = None  # the composition under way
        self._then: Callable[[ReportContent], None] = lambda content: None
        self.last_pages = 0

        today = now().date()
        start, end = default_report_period(service.journal.appointments(), today)
        self.from_edit = DateField(_qdate(start))
        self.to_edit = DateField(_qdate(end))
        self.from_edit.setAccessibleName(self.tr("Report from"))
        self.to_edit.setAccessibleName(self.tr("Report to"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setDateRange(QDate(FIRST_DATE), QDate(LAST_DATE))  # the dates a journal holds
            edit.dateChanged.connect(self._check)
        self.period_hint = QLabel()
        self.period_hint.setWordWrap(True)

        self.name_edit = QLineEdit(str(settings.value(NAME_KEY, "") or ""))
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("Your name, printed on every page"))

        titles = {"summary": self.tr("Summary"), "charts": self.tr("Charts"), "experiments": self.tr("Experiments"),
                  "nights": self.tr("Nights table"), "visit": self.tr("For this visit")}
        chosen = settings.value(SECTIONS_KEY, ",".join(SECTIONS))
        chosen = set(str(chosen).split(",")) if chosen else set()
        self.section_boxes = {name: QCheckBox(titles[name]) for name in SECTIONS}
        for name, box in self.section_boxes.items():
            box.setChecked(name in chosen or not chosen)
            box.toggled.connect(self._check)
        sections = inline(*self.section_boxes.values())

        self.paper = QComboBox()
        for label, size_id in PAPERS:
            self.paper.addItem(label, size_id)
        remembered = settings.value(PAPER_KEY)
        default_id = default_page_size().id()
        index = next((i for i, (label, size_id) in enumerate(PAPERS)
                      if (label == remembered) or (not remembered and size_id == default_id)), 0)
        self.paper.setCurrentIndex(index)

        form = QFormLayout()
        period = inline(self.from_edit, QLabel(self.tr("to")), self.to_edit)
        form.addRow(self.tr("&Nights of"), period)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.from_edit)
        form.addRow("", self.period_hint)
        form.addRow(self.tr("Sections"), sections)
        name_label = QLabel(self.tr("Na&me on the report"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        paper_label = QLabel(self.tr("&Paper"))
        paper_label.setBuddy(self.paper)
        form.addRow(paper_label, self.paper)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.message = plain_label()  # names files and problems
        self.message.setWordWrap(True)

        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._action_buttons = (self.preview_button, self.print_button, self.pdf_button)
        self._check()

    # ------------------------------------------------------------------ choices

    def options(self) -> ReportOptions:
        return ReportOptions(
            start=_pydate(self.from_edit.date()), end=_pydate(self.to_edit.date()),
            person=self.name_edit.text().strip(),
            sections=tuple(n for n in SECTIONS if self.section_boxes[n].isChecked()),
            generated_at=self._now(), app_version=__version__,
        )

    def page_size(self) -> QPageSize:
        return QPageSize(self.paper.currentData())

    def _check(self) -> bool:
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        problem = ""
        if start > end:
            problem = self.tr("The first night is after the last one.")
        elif not any(b.isChecked() for b in self.section_boxes.values()):
            problem = self.tr("Choose at least one section.")
        nights = (end - start).days + 1
        count = self.tr("%n night(s)", "", nights)
        self.period_hint.setText(problem or count)
        self.period_hint.setStyleSheet(colours.error_style(colours.palette()) if problem else "")
        for b in self._action_buttons if hasattr(self, "_action_buttons") else ():
            b.setEnabled(not problem and self._job is None)
        return not problem

    def _remember(self) -> None:
        self.settings.setValue(NAME_KEY, self.name_edit.text().strip())
        self.settings.setValue(PAPER_KEY, self.paper.currentText())
        self.settings.setValue(SECTIONS_KEY, ",".join(self.options().sections))
        self.settings.sync()

    # ------------------------------------------------------------------ composing off the UI thread

    def compose(self, then: Callable[[ReportContent], None]) -> None:
        if not self._check() or self._job is not None:
            return
        self._remember()
        self.message.setText(self.tr("Putting the report together…"))
        self.busy.show()
        journal, options, tz = self.service.journal, self.options(), self._tz
        self._then = then
        for b in self._action_buttons:
            b.setEnabled(False)
        self._job = self._runner.start(
            lambda task: compose_content(journal, options, tz, submit_estimate=estimates.submit),
            done=self._composed, error=lambda exc: self._failed(f"{exc.__class__.__name__}: {exc}"))

    def _composed(self, content: ReportContent) -> None:
        self._finish()
        try:
            self._then(content)
        except ReportError as exc:
            self.message.setText(str(exc))

    def _failed(self, text: str) -> None:
        self._finish()
        self.message.setText(self.tr("The report could not be put together: {0}").format(text))

    def _finish(self) -> None:
        self._job = None
        self.busy.hide()
        self.message.setText("")
        self._check()

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Sleep and legs report"))
        prepare_device(printer, self.page_size())
        return printer

    # ------------------------------------------------------------------ the three ways out

    def preview(self) -> None:
        def show(content: ReportContent) -> None:
            printer = self._printer()
            dialog = QPrintPreviewDialog(printer, self)
            dialog.setWindowTitle(self.tr("Report preview"))

            def paint(p: QPrinter) -> None:
                self.last_pages = render_report(p, content)

            dialog.paintRequested.connect(paint)
            fit_size(dialog, 900, 1000)  # a page's height where the screen has it
            dialog.exec()

        self.compose(show)

    def print_report(self) -> None:
        def send(content: ReportContent) -> None:
            printer = self._printer()
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print report"))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.last_pages = render_report(printer, content)
                self.message.setText(self.tr("Sent %n page(s) to the printer.", "", self.last_pages))

        self.compose(send)

    def save_pdf(self) -> None:
        o = self.options()
        suggested = Path.home() / f"quietlegs-report-{o.start:%Y-%m-%d}-to-{o.end:%Y-%m-%d}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), str(suggested),
                                              self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

        def write(content: ReportContent) -> None:
            try:
                self.last_pages = write_pdf(path, content, self.page_size())
            except OSError as exc:
                self.message.setText(self.tr("{0} could not be written ({1}).").format(path, exc.strerror))
                return
            self.message.setText(self.tr("Saved %n page(s) to {0}.", "", self.last_pages).format(path))

        self.compose(write)

    def done(self, result: int) -> None:  # a composition still running is of no use any more
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)
