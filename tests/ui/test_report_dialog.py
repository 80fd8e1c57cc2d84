import re
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from pypdf import PdfReader

from quietlegs.domain.records import Appointment
from quietlegs.ui.dialogs.report_dialog import NAME_KEY, ReportDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.settings import app_settings

NOW = datetime(2026, 11, 21, 8, 0)
VISIT = Appointment(date=date(2026, 11, 24), time=time(10, 30), with_whom="Dr Okafor",
                    questions=("Could my iron be low?",))


def text_of(path):
    return [re.sub(r"[ \t]+", " ", p.extract_text()) for p in PdfReader(str(path)).pages]


@pytest.fixture
def service(demo_journal, data_paths):
    return JournalService(demo_journal, data_paths)


@pytest.fixture
def dialog(qtbot, service, data_paths):
    d = ReportDialog(service, app_settings(data_paths), lambda: NOW)
    qtbot.addWidget(d)
    return d


def wait_composed(qtbot, d):
    qtbot.waitUntil(lambda: d._job is None and d.busy.isHidden(), timeout=20_000)


def test_the_period_defaults_to_the_last_90_nights_or_since_the_last_appointment(qtbot, service, data_paths):
    d = ReportDialog(service, app_settings(data_paths), lambda: NOW)
    qtbot.addWidget(d)
    assert d.options().start == date(2026, 8, 23) and d.options().end == date(2026, 11, 20)
    service.save_appointment(Appointment(date=date(2026, 9, 15), with_whom="GP"))
    d2 = ReportDialog(service, app_settings(data_paths), lambda: NOW)
    qtbot.addWidget(d2)
    assert d2.options().start == date(2026, 9, 15)


def test_the_preview_paints_through_the_same_path_as_the_pdf(qtbot, dialog, service, tmp_path, monkeypatch):
    service.save_appointment(VISIT)
    out = tmp_path / "preview.pdf"
    seen = {}

    def fake_exec(preview):  # instead of showing Qt's preview, let it paint once to a PDF printer
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        preview.paintRequested.emit(printer)
        seen["shown"] = True
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    qtbot.keyClicks(dialog.name_edit, "Ann Example")
    dialog.preview_button.click()
    assert dialog._job is not None and not dialog.busy.isHidden()  # composing runs off the UI thread
    wait_composed(qtbot, dialog)
    assert seen["shown"]
    pages = text_of(out)
    assert len(pages) == dialog.last_pages >= 3
    assert all("Ann Example" in p and f"of {len(pages)}" in p for p in pages)
    assert "Could my iron be low?" in pages[-1]


def test_print_goes_through_the_system_dialog(qtbot, dialog, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def accept(print_dialog):
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog.section_boxes["charts"].setChecked(False)
    dialog.section_boxes["nights"].setChecked(False)
    dialog.print_button.click()
    wait_composed(qtbot, dialog)
    assert out.exists() and dialog.last_pages == len(text_of(out)) == 2
    assert "Sent 2 pages" in dialog.message.text()


def test_a_cancelled_print_prints_nothing(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    dialog.print_button.click()
    wait_composed(qtbot, dialog)
    assert dialog.last_pages == 0


def test_save_pdf_writes_the_file_and_the_name_is_remembered(qtbot, dialog, data_paths, tmp_path, monkeypatch):
    target = tmp_path / "for-the-doctor"  # no suffix typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    dialog.name_edit.setText("Ann Example")
    dialog.paper.setCurrentText("Letter")
    dialog.pdf_button.click()
    wait_composed(qtbot, dialog)
    pdf = tmp_path / "for-the-doctor.pdf"
    assert pdf.exists()
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter, in points
    assert "Saved" in dialog.message.text()
    assert app_settings(data_paths).value(NAME_KEY) == "Ann Example"
    again = ReportDialog(dialog.service, app_settings(data_paths), lambda: NOW)
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Ann Example" and again.paper.currentText() == "Letter"


def test_a_backwards_period_disables_the_buttons_and_says_why(qtbot, dialog):
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(1))
    assert not dialog.preview_button.isEnabled()
    assert "after the last" in dialog.period_hint.text()
    dialog.from_edit.setDate(dialog.to_edit.date().addDays(-6))
    assert dialog.preview_button.isEnabled() and dialog.period_hint.text() == "7 nights"


def test_ctrl_p_opens_the_report_dialog_from_the_main_window(qtbot, service):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from quietlegs.ui.window_factory import build_main_window

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    opened = []

    def close_it():
        d = window.report_dialog
        opened.append(d)
        if d is not None:
            d.reject()

    QTimer.singleShot(200, close_it)
    # as the keyboard delivers it: to the window, through Qt's shortcut map
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened and isinstance(opened[0], ReportDialog)
    assert any(a.text().startswith("&Print report") for a in window.menu("&File").actions())
