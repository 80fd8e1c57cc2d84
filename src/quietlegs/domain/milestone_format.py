"""The ``milestones`` section of the interchange format (an additive part of version 1).

```json
{"id": "…", "date": "2026-11-09", "name": "stopped kratom", "kind": "stopped", "notes": ""}
```
``date`` and ``name`` are required; ``kind`` (``stopped``, ``started``, ``therapy`` or
``other``) and ``notes`` are optional. Dry-needling sessions are milestones by themselves and
are not written here (they are in ``interventions``).
"""

from __future__ import annotations

from typing import Any

from quietlegs.domain.format_reading import FormatError, _raise_first, _Record, shown
from quietlegs.domain.milestones import Milestone, validate_milestone

MILESTONE_FIELDS = ("id", "date", "name", "kind", "notes")


def read_milestone(i: int, raw: Any) -> Milestone:
    day = raw.get("date") if isinstance(raw, dict) else None
    rec = _Record(f"milestones[{i}]" + (f" (date {shown(day)})" if isinstance(day, str) else ""), raw,
                  MILESTONE_FIELDS)
    item = Milestone(id=rec.record_id(), date=rec.date("date"), name=(rec.text("name", True) or "").strip(),
                     kind=rec.text("kind"), notes=rec.text("notes") or "")
    _raise_first(rec, validate_milestone(item))
    return item


def read_milestones(section: list) -> tuple[Milestone, ...]:
    items = tuple(read_milestone(i, raw) for i, raw in enumerate(section))
    seen: set[str] = set()
    for i, m in enumerate(items):
        if m.id in seen:
            raise FormatError(f"milestones[{i}]: id {m.id} appears twice in the file", "milestones", i, "id",
                              f"{m.id} appears twice in the file")
        seen.add(m.id)
    return items


def milestone_to_dict(m: Milestone) -> dict:
    d: dict[str, Any] = {"id": m.id, "date": m.date.isoformat(), "name": m.name}
    if m.kind:
        d["kind"] = m.kind
    if m.notes:
        d["notes"] = m.notes
    return d


def milestones_to_list(items) -> list[dict]:
    return [milestone_to_dict(m) for m in sorted(items, key=lambda m: (m.date, m.name, m.id)) if not m.derived]
