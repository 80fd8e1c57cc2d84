"""The findings worded for the window and the report (``report.finding_words``): the English
source reads as ``quietlegs analyze`` does, plurals are right, and an installed translation
(German here) gives German sentences with German numbers."""

from __future__ import annotations

import pytest

from quietlegs.analysis.effects import Effect, EffectsResult, estimate_effects
from quietlegs.analysis.findings import ENTANGLED, catalog, findings
from quietlegs.analysis.findings_english import sentence as english
from quietlegs.analysis.missing import Unlogged
from quietlegs.analysis.outcomes import OUTCOMES, build_night_table
from quietlegs.report.finding_words import sentence
from translation_fixture import english_numbers, german


def effect(kind, adj=None, low=None, high=None, q=None, with_=183, without=483, enough=True, **kw):
    return Effect(kind=kind, nights_with=with_, nights_without=without, mean_with=0.0, mean_without=0.0,
                  difference=adj, adjusted_difference=adj, ci_low=low, ci_high=high, p_value=q, q_value=q,
                  enough_data=enough, **kw)


def every_shape(outcome: str) -> EffectsResult:
    """One row of each kind of finding, for ``outcome``."""
    return EffectsResult(outcome, 365, (
        effect("warm_soak", 26.2, 22.1, 30.3, 0.001),
        effect("caffeine", -22.4, -27, -17, 0.001),
        effect("exercise", 19.6, 14.2, 25.1, 0.001, lag="next_night"),
        effect("iron", 21, 9, 33, 0.002, lag="sustained", with_=150, without=215),
        effect("magnesium", 2.5, 1.5, 3.5, 0.001, dose="400 mg", with_=90, without=180),
        effect("magnesium", 1.1, -4, 6, 0.7, dose="200 mg", with_=92, without=180),
        effect("hydration", 3, 1, 5, 0.09),
        effect("massage", -0.04, -2, 2, 0.9),
        effect("nap", with_=2, without=600, enough=False, more_nights_needed=3, short_of="with"),
        effect("stretching", with_=600, without=2, enough=False, more_nights_needed=4, short_of="without"),
        effect("heat", with_=20, without=300, enough=True),
        effect("relaxation", with_=90, without=210, enough=False, note="no_variation"),
    ), adjusted_for=("trend", "weekend", "yesterday", "dose"),
        not_adjusted_for=(("season", "less than 300 days of nights"), ("state_before_bed", "logged on too few evenings")),
        unlogged=Unlogged(count=80, span=380, after_bad=0.8, gaps=40))


def worded(result):
    return findings(result, *catalog(()))


@pytest.mark.parametrize("outcome", list(OUTCOMES))
def test_the_english_source_reads_as_the_command_line_does(outcome):
    with english_numbers():
        for f in worded(every_shape(outcome)):
            assert sentence(f) == english(f)


def test_the_window_says_what_the_command_line_says_for_a_real_journal(demo_data):
    rows = build_night_table(demo_data)
    names = catalog(demo_data.kinds)
    with english_numbers():
        for outcome in ("sleep_efficiency", "legs_severity", "awakenings", "total_sleep_min"):
            for f in findings(estimate_effects(rows, outcome), *names):
                if f.says == ENTANGLED and f.entangled_with or 1 in (f.nights_with, f.nights_without, f.compared):
                    continue  # the window names the other kind as a phrase, and gets plurals right
                assert sentence(f) == english(f)


def test_plurals_are_right_in_english_where_the_command_line_keeps_its_old_words():
    result = EffectsResult("sleep_efficiency", 50, (
        effect("nap", with_=4, without=46, enough=False, more_nights_needed=1, short_of="with"),
        effect("warm_soak", 1.0, 0.6, 1.4, 0.001, with_=1, without=49)))
    with english_numbers():
        said = {f.kind: sentence(f) for f in worded(result)}
    assert "; 1 more night with it would allow" in said["nap"]
    assert "efficiency was 1 point higher" in said["warm_soak"] and "1 night with, 49 without" in said["warm_soak"]


GERMAN = {
    "Findings": [
        ("On nights after %1 %2 (%3; %4).", "In Nächten nach %1: %2 (%3; %4)."),
        ("After %1 %2 (%3; %4).", "Nach %1: %2 (%3; %4)."),
        ("you slept %1 min longer", "du hast %1 Min. länger geschlafen"),
        ("you slept %1 min less", "du hast %1 Min. weniger geschlafen"),
        ("your legs were %1 point(s) calmer", ["deine Beine waren %1 Punkt ruhiger", "deine Beine waren %1 Punkte ruhiger"]),
        ("95% CI %1–%2", "95-%-KI %1–%2"),
        ("%n night(s) with, %1 without", ["%n Nacht mit, %1 ohne", "%n Nächte mit, %1 ohne"]),
        ("%1: too few nights to tell yet (%2 with it); %n more night(s) with it would allow a first estimate.",
         ["%1: noch zu wenige Nächte (%2 damit); noch %n Nacht damit erlaubt eine erste Schätzung.",
          "%1: noch zu wenige Nächte (%2 damit); noch %n Nächte damit erlauben eine erste Schätzung."]),
    ],
    "Kinds": [
        ("a warm soak", "einem warmen Bad", "a kind after the word 'after': 'On nights after …'"),
        ("caffeine", "Koffein", "a kind after the word 'after': 'On nights after …'"),
        ("stretching", "Dehnen", "a kind after the word 'after': 'On nights after …'"),
        ("Nap", "Nickerchen"),
    ],
    "Adjustments": [
        ("Differences are adjusted for %1 and the other habits.",
         "Die Unterschiede sind bereinigt um %1 und die anderen Gewohnheiten."),
        ("the general trend over time", "den allgemeinen Verlauf"),
        ("weekend nights", "Wochenendnächte"),
    ],
}


def test_with_a_german_translation_the_findings_are_german_with_german_numbers(tmp_path):
    result = EffectsResult("total_sleep_min", 666, (
        effect("warm_soak", 26.2, 22.1, 30.3, 0.001), effect("caffeine", -22, -27, -17, 0.001),
        effect("nap", with_=2, without=600, enough=False, more_nights_needed=3, short_of="with")),
        adjusted_for=("trend", "weekend"))
    legs = EffectsResult("legs_severity", 100, (effect("stretching", -1.25, -1.6, -0.7, 0.01),))
    with german(tmp_path, GERMAN):
        said = {f.kind: sentence(f) for f in worded(result)}
        calmer = sentence(worded(legs)[0])
    assert said["warm_soak"] == "In Nächten nach einem warmen Bad: du hast 26 Min. länger geschlafen (95-%-KI 22–30; 183 Nächte mit, 483 ohne)."
    assert said["caffeine"] == "Nach Koffein: du hast 22 Min. weniger geschlafen (95-%-KI 17–27; 183 Nächte mit, 483 ohne)."
    assert said["nap"] == "Nickerchen: noch zu wenige Nächte (2 damit); noch 3 Nächte damit erlauben eine erste Schätzung."
    assert said[""] == "Die Unterschiede sind bereinigt um den allgemeinen Verlauf, Wochenendnächte und die anderen Gewohnheiten."
    assert calmer.startswith("In Nächten nach Dehnen: deine Beine waren 1,2 Punkte ruhiger (95-%-KI 0,7–1,6;")


def test_the_insights_findings_list_speaks_the_installed_language(tmp_path, qtbot):
    from quietlegs.ui.widgets.findings_list import FindingsList

    result = EffectsResult("total_sleep_min", 666, (
        effect("warm_soak", 26.2, 22.1, 30.3, 0.001), effect("caffeine", -22, -27, -17, 0.001)),
        adjusted_for=("trend", "weekend"))
    box = FindingsList()
    qtbot.addWidget(box)
    with english_numbers():
        box.show_findings("total_sleep_min", worded(result), 666)
        english_items = [box.item(i).text() for i in range(box.count())]
    assert english_items[0] == "What lines up with total sleep (higher is better)"
    assert "▲  On nights after a warm soak you slept 26 min longer (95% CI 22–30; 183 nights with, 483 without)." in english_items
    messages = dict(GERMAN)
    messages["FindingsList"] = [("What lines up with %1 (higher is better)", "Was mit %1 zusammenhängt (mehr ist besser)"),
                                ("Seems to help", "Scheint zu helfen")]
    messages["Outcomes"] = [("total sleep", "der Schlafdauer", "an outcome inside a sentence")]
    with german(tmp_path, messages):
        box.show_findings("total_sleep_min", worded(result), 666)
        items = [box.item(i).text() for i in range(box.count())]
    assert items[0] == "Was mit der Schlafdauer zusammenhängt (mehr ist besser)"
    assert "Scheint zu helfen" in items
    assert ("▲  In Nächten nach einem warmen Bad: du hast 26 Min. länger geschlafen (95-%-KI 22–30; 183 Nächte mit, "
            "483 ohne).") in items
    assert "Die Unterschiede sind bereinigt um den allgemeinen Verlauf, Wochenendnächte und die anderen Gewohnheiten." in items


def test_a_translation_installed_while_insights_is_shown_rewords_the_findings_and_the_chart(
        qtbot, demo_journal, data_paths, tmp_path):
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.pages.insights_page import InsightsPage

    page = InsightsPage(JournalService(demo_journal, data_paths))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.ready, timeout=20000):
        page.show()
    assert page.findings.item(0).text() == "What lines up with sleep efficiency (higher is better)"
    messages = {"FindingsList": [("What lines up with %1 (higher is better)", "Was mit %1 zusammenhängt (mehr ist besser)")],
                "Outcomes": [("sleep efficiency", "der Schlafeffizienz", "an outcome inside a sentence")],
                "vocab": [("Sleep efficiency", "Schlafeffizienz")],
                "ChartWordsQt": [("{outcome} night by night", "{outcome} Nacht für Nacht",
                                  "keep the names in braces as they are: they are filled in")]}
    with german(tmp_path, messages):
        qtbot.waitUntil(lambda: page.findings.item(0).text() == "Was mit der Schlafeffizienz zusammenhängt (mehr ist besser)",
                        timeout=20000)
        qtbot.waitUntil(lambda: page.canvases["timeline"].figure is not None and any(
            "Schlafeffizienz Nacht für Nacht" in t.get_text() for ax in page.canvases["timeline"].figure.axes
            for t in (ax.title, ax._left_title)), timeout=20000)
