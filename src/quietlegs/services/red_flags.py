"""The warning signs the window shows now: red-flag episodes that began in the last two weeks.

The rules are in :mod:`quietlegs.domain.red_flags`; this reads enough of the journal before
the recent nights that an episode's first night does not move as the days go by (a dismissed
episode keeps its name, so it is never shown twice).
"""

from __future__ import annotations

from datetime import date, timedelta

from quietlegs.domain.red_flags import RedFlag, find_red_flags

RECENT_DAYS = 14  # episodes that began this many nights ago or less are shown
LOOK_BACK_DAYS = 76  # read this far back (90 days in all, as Today does), so that an episode's first night is found


def recent_red_flags(journal, today: date) -> list[RedFlag]:
    """The red flags of episodes that began in the last :data:`RECENT_DAYS` nights, urgent first."""
    return recent_red_flags_in(journal.snapshot(today - timedelta(days=RECENT_DAYS + LOOK_BACK_DAYS), today), today)


def recent_red_flags_in(data, today: date) -> list[RedFlag]:
    """:func:`recent_red_flags` from ``data`` already read (at least the six weeks before the two)."""
    flags = find_red_flags(data.nights, data.symptoms, data.interventions,
                           categories={k.slug: k.category for k in data.kinds})
    first = today - timedelta(days=RECENT_DAYS)
    return [f for f in flags if f.night_of >= first]
