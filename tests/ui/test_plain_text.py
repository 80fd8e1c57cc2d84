"""A person's words are shown as they were typed, never read as markup (issue 16, item 2).

Markup, an image of /dev/zero (Qt would read it until memory runs out, at every start), an
image of /etc/passwd (Qt would read that file) and 600 nested tables (the layout would freeze
for minutes) go into a real journal file as notes, kinds, units and appointments; the real
window then opens on it and every place that shows them shows the literal text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from journal_helpers import wait_loaded
from quietlegs.domain.records import Appointment, Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
from quietlegs.ui.models.night_table import COLUMNS, NIGHT_OF_ROLE
from quietlegs.ui.widgets import plain_text
from quietlegs.ui.widgets.plain_text import escaped, message_box, plain_label, plain_tip, set_plain, shown

PAYLOADS = {
    "markup": "<b>bold</b> <i>it</i> <a href='https://example.org'>link</a> &amp; <font color=red>red</font>",
    "dev_zero": "<img src='/dev/zero'>",
    "passwd": "<img src='/etc/passwd'>",
    "tables": "<table>" * 600,  # 4,200 characters: under the 10,000 a note may hold
}
NIGHT_OF = date(2026, 11, 20)  # the night Today opens on (the fixed clock is the morning after)
KIND = "my_kind"


def fit(text: str, limit: int) -> str:
    return text[:limit]


def poisoned(payload: str) -> JournalData:
    """One night, its symptom and intervention, a kind and the next appointment, all carrying
    ``payload`` wherever a person types words (cut to each field's length limit)."""
    night = Night(night_of=NIGHT_OF, in_bed=datetime(2026, 11, 20, 22, 30), lights_out=datetime(2026, 11, 20, 22, 45),
                  sleep_latency_min=20, awakenings=1, wake_after_sleep_onset_min=15,
                  final_wake=datetime(2026, 11, 21, 6, 30), out_of_bed=datetime(2026, 11, 21, 6, 45),
                  quality=3, rested=3, legs_severity=4, notes=payload)
    kind = InterventionKind(slug=KIND, name=fit(payload, 80), category="medication", default_amount=1,
                            default_unit=fit(payload, 20))
    symptom = SymptomEvent(at=datetime(2026, 11, 21, 2, 0), kind="cramp", severity=6, locations=("left_calf",),
                           relieved_by=(KIND,), relief_min=5, notes=payload)
    before_bed = Intervention(at=datetime(2026, 11, 20, 21, 0), kind=KIND, amount=1, unit=fit(payload, 20),
                              notes=payload)
    visit = Appointment(date=date(2026, 11, 25), with_whom=fit(payload, 120), purpose=fit(payload, 300),
                        questions=(fit(payload, 500),))
    return JournalData(kinds=(kind,), nights=(night,), symptoms=(symptom,), interventions=(before_bed,),
                       appointments=(visit,))


def read_as_html(tip: str) -> str:
    """What Qt shows for a tooltip (read as rich text, the way QToolTip reads it)."""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def assert_plain(label: QLabel, literal: str, exact: bool = False) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == literal if exact else literal in label.text()


@pytest.fixture(params=list(PAYLOADS))
def payload(request) -> str:
    return PAYLOADS[request.param]


@pytest.fixture
def window(journal, payload, window_on):
    """A fresh real window, opened on a journal file that already holds the payload."""
    journal.import_data(poisoned(payload))
    return window_on()


@pytest.fixture
def window_on(service, clock, qtbot, monkeypatch):
    def make():
        from quietlegs import clock as app_clock
        from quietlegs.ui.window_factory import build_main_window

        monkeypatch.setattr(app_clock, "now", clock)
        w = build_main_window(service)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w
    return make


# ---------------------------------------------------------------------- the helper itself

def test_the_helper_shows_markup_as_the_characters_typed(qapp):
    label = QLabel()
    set_plain(label, "<b>x</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "<b>x</b>"
    label.setText("<img src='/etc/passwd'>")  # the label stays plain for later texts
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert plain_label("<i>y</i>").textFormat() == Qt.TextFormat.PlainText

    assert escaped("a < b & c\n<i>d</i>") == "a &lt; b &amp; c<br>&lt;i&gt;d&lt;/i&gt;"
    tip = plain_tip("line one <b>\nline two & <img src='/dev/zero'>")
    assert tip.startswith("<qt>") and "<img" not in tip and "<b>" not in tip
    assert read_as_html(tip) == "line one <b>\nline two & <img src='/dev/zero'>"
    assert plain_tip("") is None and plain_tip(None) is None
    assert read_as_html(plain_tip("plain words")) == "plain words"  # no markup: still right

    assert shown("caf" + os.fsdecode(b"\xe9")) == "caf\ufffd"  # not silently dropped by Qt
    assert shown(None) == "" and shown("é ok") == "é ok"


def test_a_message_box_from_the_helper_is_plain_in_its_text_and_its_informative_text(qapp):
    box = message_box(QMessageBox.Icon.Warning, "Title", "<b>a</b>", "<img src='/etc/passwd'>")
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == "<b>a</b>"
    info = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert info.textFormat() == Qt.TextFormat.PlainText and info.text() == "<img src='/etc/passwd'>"
    # a box built elsewhere, informative text first, is made plain too
    other = QMessageBox(QMessageBox.Icon.Information, "T", "x")
    other.setInformativeText("<i>y</i>")
    plain_text.plain_box(other)
    assert other.findChild(QLabel, "qt_msgbox_informativelabel").textFormat() == Qt.TextFormat.PlainText


# ---------------------------------------------------------------------- every place, real window

def test_today_shows_the_night_note_and_the_next_appointment_as_typed(window, payload):
    today = window.page("today")
    assert window.current_page_name() == "today"  # the page a fresh start opens on
    assert today.form.notes.text() == payload
    coming = today.next_appointment
    assert coming.isVisibleTo(today)
    assert_plain(coming.title, fit(payload, 120))
    assert_plain(coming.purpose, fit(payload, 300), exact=True)
    assert_plain(coming.questions, fit(payload, 500))
    # the evening's intervention (the kind's name and its unit) in the list and its tooltip
    model = today.intervention_model
    assert model.rowCount() == 1
    what = model.index(0, 1)
    assert fit(payload, 80) in what.data()
    assert fit(payload, 80) in read_as_html(what.data(Qt.ItemDataRole.ToolTipRole))
    symptom = today.symptom_model.index(0, 1)
    assert fit(payload, 80) in read_as_html(symptom.data(Qt.ItemDataRole.ToolTipRole))
    window.grab()  # drawn without reading any file or freezing


def test_the_journal_page_shows_the_note_in_the_detail_and_the_table_tooltip_as_typed(qtbot, window, payload):
    page = wait_loaded(qtbot, window.show_page("journal"))
    detail = page.detail
    assert detail.night_of == NIGHT_OF
    assert_plain(detail.notes, payload, exact=True)
    assert detail.notes.isVisibleTo(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data(NIGHT_OF_ROLE) == NIGHT_OF)
    tip = page.model.index(row, COLUMNS.index("night")).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "<table" not in tip and read_as_html(tip) == payload
    for model in (detail.symptoms_model, detail.before_model):  # the events' notes, kinds and units
        assert model.rowCount() == 1
        tips = [read_as_html(model.index(0, c).data(Qt.ItemDataRole.ToolTipRole)) for c in range(model.columnCount())]
        assert all(payload in t for t in tips)
    window.grab()


def test_the_catalog_shows_a_kinds_name_and_unit_as_typed_and_names_it_when_refusing(qtbot, window, payload):
    page = window.show_page("catalog")
    page.select(KIND)
    assert_plain(page.form_title, fit(payload, 80), exact=True)
    assert page.name_edit.text() == fit(payload, 80) and page.unit_edit.text() == fit(payload, 20)
    row = page.model.row_of(KIND)
    assert page.model.index(row, 0).data() == fit(payload, 80)
    page.delete_current()  # in the journal: refused, naming the kind
    assert page.banner.isVisibleTo(page)
    assert_plain(page.banner_text, fit(payload, 80))
    window.grab()


def test_the_appointments_page_lists_and_shows_the_appointment_as_typed(qtbot, window, payload):
    page = window.show_page("appointments")
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.COLUMNS.index("with_whom")).data() == fit(payload, 120)
    page.table.selectRow(0)
    assert page.with_whom.text() == fit(payload, 120)
    assert page.questions.toPlainText() == fit(payload, 500)
    window.grab()


def test_a_dialog_that_quotes_what_was_typed_shows_it_as_typed(qtbot, window, payload, service):
    dialog = InterventionDialog(service, window, at=datetime(2026, 11, 20, 21, 30))
    qtbot.addWidget(dialog)
    dialog.kind.setEditText("nope " + payload)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    message = dialog.messages["kind"]
    assert message.isVisibleTo(dialog)
    assert_plain(message, "nope " + payload)
    dialog.grab()
    dialog.reject()


# ---------------------------------------------------------------------- a real start of the app

def test_the_app_starts_on_a_journal_holding_all_of_them(tmp_path):
    """The whole app, as a person starts it, on a journal with every payload in it."""
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal

    paths = DataPaths(tmp_path / "data")
    journal = open_journal(paths.journal)
    try:
        # /dev/zero first: its appointment is the next one, on Today as the app opens
        for n, text in enumerate(PAYLOADS[k] for k in ("dev_zero", "passwd", "tables", "markup")):
            data = poisoned(text)
            shift = lambda d, n=n: d.replace(day=d.day - 4 * n)  # noqa: E731 - one night apart each
            journal.import_data(JournalData(
                kinds=(InterventionKind(slug=f"{KIND}_{n}", name=fit(f"{n} {text}", 80), category="habit"),),
                nights=tuple(Night(**{**vars(x), "night_of": shift(x.night_of), "in_bed": shift(x.in_bed),
                                      "lights_out": shift(x.lights_out), "final_wake": shift(x.final_wake),
                                      "out_of_bed": shift(x.out_of_bed)}) for x in data.nights),
                appointments=tuple(Appointment(date=date(2030, 1, 1 + n), with_whom=a.with_whom, purpose=a.purpose,
                                               questions=a.questions) for a in data.appointments)))
    finally:
        journal.close()
    env = {**os.environ, "QUIETLEGS_SMOKE": "1"}
    run = subprocess.run([sys.executable, "-m", "quietlegs", "--data-dir", str(paths.root)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "ready" in run.stdout
