"""The real clock and the user's time zone, read in one place at the top of the app.

Lower layers never read the time: the command line and the windows pass these values down.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo

# Files besides /etc/localtime that may name the zone too (tzlocal compares them all).
_OTHER_ZONE_FILES = ("/var/db/zoneinfo", "/etc/sysconfig/clock", "/etc/conf.d/clock")


def now() -> datetime:
    """Local wall-clock time, naive, to the second: how the journal records times."""
    return datetime.now().replace(microsecond=0)


def local_zone() -> tzinfo | None:
    """The user's IANA zone (for honest durations across DST changes), or ``None`` if unknown."""
    zone = _linked_zone()
    if zone is not None:
        return zone
    try:
        import tzlocal

        return tzlocal.get_localzone()
    except Exception:  # an unknown or broken zone setting must never stop the app
        return None


def _linked_zone(localtime: str = "/etc/localtime", timezone_file: str = "/etc/timezone") -> tzinfo | None:
    """The common case read directly, as tzlocal would read it: no ``TZ``, ``/etc/localtime`` a
    link into a zoneinfo folder (systemd's way), ``/etc/timezone`` absent or naming the same zone,
    no other file naming one. ``None`` for anything else (tzlocal sorts it out). Start-up needs
    the zone for Today's first view; tzlocal's search costs ~20 ms of processor time there (a
    failed zoneinfo lookup per folder of the link's path, each loading importlib.resources)."""
    if os.environ.get("TZ") or not os.path.islink(localtime):
        return None
    target = os.path.realpath(localtime)
    head, found, key = target.rpartition("/zoneinfo/")
    if not found or not head or not key or any(os.path.exists(path) for path in _OTHER_ZONE_FILES):
        return None
    try:
        with open(timezone_file, encoding="ascii") as named:
            stated = named.read().split("#", 1)[0].strip().strip("/").split()
    except FileNotFoundError:
        stated = []
    except (OSError, UnicodeDecodeError):
        return None
    if stated and stated != [key]:
        return None
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(key)
    except Exception:  # not a zone zoneinfo knows: tzlocal decides
        return None
