"""The charts' words: English by default (the command line), and in the user's language when the
window or the report builds them with Qt's translations (``report.chart_words``)."""

from __future__ import annotations

import pickle
from dataclasses import fields
from datetime import date

from translation_fixture import english_numbers, german

from quietlegs.charts import build_chart, chart_data
from quietlegs.charts.words import ENGLISH, ChartWords
from quietlegs.report.chart_words import chart_words


def texts(figure) -> list[str]:
    """Every piece of text a figure draws: titles, labels, tick labels, legend entries."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    FigureCanvasAgg(figure).draw()
    return [t.get_text() for t in figure.findobj(Text) if t.get_text() and t.get_visible()]


def test_without_a_translation_the_window_draws_the_command_lines_english():
    with english_numbers():
        built = chart_words()
    differ = [f.name for f in fields(ChartWords) if getattr(built, f.name) != getattr(ENGLISH, f.name)]
    assert differ == []


def test_chart_words_travel_to_another_process_as_they_are():
    with english_numbers():
        words = chart_words()
    assert pickle.loads(pickle.dumps(words)) == words


GERMAN = {
    "ChartWordsQt": [
        ("{outcome} night by night", "{outcome} Nacht für Nacht",
         "keep the names in braces as they are: they are filled in"),
        ("{title} — {period}", "{title} — {period}", "keep the names in braces as they are: they are filled in"),
        ("{day} {month} {year}", "{day}. {month} {year}",
         "a date on a chart: 1 Sep 2026; keep the names in braces as they are: they are filled in"),
        ("{month} {year}", "{month} {year}",
         "a month on a chart: Sep 2026; keep the names in braces as they are: they are filled in"),
        ("7-night average", "7-Nächte-Mittel"),
        ("Used before bed (nights)", "Vor dem Schlafen genutzt (Nächte)"),
        ("{outcome}, month by month — {period}", "{outcome}, Monat für Monat — {period}",
         "keep the names in braces as they are: they are filled in"),
        ("Night of the month (blank: not logged)", "Nacht des Monats (leer: nicht eingetragen)"),
    ],
    "vocab": [("Sleep efficiency", "Schlafeffizienz")],  # the window's shared words
    "Kinds": [("Warm soak", "Warmes Bad")],
}


def test_with_a_german_translation_titles_axes_legends_and_months_are_german(demo_data, tmp_path):
    data = chart_data(demo_data)
    with german(tmp_path, GERMAN):
        words = chart_words()
    timeline = texts(build_chart("timeline", data, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 20),
                                 size=(9, 5), words=words))
    assert "Schlafeffizienz Nacht für Nacht — 1. Sept. 2026 – 20. Nov. 2026" in timeline
    assert "7-Nächte-Mittel" in timeline and "Vor dem Schlafen genutzt (Nächte)" in timeline
    assert any(t.startswith("Warmes Bad (") for t in timeline)  # a built-in kind's lane
    assert {"Okt.", "Nov."} <= set(timeline)  # the date axis names its months in German
    calendar = texts(build_chart("calendar", data, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 20),
                                 size=(9, 5), words=words))
    assert "Nacht des Monats (leer: nicht eingetragen)" in calendar and "Okt. 2026" in calendar
    english = texts(build_chart("timeline", data, "sleep_efficiency", date(2026, 9, 1), date(2026, 11, 20),
                                size=(9, 5)))
    assert "Sleep efficiency night by night — 1 Sep 2026 – 20 Nov 2026" in english and "Oct" in english
