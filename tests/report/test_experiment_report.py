"""The report's self-experiment section: design, adherence, result and chart, read back from a PDF."""

from __future__ import annotations

import re

from datetime import date, datetime

from quietlegs import __version__
from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import Experiment
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.render import write_pdf


GENERATED = datetime(2026, 11, 21, 8, 0)
PLAN = Experiment(kind="magnesium", outcome="sleep_efficiency", start=date(2026, 9, 1), seed=9, pairs=4)


def options(**kw):
    return ReportOptions(start=date(2026, 10, 1), end=date(2026, 11, 20), person="Ann Example",
                         generated_at=GENERATED, app_version=__version__, **kw)


def test_an_experiment_with_nights_in_the_period_gets_its_own_part(demo_journal, tmp_path, read_pdf):
    demo_journal.save_experiment(PLAN, OUTCOMES)
    content = compose_content(demo_journal, options(sections=("experiments",)))
    [part] = content.experiments
    assert part.kind_name == "Magnesium" and part.result.complete and part.chart.svg.startswith(b"<?xml")
    path = tmp_path / "report.pdf"
    assert write_pdf(path, content) >= 1
    text = re.sub(r"\s+", " ", " ".join(read_pdf(path)))
    assert "Self-experiment: Magnesium" in text
    assert "4 pairs of 7-night periods" in text and "Smallest p-value this design can reach: 0.125" in text
    assert "Nights that followed the plan" in text and "Randomisation p-value" in text
    assert part.result.words.split(":")[0] in text  # the plain words, as the result words them
    assert "Magnesium: sleep efficiency on and off" in text  # the chart's title, set as text


def test_experiments_outside_the_period_or_not_chosen_are_left_out(demo_journal):
    demo_journal.save_experiment(PLAN, OUTCOMES)
    assert compose_content(demo_journal, options(sections=("visit",))).experiments == []
    later = ReportOptions(start=date(2026, 11, 1), end=date(2026, 11, 20), generated_at=GENERATED,
                          sections=("experiments",))
    assert compose_content(demo_journal, later).experiments == []  # it ended on 26 Oct


def test_the_reports_words_for_a_result_are_the_command_lines_english_and_follow_a_translation(demo_journal, tmp_path):
    from translation_fixture import english_numbers, german

    from quietlegs.report.experiment_words import experiment_sentence

    demo_journal.save_experiment(PLAN, OUTCOMES)
    with english_numbers():
        [part] = compose_content(demo_journal, options(sections=("experiments",))).experiments
    assert part.words.replace("\u2212", "-") == part.result.words
    said = {"ExperimentWords": [
        ("%1 was %2 higher on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)",
         "%1 war in Nächten mit %3 um %2 höher (95-%-KI %4 bis %5; p = %6; %7 Nächte mit, %8 ohne)"),
        ("%1 was %2 lower on %3 nights (95% CI %4 to %5; p = %6; %7 nights on, %8 off)",
         "%1 war in Nächten mit %3 um %2 niedriger (95-%-KI %4 bis %5; p = %6; %7 Nächte mit, %8 ohne)"),
        ("No clear difference: %1.", "Kein klarer Unterschied: %1."),
        ("%1 helps: %2. The on and off periods were in random order, so this difference can be put down to %1.",
         "%1 hilft: %2. Die Zeiträume mit und ohne lagen in zufälliger Reihenfolge, also geht dieser Unterschied auf %1 zurück."),
        ("%1 made nights worse: %2. The periods were in random order, so this can be put down to %1.",
         "%1 machte die Nächte schlechter: %2. Die Zeiträume lagen in zufälliger Reihenfolge, also geht das auf %1 zurück."),
    ]}
    with german(tmp_path, said):
        german_words = experiment_sentence(part.result, part.kind_name, GENERATED.date())
    assert german_words.split(":")[0] in ("Kein klarer Unterschied", "Magnesium hilft", "Magnesium machte die Nächte schlechter")
    assert "95-%-KI" in german_words and "Nächte mit" in german_words
