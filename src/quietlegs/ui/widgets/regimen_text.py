"""How a regimen reads on screen, in the user's language: its dose, when it is due in the
evening, and on which days ("Magnesium 300 mg", "21:00", "2 h before bed", "Weekdays")."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from typing import TYPE_CHECKING

from quietlegs.ui.models.formatting import dose_text as amount_and_unit, time_label
from quietlegs.ui.translation import tr

if TYPE_CHECKING:  # the regimens' rules load when a regimen is first shown, after Today is usable
    from quietlegs.domain.regimens import Regimen


def dose_text(item: Regimen) -> str:
    """``300 mg`` (or ``""`` when no dose is set)."""
    return amount_and_unit(item.amount, item.unit)


def what_text(item: Regimen, kind_name: str) -> str:
    """``Magnesium 300 mg``."""
    dose = dose_text(item)
    return tr("{0} {1}").format(kind_name, dose) if dose else kind_name


def when_text(item: Regimen) -> str:
    """``21:00``, or ``2 h before bed`` / ``45 min before bed``."""
    if item.clock is not None:
        return time_label(item.clock)  # as the rest of the app shows a clock
    minutes = item.before_bed_min or 0
    if minutes == 0:
        return tr("at bedtime")
    if minutes % 60 == 0:
        return tr("%n h before bed", "", minutes // 60)
    return tr("%n min before bed", "", minutes)


def days_text(item: Regimen) -> str:
    """``Every day``, ``Weekdays`` or the chosen days (``Mon, Wed, Fri``)."""
    from quietlegs.domain.regimens import EVERY_DAY, WEEKDAYS

    if item.days == EVERY_DAY:
        return tr("Every day")
    if item.days == WEEKDAYS:
        return tr("Weekdays")
    locale = QLocale()
    return ", ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(item.days))
