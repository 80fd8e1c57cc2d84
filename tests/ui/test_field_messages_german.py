"""A form's message from the domain reads wholly in the window's language, dates included:
German said "die Nacht vom Thu 19 Nov 2026 ist schon eingetragen"."""

from __future__ import annotations

import pytest

from quietlegs.ui.translation import field_message
from translation_helpers import speaking


@pytest.fixture
def german(qapp, monkeypatch):
    from datetime import datetime

    from quietlegs import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 21, 7, 20))  # a date without its year: near today
    with speaking(qapp, "de"):
        yield


@pytest.mark.parametrize("english, german_words", [
    ("the night of Thu 19 Nov 2026 is already logged", "die Nacht vom Do., 19. Nov. 2026 ist schon eingetragen"),
    ("is before the appointment itself (Thu 19 Nov 2026)", "(Do., 19. Nov. 2026)"),
    ("must be between noon on Thu 19 Nov and noon the next day (it is Sat 21 Nov 02:30)", "Do., 19. Nov."),
])
def test_dates_inside_a_message_read_in_german(german, english, german_words):
    words = field_message(english)
    assert german_words in words
    assert not any(day in words for day in ("Thu", "Sat", "Nov 2026)"))


def test_english_stays_word_for_word(qapp):
    assert field_message("the night of Thu 19 Nov 2026 is already logged") == \
        "the night of Thu 19 Nov 2026 is already logged"
