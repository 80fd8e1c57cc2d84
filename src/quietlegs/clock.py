"""The real clock and the user's time zone, read in one place at the top of the app.

Lower layers never read the time: the command line and the windows pass these values down.
"""

from __future__ import annotations

from datetime import datetime, tzinfo


def now() -> datetime:
    """Local wall-clock time, naive, to the second: how the journal records times."""
    return datetime.now().replace(microsecond=0)


def local_zone() -> tzinfo | None:
    """The user's IANA zone (for honest durations across DST changes), or ``None`` if unknown."""
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # an unknown or broken zone setting must never stop the app
        return None
