"""The ``experiments`` section of the interchange format (an additive part of version 1).

```json
{"id": "…", "kind": "magnesium", "outcome": "legs_severity", "start": "2026-11-02",
 "period_nights": 7, "pairs": 4, "washout_nights": 0, "seed": 12345, "stopped_on": null,
 "end": "2026-12-27", "periods": [{"from": "2026-11-02", "to": "2026-11-08", "condition": "off"}, …]}
```
The design (``kind`` to ``stopped_on``) is what the journal keeps; the schedule follows from it.
``end`` and ``periods`` are written for readers that do not draw the schedule themselves; a
file may leave them out, and when it gives them they must be the design's own schedule.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quietlegs.domain.experiments import (
    DEFAULT_WASHOUT_NIGHTS, OUTCOME_NAMES, Experiment, end_of, schedule, validate_experiment,
)
from quietlegs.domain.format_reading import FormatError, _raise_first, _Record, shown

EXPERIMENT_FIELDS = ("id", "kind", "outcome", "start", "period_nights", "pairs", "washout_nights", "seed",
                     "stopped_on", "end", "periods")


def read_experiment(i: int, raw: Any, kinds: Iterable[str]) -> Experiment:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    rec = _Record(f"experiments[{i}]" + (f" ({shown(kind)})" if isinstance(kind, str) else ""), raw,
                  EXPERIMENT_FIELDS, "experiments", i)
    washout = rec.integer("washout_nights")
    item = Experiment(
        id=rec.record_id(),
        kind=rec.text("kind", True),
        outcome=rec.text("outcome", True),
        start=rec.date("start"),
        period_nights=rec.integer("period_nights", True),
        pairs=rec.integer("pairs", True),
        washout_nights=DEFAULT_WASHOUT_NIGHTS if washout is None else washout,
        seed=rec.integer("seed", True),
        stopped_on=rec.date("stopped_on", required=False),
    )
    _raise_first(rec, validate_experiment(item, kinds, OUTCOME_NAMES))
    end = rec.get("end")
    if end is not None and rec.date("end") != end_of(item):
        raise rec.fail("end", f"does not match the schedule its design draws (it ends on {end_of(item).isoformat()})")
    periods = rec.get("periods")
    if periods is not None and periods != [p.as_json() for p in schedule(item)]:
        raise rec.fail("periods", "do not match the schedule its design (start, pairs, period_nights, "
                                  "washout_nights and seed) draws; leave them out to use the design's")
    return item


def read_experiments(section: list, kinds: Iterable[str]) -> tuple[Experiment, ...]:
    known = set(kinds)
    items = tuple(read_experiment(i, raw, known) for i, raw in enumerate(section))
    seen: set[str] = set()
    for i, e in enumerate(items):
        if e.id in seen:
            raise FormatError(f"experiments[{i}]: id {e.id} appears twice in the file", "experiments", i, "id",
                              f"{e.id} appears twice in the file")
        seen.add(e.id)
    return items


def experiment_to_dict(e: Experiment) -> dict:
    return {"id": e.id, "kind": e.kind, "outcome": e.outcome, "start": e.start.isoformat(),
            "period_nights": e.period_nights, "pairs": e.pairs, "washout_nights": e.washout_nights,
            "seed": e.seed, "stopped_on": e.stopped_on.isoformat() if e.stopped_on else None,
            "end": end_of(e).isoformat(), "periods": [p.as_json() for p in schedule(e)]}


def experiments_to_list(items) -> list[dict]:
    return [experiment_to_dict(e) for e in sorted(items, key=lambda e: (e.start, e.id))]
