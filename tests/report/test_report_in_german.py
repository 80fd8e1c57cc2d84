"""The report in the installed language: headings, sentences with their numbers, dates from
QLocale, the findings and the charts' words (a small compiled German translation stands in for
the app's), read back from the PDF. The command line's report stays English."""

from __future__ import annotations

from datetime import date, datetime

from translation_fixture import german

from quietlegs.cli import main
from quietlegs.report.content import ReportOptions, compose_content
from quietlegs.report.render import write_pdf

GERMAN = {
    "": [  # the report's sentences: the empty context, as lupdate files a bare tr()
        ("Sleep and leg symptoms", "Schlaf und Beinbeschwerden"),
        ("Nights logged: %1 of %2 (%3). Compared with the same number of nights just before (%4, %5 logged).",
         "Eingetragene Nächte: %1 von %2 (%3). Verglichen mit gleich vielen Nächten davor (%4, %5 eingetragen)."),
        ("Page %1 of %2", "Seite %1 von %2"),
        ("Generated on %1 by Quiet Legs %2", "Erstellt am %1 von Quiet Legs %2"),
        ("ddd d MMM yyyy", "ddd, d. MMMM yyyy", "a date (QLocale's pattern): Sun 23 Aug 2026"),
        ("Top findings from Insights (associations, not proof of cause)",
         "Wichtigste Befunde (Zusammenhänge, kein Beweis einer Ursache)"),
        ("Averages per logged night", "Mittelwerte je eingetragener Nacht"),
    ],
    "Adjustments": [
        ("Differences are adjusted for %1 and the other habits.",
         "Die Unterschiede sind bereinigt um %1 und die anderen Gewohnheiten."),
        ("the general trend over time", "den allgemeinen Verlauf"),
    ],
    "ChartWordsQt": [
        ("{outcome} night by night", "{outcome} Nacht für Nacht",
         "keep the names in braces as they are: they are filled in"),
    ],
    "vocab": [("Sleep efficiency", "Schlafeffizienz")],
}


def _words(path, read_pdf) -> str:
    return " ".join(" ".join(page.split()) for page in read_pdf(path))


def test_with_a_german_translation_the_report_is_german(visit_journal, tmp_path, read_pdf):
    options = ReportOptions(date(2026, 8, 1), date(2026, 11, 20), person="Ann Example",
                            generated_at=datetime(2026, 11, 21, 8), app_version="test")
    path = tmp_path / "bericht.pdf"
    with german(tmp_path, GERMAN):
        content = compose_content(visit_journal, options)
        write_pdf(path, content)
    text = _words(path, read_pdf)
    assert "Schlaf und Beinbeschwerden" in text and "Mittelwerte je eingetragener Nacht" in text
    assert "Eingetragene Nächte: " in text and "Verglichen mit gleich vielen Nächten davor" in text
    assert "Erstellt am Sa., 21. November 2026 von Quiet Legs test" in text  # QLocale's day and month names
    assert "Seite 1 von " in text
    assert "Wichtigste Befunde (Zusammenhänge, kein Beweis einer Ursache)" in text
    assert "Die Unterschiede sind bereinigt um den allgemeinen Verlauf" in text  # the findings' note
    assert "Schlafeffizienz Nacht für Nacht" in text  # a chart's title, set as text
    assert "Sleep and leg symptoms" not in text and "Page 1 of" not in text


def test_the_command_lines_report_stays_english(data_paths, demo_journal, tmp_path, read_pdf):
    out = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data_paths.root), "report", "--from", "2026-10-01", "--to", "2026-11-20",
                 "--out", str(out)]) == 0
    text = _words(out, read_pdf)
    assert "Sleep and leg symptoms" in text and "Page 1 of" in text
    assert "Sleep efficiency night by night" in text and "1 Oct – 20 Nov 2026" in text
