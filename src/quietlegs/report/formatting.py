"""How figures and dates read on paper: one place, so the tests and the pages agree."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from quietlegs.analysis.outcomes import OUTCOMES

DASH = "—"


def tr(text: str) -> str:
    """Every sentence on the report can be translated like the rest of the app."""
    return QCoreApplication.translate("", text)  # lupdate gives a bare tr() the empty context


def day(d: date) -> str:
    """``Sun 23 Aug 2026``"""
    return f"{d:%a} {d.day} {d:%b %Y}"


def short_day(d: date) -> str:
    """``Sun 23 Aug``"""
    return f"{d:%a} {d.day} {d:%b}"


def period(start: date, end: date) -> str:
    """``23 Aug – 20 Nov 2026``, with both years when they differ."""
    if start.year == end.year:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


def clock(dt: datetime | None) -> str:
    return DASH if dt is None else f"{dt:%H:%M}"


def hours_minutes(minutes: float | None) -> str:
    """``6 h 42 min``"""
    if minutes is None:
        return DASH
    total = int(round(minutes))
    h, m = divmod(abs(total), 60)
    sign = "−" if total < 0 else ""
    return f"{sign}{h} h {m:02d} min" if h else f"{sign}{m} min"


def h_mm(minutes: float | None) -> str:
    """``6:42``: compact, for table cells."""
    if minutes is None:
        return DASH
    h, m = divmod(int(round(minutes)), 60)
    return f"{h}:{m:02d}"


# The summary's measures: (summary key, outcome name, how a value reads, how a change reads)
def _minutes(v: float) -> str:
    return f"{v:.0f} min"


def _one(v: float) -> str:
    return f"{v:.1f}"


def _percent(v: float) -> str:
    return f"{v:.1f} %"


SUMMARY_MEASURES = (
    ("mean_total_sleep_min", "total_sleep_min", "Total sleep", hours_minutes, _minutes),
    ("mean_sleep_efficiency", "sleep_efficiency", "Sleep efficiency", _percent, lambda v: f"{v:.1f} points"),
    ("mean_sleep_latency_min", "sleep_latency_min", "Minutes to fall asleep", _minutes, _minutes),
    ("mean_waso_min", "waso_min", "Minutes awake in the night", _minutes, _minutes),
    ("mean_awakenings", "awakenings", "Awakenings", _one, _one),
    ("mean_quality", "quality", "Sleep quality (1 very poor – 5 very good)", _one, _one),
    ("mean_legs_severity", "legs_severity", "Leg discomfort (0 none – 10 worst)", _one, _one),
)


def value_text(key: str, value: float | None) -> str:
    if value is None:
        return DASH
    fmt = next(m[3] for m in SUMMARY_MEASURES if m[0] == key)
    return fmt(value)


def change_text(key: str, now: float | None, before: float | None) -> str:
    """``↑ 12 min, better``: the direction, the size, and whether that is good."""
    if now is None or before is None:
        return DASH
    _, outcome, _, value_fmt, delta_fmt = next(m for m in SUMMARY_MEASURES if m[0] == key)
    diff = now - before
    shown = delta_fmt(abs(diff))
    if shown == delta_fmt(0.0):
        return tr("no change")
    better = (diff > 0) == OUTCOMES[outcome].higher_is_better
    arrow = "↑" if diff > 0 else "↓"
    return f"{arrow} {shown}, " + (tr("better") if better else tr("worse"))


def amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return DASH
    number = f"{value:g}" if value < 1e6 else f"{value:.0f}"
    return f"{number} {unit}" if unit else number


SHORT_SYMPTOM = {
    "rls_urge": "RLS urge",
    "cramp": "Cramp",
    "spasm": "Spasm",
    "limb_movements": "Kicks",
    "pain": "Pain",
    "soreness": "Soreness",
    "numbness_tingling": "Numbness",
    "swelling": "Swelling",
    "weakness": "Weakness",
    "other": "Other",
}
