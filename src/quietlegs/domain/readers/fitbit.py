"""Fitbit sleep logs from an account export: ``sleep-YYYY-MM-DD.json`` files, each a JSON list
of sleep logs (about a month each; the files overlap, so a ``logId`` may come more than once).

A log has ``logId``, ``startTime`` and ``endTime`` (local wall-clock time), ``mainSleep``
(false: a nap, left out), ``minutesToFallAsleep``, ``minutesAwake``, ``minutesAfterWakeup``,
``type`` ``stages`` (levels deep, light, rem, wake) or ``classic`` (asleep, restless, awake)
and ``levels.summary``. The night: in bed at the start, the final wake ``minutesAfterWakeup``
before the end, awakenings the wake (or awake) count, minutes awake those not before sleep or
after the final wake. Stage minutes and efficiency have no field: they go in the notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from quietlegs.domain.readers import DUPLICATE, Reading, Skipped, SourceFormatError
from quietlegs.domain.readers.sleeps import Sleep, describe, nights_from_sleeps
from quietlegs.domain.records import JournalData

SOURCE = "fitbit"
NAME = "Fitbit"
STAGES = ("deep", "light", "rem", "wake")
CLASSIC = ("asleep", "restless", "awake")


def looks_like(doc: Any) -> bool:
    """True for a JSON list of Fitbit sleep logs (one sleep-*.json file)."""
    return (isinstance(doc, list) and bool(doc)
            and all(isinstance(x, dict) and "logId" in x and "startTime" in x and "endTime" in x for x in doc))


def _time(log: dict, key: str, where: str) -> datetime:
    value = log.get(key)
    if not isinstance(value, str):
        raise SourceFormatError(f"{where}: {key} is missing")
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        raise SourceFormatError(f"{where}: {key}: {value!r} is not a time like 2020-03-09T23:38:30.000") from None


def _minutes(log: dict, key: str, where: str) -> int:
    value = log.get(key, 0)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value != value:
        raise SourceFormatError(f"{where}: {key}: {value!r} is not a number of minutes")
    return int(value)


def _summary(log: dict) -> dict[str, dict]:
    levels = log.get("levels")
    summary = levels.get("summary") if isinstance(levels, dict) else None
    return {k: v for k, v in summary.items() if isinstance(v, dict)} if isinstance(summary, dict) else {}


def _stage_notes(log: dict, kind: str) -> str:
    summary = _summary(log)
    names = STAGES if kind == "stages" else CLASSIC
    parts = [f"{'REM' if n == 'rem' else n} {summary[n].get('minutes')} min" for n in names
             if n in summary and isinstance(summary[n].get("minutes"), (int, float))]
    text = f"Fitbit ({kind}): " + ", ".join(parts) if parts else f"Fitbit ({kind})"
    efficiency = log.get("efficiency")
    if isinstance(efficiency, (int, float)) and not isinstance(efficiency, bool):
        text += f"; efficiency {efficiency:g}%"
    return text


def _awakenings(log: dict, kind: str) -> int:
    entry = _summary(log).get("wake" if kind == "stages" else "awake", {})
    count = entry.get("count")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return count
    count = log.get("awakeningsCount")
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else 0


def _sleep(log: dict, where: str) -> Sleep:
    start, end = _time(log, "startTime", where), _time(log, "endTime", where)
    if end < start:
        raise SourceFormatError(f"{where}: endTime is before startTime")
    start, end = start.replace(second=0), end.replace(second=0)
    kind = log.get("type") if log.get("type") in ("stages", "classic") else "classic"
    latency = _minutes(log, "minutesToFallAsleep", where)
    after = _minutes(log, "minutesAfterWakeup", where)
    awake = max(0, _minutes(log, "minutesAwake", where) - latency - after)
    final_wake = max(start, end - timedelta(minutes=after))
    main = log.get("mainSleep", log.get("isMainSleep"))
    return Sleep(source_id=str(log["logId"]), in_bed=start, out_of_bed=end, final_wake=final_wake,
                 latency_min=latency, awakenings=_awakenings(log, kind), awake_min=awake,
                 notes=_stage_notes(log, kind), nap=main is False)


def read_fitbit(files: Iterable[tuple[str, Any]]) -> Reading:
    """Parse decoded ``sleep-*.json`` files, given as (file name, decoded JSON) pairs."""
    sleeps: list[Sleep] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    count = 0
    for name, doc in files:
        count += 1
        if not isinstance(doc, list):
            raise SourceFormatError(f"{name}: is not a list of Fitbit sleep logs")
        for i, log in enumerate(doc):
            where = f"{name} [{i}]"
            if not isinstance(log, dict) or "logId" not in log:
                raise SourceFormatError(f"{where}: is not a Fitbit sleep log (no logId)")
            where = f"{name} [{i}] (logId {log['logId']})"
            sleep = _sleep(log, where)
            if sleep.source_id in seen:
                skipped.append(Skipped(describe(sleep.in_bed, sleep.out_of_bed), DUPLICATE, f"logId {sleep.source_id}"))
                continue
            seen.add(sleep.source_id)
            sleeps.append(sleep)
    nights, left_out, joined = nights_from_sleeps(SOURCE, sleeps)
    return Reading(NAME, JournalData(nights=tuple(nights)), tuple(skipped + left_out), joined, files=count)
