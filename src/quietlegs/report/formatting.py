"""How figures and dates read on paper: one place, so the tests and the pages agree.

Every word goes through Qt's translations (:func:`tr`: the empty context, which is where
``pyside6-lupdate`` files a bare ``tr("…")``), whole sentences with ``%1`` placeholders
(``report.words.arg``); dates, times and numbers through ``QLocale`` with patterns a translation
may reorder. The command line's report (no translation installed, ``QLocale`` "C" while it
runs, see ``qt_app``) is English.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.report.words import MINUS, arg

DASH = "—"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the report's language: the empty context, where ``pyside6-lupdate`` files a bare
    ``tr("…")`` (and where the window's module-level words are too); ``%n`` plurals with ``n``."""
    return QCoreApplication.translate("", text, disambiguation, n)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def day(d: date) -> str:
    """``Sun 23 Aug 2026``"""
    return QLocale().toString(_qdate(d), tr("ddd d MMM yyyy", "a date (QLocale's pattern): Sun 23 Aug 2026"))


def short_day(d: date) -> str:
    """``Sun 23 Aug``"""
    return QLocale().toString(_qdate(d), tr("ddd d MMM", "a date in a table (QLocale's pattern): Sun 23 Aug"))


def period(start: date, end: date) -> str:
    """``23 Aug – 20 Nov 2026``, with both years when they differ."""
    locale = QLocale()
    full = tr("d MMM yyyy", "a date in a period (QLocale's pattern): 23 Aug 2026")
    first = full if start.year != end.year else tr("d MMM", "a period's first day in the same year: 23 Aug")
    return arg(tr("%1 – %2", "a period: from – to"), locale.toString(_qdate(start), first),
               locale.toString(_qdate(end), full))


def clock(dt: datetime | None) -> str:
    if dt is None:
        return DASH
    return QLocale().toString(QTime(dt.hour, dt.minute), tr("HH:mm", "a clock time (QLocale's pattern)"))


def number(value: float, decimals: int) -> str:
    """``6.5`` (``6,5``): all ``decimals`` kept, a real minus sign."""
    locale = QLocale()
    return locale.toString(float(f"{value:.{decimals}f}"), "f", decimals).replace(locale.negativeSign(), MINUS)


def hours_minutes(minutes: float | None) -> str:
    """``6 h 42 min``"""
    if minutes is None:
        return DASH
    total = int(round(minutes))
    h, m = divmod(abs(total), 60)
    sign = MINUS if total < 0 else ""
    if h:
        return sign + arg(tr("%1 h %2 min", "hours and minutes: 6 h 42 min"), h, f"{m:02d}")
    return sign + arg(tr("%1 min", "minutes"), m)


def h_mm(minutes: float | None) -> str:
    """``6:42``: compact, for table cells."""
    if minutes is None:
        return DASH
    h, m = divmod(int(round(minutes)), 60)
    return f"{h}:{m:02d}"


def percent(value: float, decimals: int = 0) -> str:
    """``85 %``"""
    return arg(tr("%1 %", "a percentage"), number(value, decimals))


# The summary's measures: (summary key, outcome name, how a value reads, how a change reads)
def _minutes(v: float) -> str:
    return arg(tr("%1 min", "minutes"), number(v, 0))


def _one(v: float) -> str:
    return number(v, 1)


def _percent(v: float) -> str:
    return percent(v, 1)


def _points(v: float) -> str:
    return arg(tr("%1 points", "a change in percentage points"), number(v, 1))


SUMMARY_MEASURES = (
    ("mean_total_sleep_min", "total_sleep_min", hours_minutes, _minutes),
    ("mean_sleep_efficiency", "sleep_efficiency", _percent, _points),
    ("mean_sleep_latency_min", "sleep_latency_min", _minutes, _minutes),
    ("mean_waso_min", "waso_min", _minutes, _minutes),
    ("mean_awakenings", "awakenings", _one, _one),
    ("mean_quality", "quality", _one, _one),
    ("mean_legs_severity", "legs_severity", _one, _one),
)


def measure_label(key: str) -> str:
    """The summary table's first column."""
    return {
        "mean_total_sleep_min": tr("Total sleep"),
        "mean_sleep_efficiency": tr("Sleep efficiency"),
        "mean_sleep_latency_min": tr("Minutes to fall asleep"),
        "mean_waso_min": tr("Minutes awake in the night"),
        "mean_awakenings": tr("Awakenings"),
        "mean_quality": tr("Sleep quality (1 very poor – 5 very good)"),
        "mean_legs_severity": tr("Leg discomfort (0 none – 10 worst)"),
    }[key]


def value_text(key: str, value: float | None) -> str:
    if value is None:
        return DASH
    fmt = next(m[2] for m in SUMMARY_MEASURES if m[0] == key)
    return fmt(value)


def change_text(key: str, now: float | None, before: float | None) -> str:
    """``↑ 12 min, better``: the direction, the size, and whether that is good."""
    if now is None or before is None:
        return DASH
    _, outcome, value_fmt, delta_fmt = next(m for m in SUMMARY_MEASURES if m[0] == key)
    diff = now - before
    shown = delta_fmt(abs(diff))
    if shown == delta_fmt(0.0):
        return tr("no change")
    better = (diff > 0) == OUTCOMES[outcome].higher_is_better
    arrow = "↑" if diff > 0 else "↓"
    text = tr("%1 %2, better", "a change: ↑ 12 min, better") if better else \
        tr("%1 %2, worse", "a change: ↓ 12 min, worse")
    return arg(text, arrow, shown)


def amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return DASH
    number_ = f"{value:g}" if value < 1e6 else f"{value:.0f}"
    number_ = number_.replace(".", QLocale().decimalPoint())
    return arg(tr("%1 %2", "an amount and its unit: 300 mg"), number_, unit) if unit else number_


def short_symptom(kind: str) -> str:
    """A symptom's kind in a narrow table cell."""
    return {
        "rls_urge": tr("RLS urge"),
        "cramp": tr("Cramp"),
        "spasm": tr("Spasm"),
        "limb_movements": tr("Kicks"),
        "pain": tr("Pain"),
        "soreness": tr("Soreness"),
        "numbness_tingling": tr("Numbness"),
        "swelling": tr("Swelling"),
        "weakness": tr("Weakness"),
        "other": tr("Other", "a symptom"),
    }.get(kind, kind)
