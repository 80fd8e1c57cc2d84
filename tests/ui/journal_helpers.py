"""A tiny, hand-made journal whose night and events are known exactly."""

from __future__ import annotations

from datetime import date, datetime

from quietlegs.domain.records import Intervention, JournalData, Night, SymptomEvent

NIGHT_OF = date(2026, 3, 10)


def cramp_night() -> JournalData:
    """Magnesium at 21:00 before bed; a cramp at 03:00 eased by heat at 03:02."""
    nights = (
        Night(night_of=date(2026, 3, 9), in_bed=datetime(2026, 3, 9, 22, 50), lights_out=datetime(2026, 3, 9, 23, 0),
              sleep_latency_min=20, awakenings=0, wake_after_sleep_onset_min=0,
              final_wake=datetime(2026, 3, 10, 6, 40), out_of_bed=datetime(2026, 3, 10, 7, 0),
              quality=4, rested=4, legs_severity=2),
        Night(night_of=NIGHT_OF, in_bed=datetime(2026, 3, 10, 22, 30), lights_out=datetime(2026, 3, 10, 22, 45),
              sleep_latency_min=30, awakenings=2, wake_after_sleep_onset_min=50,
              final_wake=datetime(2026, 3, 11, 6, 30), out_of_bed=datetime(2026, 3, 11, 7, 0),
              quality=2, rested=2, legs_severity=7, notes="Cramp in the night"),
    )
    symptoms = (SymptomEvent(at=datetime(2026, 3, 11, 3, 0), kind="cramp", severity=8, locations=("left_calf",),
                             woke_me=True, relieved_by=("heat",), relief_min=4),)
    interventions = (
        Intervention(at=datetime(2026, 3, 10, 21, 0), kind="magnesium", amount=300, unit="mg"),
        Intervention(at=datetime(2026, 3, 11, 3, 2), kind="heat", duration_min=10),
    )
    return JournalData(nights=nights, symptoms=symptoms, interventions=interventions)


def wait_loaded(qtbot, page):
    """Until the Journal page shows the journal's nights (it reads them in the background)."""
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return page


def active_window(qtbot, service):
    """The real main window for ``service``, shown and active: shortcuts reach the active
    window only (Ctrl+Z, Ctrl+2…)."""
    from quietlegs.ui.window_factory import build_main_window

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
