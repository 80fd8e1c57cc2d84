"""Elapsed time between two local wall-clock times, honest across daylight-saving changes.

The journal keeps local wall-clock times without a zone (FORMAT.md). Minutes between two of
them are real minutes only when the zone is known: a night across the spring change is an hour
shorter than its clock readings suggest. Callers pass the user's zone; ``None`` means plain
wall-clock arithmetic.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo


def elapsed_min(start: datetime, end: datetime, tz: tzinfo | None = None) -> float:
    """Real minutes from ``start`` to ``end`` (both naive local times) in zone ``tz``."""
    if tz is None:
        return (end - start).total_seconds() / 60.0
    a = start.replace(tzinfo=tz).astimezone(timezone.utc)
    b = end.replace(tzinfo=tz).astimezone(timezone.utc)
    return (b - a).total_seconds() / 60.0
