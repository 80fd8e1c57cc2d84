"""Regimens read in light and dark: Today's card (an item taken, one skipped, one still to log),
the Regimens dialog and its form with a message, and the Journal's note of a missed dose,
measured from the pixels as tests/ui/test_contrast.py measures every page."""

from __future__ import annotations

from datetime import date, datetime, time

from quietlegs.domain.records import Intervention
from quietlegs.domain.regimens import WEEKDAYS, Regimen
from quietlegs.ui.dialogs.regimens_dialog import RegimenForm, RegimensDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.today_page import TodayPage
from quietlegs.ui.widgets.look import FieldMessage
from tests.ui.journal_helpers import wait_loaded
from tests.ui.test_contrast import scheme, text_places, unreadable  # noqa: F401 (scheme: the light/dark fixture)

EVENING = datetime(2026, 11, 20, 21, 30)  # the demo journal's last evening, as it happens
REGIMENS = [
    Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg"),
    Regimen(kind="stretching", started_on=date(2026, 11, 1), days=WEEKDAYS, clock=time(20, 30), amount=10,
            unit="min", skipped=frozenset({date(2026, 11, 20)})),
    Regimen(kind="iron", started_on=date(2026, 11, 1), before_bed_min=60, amount=65, unit="mg"),
]


def test_the_regimen_card_dialog_and_journal_note_read_in_light_and_dark(scheme, demo_journal, data_paths, clock,
                                                                        qtbot):
    demo_journal.save_regimens(REGIMENS)
    demo_journal.save_intervention(Intervention(at=datetime(2026, 11, 20, 21, 0), kind="magnesium", amount=300))
    service = JournalService(demo_journal, data_paths)
    clock.now = EVENING
    problems: list[str] = []

    today = TodayPage(service, clock)
    qtbot.addWidget(today)
    today.resize(1100, 1300)
    today.show()
    qtbot.waitExposed(today)
    assert today.regimen.isVisible() and len(today.regimen.evening.to_log) == 1
    from PySide6.QtWidgets import QAbstractButton, QLabel

    card = today.regimen
    texts = [w.text()[:30] for cls in (QLabel, QAbstractButton) for w in card.findChildren(cls) if w.text().strip()]
    assert len(texts) > 8
    found = unreadable(today)  # measured on the page as drawn; only the card's own text here
    assert sum(any(repr(t)[:-1] in p.what for t in texts) for p in text_places(today)) >= 8
    problems += [f"Today: {p}" for p in found if any(repr(t)[:-1] in p for t in texts)]

    dialog = RegimensDialog(service, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems += [f"Regimens: {p}" for p in unreadable(dialog)]
    form = RegimenForm(service, date(2026, 11, 20), REGIMENS[1], dialog)
    qtbot.addWidget(form)
    for message in form.findChildren(FieldMessage):
        message.show_message("Dose must be a number, such as 300 or 0.25.")
    form.show()
    qtbot.waitExposed(form)
    problems += [f"Regimen form: {p}" for p in unreadable(form)]

    from quietlegs.ui.pages.journal_page import JournalPage

    journal = JournalPage(service)
    qtbot.addWidget(journal)
    journal.resize(1100, 900)
    journal.show()
    wait_loaded(qtbot, journal)
    from quietlegs.domain.regimens import Status

    missed = max(d for d, e in journal.index.entries.items() if any(x.status is Status.MISSED for x in e.regimen))
    journal.open_night(missed)
    assert journal.detail.regimen_note.isVisible()
    journal._detail_scroll.ensureWidgetVisible(journal.detail.regimen_note)
    note = journal.detail.regimen_note.text()[:30]
    assert any(note in place.what for place in text_places(journal))  # on show, so measured
    problems += [f"Journal: {p}" for p in unreadable(journal) if note in p]
    assert problems == [], f"{scheme}: " + "\n".join(problems)
