"""The ``regimens`` section of the interchange format (an additive part of version 1).

```json
{"id": "…", "kind": "magnesium", "amount": 300, "unit": "mg", "days": "every_day",
 "time": "21:00", "started_on": "2026-11-01", "skipped": ["2026-11-14"]}
{"id": "…", "kind": "ropinirole", "amount": 0.25, "unit": "mg", "days": ["mon", "wed", "fri"],
 "before_bed_min": 120, "started_on": "2026-11-01", "ended_on": "2026-11-30", "notes": ""}
```
``kind``, ``days``, ``started_on`` and one of ``time`` or ``before_bed_min`` are required;
``amount``, ``unit``, ``ended_on``, ``notes`` and ``skipped`` (the nights whose dose was
skipped on purpose) are optional. The doses taken are ordinary ``interventions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time
from typing import Any

from quietlegs.domain.format_reading import FormatError, _raise_first, _Record, quoted, shown
from quietlegs.domain.regimens import DAY_CODES, EVERY_DAY, WEEKDAYS, Regimen, parse_days, validate_regimen

REGIMEN_FIELDS = ("id", "kind", "amount", "unit", "days", "time", "before_bed_min", "started_on", "ended_on",
                  "notes", "skipped")
_CLOCK_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


def _days(rec: _Record) -> frozenset[int]:
    value = rec.get("days", True)
    if isinstance(value, str) and value in ("every_day", "weekdays"):
        return parse_days(value)
    if isinstance(value, list) and value and all(isinstance(v, str) and v in DAY_CODES for v in value):
        if len(set(value)) != len(value):
            raise rec.fail("days", "lists a day twice")
        return frozenset(DAY_CODES.index(v) for v in value)
    raise rec.fail("days", f"must be \"every_day\", \"weekdays\" or a list of mon, tue, wed, thu, fri, sat, sun "
                           f"(it is {quoted(value)})")


def _clock(rec: _Record) -> time | None:
    value = rec.text("time")
    if value is None:
        return None
    if not _CLOCK_RE.fullmatch(value):
        raise rec.fail("time", f"must be a clock time like 21:00 (it is {quoted(value)})")
    return time.fromisoformat(value)


def _skipped(rec: _Record) -> frozenset[date]:
    value = rec.get("skipped")
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise rec.fail("skipped", f"must be a list of dates (it is {quoted(value)})")
    days = []
    for i, raw in enumerate(value):
        inner = _Record(rec.label, {"skipped": raw}, ("skipped",), rec.section, rec.index)
        days.append(inner.date("skipped"))
    if len(set(days)) != len(days):
        raise rec.fail("skipped", "lists a night twice")
    return frozenset(days)


def read_regimen(i: int, raw: Any, kinds: Iterable[str] = ()) -> Regimen:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    rec = _Record(f"regimens[{i}]" + (f" ({shown(kind)})" if isinstance(kind, str) else ""), raw,
                  REGIMEN_FIELDS, "regimens", i)
    item = Regimen(id=rec.record_id(), kind=rec.text("kind", True), amount=rec.number("amount"),
                   unit=rec.text("unit"), days=_days(rec), clock=_clock(rec),
                   before_bed_min=rec.integer("before_bed_min"), started_on=rec.date("started_on"),
                   ended_on=rec.date("ended_on", False), notes=rec.text("notes") or "", skipped=_skipped(rec))
    _raise_first(rec, validate_regimen(item, kinds))
    return item


def read_regimens(section: list, kinds: Iterable[str] = ()) -> tuple[Regimen, ...]:
    kinds = set(kinds)
    items = tuple(read_regimen(i, raw, kinds) for i, raw in enumerate(section))
    seen: set[str] = set()
    for i, m in enumerate(items):
        if m.id in seen:
            raise FormatError(f"regimens[{i}]: id {m.id} appears twice in the file", "regimens", i, "id",
                              f"{m.id} appears twice in the file")
        seen.add(m.id)
    return items


def _number(value: float | None):
    return int(value) if value is not None and float(value).is_integer() else value


def regimen_to_dict(m: Regimen) -> dict:
    d: dict[str, Any] = {"id": m.id, "kind": m.kind}
    if m.amount is not None:
        d["amount"] = _number(m.amount)
    if m.unit:
        d["unit"] = m.unit
    d["days"] = ("every_day" if m.days == EVERY_DAY else "weekdays" if m.days == WEEKDAYS
                 else [DAY_CODES[x] for x in sorted(m.days)])
    if m.clock is not None:
        d["time"] = m.clock.strftime("%H:%M")
    else:
        d["before_bed_min"] = m.before_bed_min
    d["started_on"] = m.started_on.isoformat()
    if m.ended_on is not None:
        d["ended_on"] = m.ended_on.isoformat()
    if m.notes:
        d["notes"] = m.notes
    if m.skipped:
        d["skipped"] = [x.isoformat() for x in sorted(m.skipped)]
    return d


def regimens_to_list(items) -> list[dict]:
    return [regimen_to_dict(m) for m in sorted(items, key=lambda m: (m.started_on, m.kind, m.id))]
