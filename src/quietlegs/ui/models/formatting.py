"""How the journal's values read on screen: short, plain, the same everywhere."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from quietlegs.analysis.outcomes import Outcome


def tr(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def night_label(d: date) -> str:
    """``Fri 20 Nov 2026``: the evening the night began."""
    return QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy")


def clock(dt: datetime | None) -> str:
    return "" if dt is None else f"{dt:%H:%M}"


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
    text = f"{value:g}"
    return f"{text} {unit}" if unit else text


def outcome_value(outcome: Outcome, value: float | None) -> str:
    """A value of ``outcome`` as a person reads it (minutes as hours and minutes)."""
    if value is None:
        return "–"
    if outcome.unit == "min":
        return duration(value)
    if outcome.unit == "%":
        return f"{value:.0f}%"
    return f"{value:.{0 if float(value).is_integer() else outcome.decimals}f}"
