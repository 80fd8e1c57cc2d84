"""The ``appointments`` section of the interchange format (an additive part of version 1).

```json
{"id": "…", "date": "2026-12-03", "time": "10:30", "with_whom": "Dr Okafor (GP)",
 "purpose": "Night cramps", "questions": ["Could my iron be low?"],
 "diagnosis": "", "new_medicine": "", "treatment_or_test": "Ferritin blood test",
 "instructions": "", "follow_up_date": "2027-01-14", "notes": ""}
```
"""

from __future__ import annotations

import re
from datetime import time
from typing import Any

from quietlegs.domain.appointments import validate_appointment
from quietlegs.domain.format_reading import FormatError, _raise_first, _Record, quoted, shown
from quietlegs.domain.records import Appointment

APPOINTMENT_FIELDS = (
    "id", "date", "time", "with_whom", "purpose", "questions", "diagnosis", "new_medicine",
    "treatment_or_test", "instructions", "follow_up_date", "notes",
)
_TIME_RE = re.compile(r"[0-9]{2}:[0-9]{2}")  # ASCII digits only


def _time(rec: _Record) -> time | None:
    value = rec.get("time")
    if value is None:
        return None
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise rec.fail("time", f"must be a time of day like 10:30 (it is {quoted(value)})")
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise rec.fail("time", f"is not a real time of day ({quoted(value)})") from None


def read_appointment(i: int, raw: Any) -> Appointment:
    day = raw.get("date") if isinstance(raw, dict) else None
    rec = _Record(f"appointments[{i}]" + (f" (date {shown(day)})" if isinstance(day, str) else ""), raw,
                  APPOINTMENT_FIELDS)
    item = Appointment(
        id=rec.record_id(),
        date=rec.date("date"),
        time=_time(rec),
        with_whom=rec.text("with_whom", True),
        purpose=rec.text("purpose") or "",
        questions=rec.text_list("questions"),
        diagnosis=rec.text("diagnosis") or "",
        new_medicine=rec.text("new_medicine") or "",
        treatment_or_test=rec.text("treatment_or_test") or "",
        instructions=rec.text("instructions") or "",
        follow_up_date=rec.date("follow_up_date", required=False),
        notes=rec.text("notes") or "",
    )
    _raise_first(rec, validate_appointment(item))
    return item


def read_appointments(section: list) -> tuple[Appointment, ...]:
    items = tuple(read_appointment(i, raw) for i, raw in enumerate(section))
    seen: set[str] = set()
    for i, a in enumerate(items):
        if a.id in seen:
            raise FormatError(f"appointments[{i}]: id {a.id} appears twice in the file", "appointments", i, "id",
                              f"{a.id} appears twice in the file")
        seen.add(a.id)
    return items


def appointment_to_dict(a: Appointment) -> dict:
    d: dict[str, Any] = {"id": a.id, "date": a.date.isoformat()}
    if a.time is not None:
        d["time"] = a.time.strftime("%H:%M")
    d["with_whom"] = a.with_whom
    for name in ("purpose",):
        if a.purpose:
            d[name] = a.purpose
    if a.questions:
        d["questions"] = list(a.questions)
    for name in ("diagnosis", "new_medicine", "treatment_or_test", "instructions"):
        if getattr(a, name):
            d[name] = getattr(a, name)
    if a.follow_up_date is not None:
        d["follow_up_date"] = a.follow_up_date.isoformat()
    if a.notes:
        d["notes"] = a.notes
    return d


def appointments_to_list(items) -> list[dict]:
    return [appointment_to_dict(a) for a in sorted(items, key=lambda a: (a.date, a.time or time(0), a.id))]
