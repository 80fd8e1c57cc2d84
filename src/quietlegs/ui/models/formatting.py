"""How the journal's values read on screen: short, plain, the same everywhere."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from quietlegs.ui.translation import tr  # noqa: F401  (fmt.tr, for the models)

if TYPE_CHECKING:  # (the outcomes and their dataclasses load with the pages that show them)
    from quietlegs.analysis.outcomes import Outcome


# How a day reads, per language (Qt's own names for days and months); any other language
# takes its locale's long date format, shortened.
_DAY_PATTERNS = {
    "en": ("ddd d MMM", "ddd d MMM yyyy", "dddd d MMMM"),
    "de": ("ddd, d. MMM", "ddd, d. MMM yyyy", "dddd, d. MMMM"),
    "es": ("ddd d MMM", "ddd d MMM yyyy", "dddd, d 'de' MMMM"),
}


def _day_patterns(locale: QLocale) -> tuple[str, str, str]:
    code = locale.name().split("_")[0]
    if code in _DAY_PATTERNS:
        return _DAY_PATTERNS[code]
    if code == "C":
        return _DAY_PATTERNS["en"]
    full = locale.dateFormat(QLocale.FormatType.LongFormat)
    no_year = re.sub(r"[\s,]*(?:'[^']*'\s*)?y+", "", full).strip(" ,")
    short = no_year.replace("dddd", "ddd").replace("MMMM", "MMM")
    return short, full.replace("dddd", "ddd").replace("MMMM", "MMM"), no_year


def day_label(d: date, year: bool = False, full: bool = False) -> str:
    """``Fri 20 Nov`` (``year``: ``Fri 20 Nov 2026``; ``full``: ``Friday 20 November``), in
    the window's language."""
    locale = QLocale()
    short, with_year, long_form = _day_patterns(locale)
    if full and year:
        pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    else:
        pattern = long_form if full else with_year if year else short
    return locale.toString(QDate(d.year, d.month, d.day), pattern)


def night_label(d: date) -> str:
    """``Fri 20 Nov 2026``: the evening the night began."""
    return day_label(d, year=True)


def time_label(t: time | datetime) -> str:
    """``22:30`` (``10:30 PM`` where the locale says so)."""
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def clock(dt: datetime | None) -> str:
    return "" if dt is None else time_label(dt)


def local_datetime(dt: datetime) -> str:
    """``Sat 21 Nov 2026, 08:00``."""
    return tr("{0}, {1}").format(day_label(dt.date(), year=True), time_label(dt))


def shown_name(kind) -> str:
    """An intervention kind's name as the window shows it: a built-in kind not renamed reads in
    the window's language ("Dehnen"), any other as the person wrote it."""
    from quietlegs.report.words import kind_name

    return kind_name(kind.slug, kind.name, kind.builtin)


def in_sentence(word: str) -> str:
    """A label as it reads inside a sentence: "Left calf" → "left calf" (German keeps its
    nouns' capitals)."""
    if not word or QLocale().language() == QLocale.Language.German:
        return word
    return word.lower()


def decimal(value: float) -> str:
    """``0.25`` / ``0,25``, ``1000``: as few digits as needed, no thousands separator, so that the
    text typed back into a field reads as the same number (``typed_number`` takes either mark)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def amount_text(value: float | None) -> str:
    """An amount as typed back into a field (:func:`decimal`), or ``""`` when there is none."""
    if value is None:
        return ""
    return decimal(value)


def dose_text(amount: float | None, unit: str | None) -> str:
    """``300 mg``, ``2``, ``mg`` or ``""``: an amount and its unit, as far as they are given."""
    return " ".join(x for x in (amount_text(amount), unit or "") if x)


def number(value: float, decimals: int = 0) -> str:
    """``1.5`` / ``1,5``: a number in the window's locale."""
    return QLocale().toString(float(value), "f", decimals)


def duration(minutes: float | None) -> str:
    """``6 h 55 min``, ``40 min``."""
    if minutes is None:
        return ""
    m = int(round(minutes))
    if m < 60:
        return tr("%1 min").replace("%1", str(m))
    return tr("%1 h %2 min").replace("%1", str(m // 60)).replace("%2", f"{m % 60:02d}")


def amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return unit or ""
    text = decimal(value)
    return f"{text} {unit}" if unit else text


def outcome_value(outcome: Outcome, value: float | None) -> str:
    """A value of ``outcome`` as a person reads it (minutes as hours and minutes)."""
    if value is None:
        return "–"
    if outcome.unit == "min":
        return duration(value)
    if outcome.unit == "%":
        return f"{number(value)}%"
    return number(value, 0 if float(value).is_integer() else outcome.decimals)
