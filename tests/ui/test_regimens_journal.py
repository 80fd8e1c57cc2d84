"""The Journal shows a night's missed regimen doses (and those skipped on purpose) in the
night's detail, and follows a regimen added or a dose logged afterwards."""

from __future__ import annotations

from datetime import date, datetime, time

from quietlegs.domain.records import Intervention
from quietlegs.domain.regimens import Regimen
from quietlegs.services import regimens as service_regimens
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.pages.journal_page import JournalPage
from tests.ui.journal_helpers import NIGHT_OF, cramp_night, wait_loaded

IRON = Regimen(kind="iron", started_on=date(2026, 3, 1), clock=time(20, 0), amount=65, unit="mg")
MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 3, 1), clock=time(21, 0), amount=300, unit="mg")
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 3, 1), before_bed_min=30,
                     skipped=frozenset({NIGHT_OF}))


def test_the_night_detail_says_what_was_missed_and_what_was_skipped(qtbot, journal, data_paths):
    journal.import_data(cramp_night())  # magnesium at 21:00 on the night of 10 March; heat in the night
    service = JournalService(journal, data_paths)
    page = JournalPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    wait_loaded(qtbot, page)
    page.open_night(NIGHT_OF)
    assert not page.detail.regimen_note.isVisible()  # no regimen yet

    service.edit_regimens(lambda j: service_regimens.save_regimen(j, IRON))  # announced: the page reads again
    service.edit_regimens(lambda j: service_regimens.save_regimen(j, MAGNESIUM))
    service.edit_regimens(lambda j: service_regimens.save_regimen(j, STRETCHING))
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.regimen_note.isVisible(), timeout=10_000)
    assert page.detail.regimen_note.text() == "Missed from your regimen: Iron\nSkipped on purpose: Stretching"

    service.save_intervention(Intervention(at=datetime(2026, 3, 10, 20, 5), kind="iron", amount=65, unit="mg"))
    assert page.detail.regimen_note.text() == "Skipped on purpose: Stretching"
