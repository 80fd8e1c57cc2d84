"""Today's "Result so far…": the experiment's result worked out off the UI thread, in the window,
in the window's language."""

from __future__ import annotations

import sys
import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import Experiment
from quietlegs.services import experiments

from translation_helpers import german

TODAY = date(2026, 11, 21)  # the fixed clock's morning; the demo journal's last night is the 20th


def _open_result(qtbot, service, page, exp):
    service.journal.save_experiment(exp, OUTCOMES)
    page.experiment_banner.refresh()
    qtbot.mouseClick(page.experiment_banner.result_button, Qt.MouseButton.LeftButton)
    dialog = page.experiment_banner.result_dialog
    with qtbot.waitSignal(dialog.shown, timeout=30000):
        pass
    return dialog


def test_result_so_far_shows_nights_adherence_difference_interval_p_and_words(
        qtbot, demo_journal, service, page, monkeypatch):
    statsmodels_before = "statsmodels" in sys.modules
    exp = Experiment(kind="magnesium", outcome="legs_severity", start=TODAY - timedelta(days=35), seed=11,
                     pairs=3, period_nights=7)
    service.journal.save_experiment(exp, OUTCOMES)
    page.experiment_banner.refresh()
    assert page.experiment_banner.result_button.isVisible()

    threads = []
    real = experiments.result

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(experiments, "result", watched)
    qtbot.mouseClick(page.experiment_banner.result_button, Qt.MouseButton.LeftButton)
    dialog = page.experiment_banner.result_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.job.finished, timeout=30000):
        pass
    assert threads and threads[0] is not threading.main_thread()  # never on the UI thread

    expected = real(service.journal, exp.id, TODAY)
    assert expected.difference is not None  # the demo journal logs enough nights for a result
    assert dialog.values["nights"].text() == f"{expected.nights_on} on Magnesium, {expected.nights_off} off"
    assert dialog.values["adherence"].text() == f"{expected.adherence:.0%}"
    assert dialog.values["difference"].text() == f"{expected.difference:+.1f}"
    assert dialog.values["interval"].text() == f"{expected.ci_low:+.1f} to {expected.ci_high:+.1f}"
    assert dialog.values["p_value"].text() == f"{expected.p_value:.3g}"
    assert dialog.words.text() == expected.words and not dialog.status.isVisible()
    assert statsmodels_before or "statsmodels" not in sys.modules


def test_before_two_pairs_are_logged_it_says_so_instead_of_a_number(qtbot, service, page):
    exp = Experiment(kind="magnesium", outcome="sleep_efficiency", start=TODAY - timedelta(days=2), seed=3)
    service.journal.save_experiment(exp, OUTCOMES)
    page.experiment_banner.refresh()
    qtbot.mouseClick(page.experiment_banner.result_button, Qt.MouseButton.LeftButton)
    dialog = page.experiment_banner.result_dialog
    with qtbot.waitSignal(dialog.shown, timeout=30000):
        pass
    assert dialog.values["difference"].text() == "not yet: needs two pairs logged"
    assert "too little to tell yet" in dialog.words.text()
    assert dialog.values["nights"].text() == "0 on Magnesium, 0 off"


def test_an_experiment_that_ended_keeps_its_result_one_click_away_for_two_weeks(qtbot, service, page):
    # 3 pairs of 7 nights: the schedule's last night was four nights ago.
    exp = Experiment(kind="magnesium", outcome="legs_severity", start=TODAY - timedelta(days=46), seed=11,
                     pairs=3, period_nights=7)
    service.journal.save_experiment(exp, OUTCOMES)
    page.experiment_banner.refresh()
    banner = page.experiment_banner
    assert banner.isVisible() and not banner.stop_button.isVisible()  # over: nothing to stop
    assert banner.line.text().startswith("Experiment finished: Magnesium (last night ")
    qtbot.mouseClick(banner.result_button, Qt.MouseButton.LeftButton)
    dialog = banner.result_dialog
    with qtbot.waitSignal(dialog.job.finished, timeout=30000):
        pass
    expected = experiments.result(service.journal, exp.id, TODAY)
    assert expected.complete and dialog.words.text() == expected.words


def test_an_experiment_over_for_more_than_two_weeks_leaves_today_quiet(service, page):
    exp = Experiment(kind="magnesium", outcome="legs_severity", start=TODAY - timedelta(days=70), seed=11,
                     pairs=3, period_nights=7)
    service.journal.save_experiment(exp, OUTCOMES)
    page.experiment_banner.refresh()
    assert not page.experiment_banner.isVisible()


def test_the_words_read_in_the_windows_language_as_the_report_does(qtbot, demo_journal, service, page, tmp_path):
    exp = Experiment(kind="magnesium", outcome="legs_severity", start=TODAY - timedelta(days=35), seed=11,
                     pairs=3, period_nights=7)
    numbers = "(95% CI %4 to %5; p = %6; %7 nights on, %8 off)"
    zahlen = "(95-%-KI %4 bis %5; p = %6; %7 Nächte mit, %8 ohne)"
    said = {"ExperimentWords": [
        ("So far (%1 of %2 pairs logged):", "Bisher (%1 von %2 Paaren erfasst):"),
        ("%1 was %2 higher on %3 nights " + numbers, "%1 war in Nächten mit %3 um %2 höher " + zahlen),
        ("%1 was %2 lower on %3 nights " + numbers, "%1 war in Nächten mit %3 um %2 niedriger " + zahlen),
        ("No clear difference: %1.", "Kein klarer Unterschied: %1."),
        ("%1 helps: %2. The on and off periods were in random order, so this difference can be put down to %1.",
         "%1 hilft: %2. Die Zeiträume mit und ohne lagen in zufälliger Reihenfolge, also geht dieser "
         "Unterschied auf %1 zurück."),
        ("%1 made nights worse: %2. The periods were in random order, so this can be put down to %1.",
         "%1 machte die Nächte schlechter: %2. Die Zeiträume lagen in zufälliger Reihenfolge, also geht das "
         "auf %1 zurück."),
    ]}
    with german(tmp_path, said):
        dialog = _open_result(qtbot, service, page, exp)
        words = dialog.words.text()
        assert "." not in dialog.values["interval"].text()  # German numbers: 1,5
    expected = experiments.result(service.journal, exp.id, TODAY)
    assert words.startswith(f"Bisher ({expected.pairs_complete} von 3 Paaren erfasst): ")
    assert "95-%-KI" in words and f"{expected.nights_on} Nächte mit, {expected.nights_off} ohne" in words
    assert "95% CI" not in words and "nights on" not in words
    d = expected.difference
    assert dialog.values["difference"].text() == ("+" if round(d, 1) > 0 else "") + f"{d:.1f}".replace(".", ",")
    assert dialog.values["p_value"].text() == f"{expected.p_value:.3g}".replace(".", ",")
