"""What was used over a period: each kind, how often, before bed or in the night, typical dose.

Counts follow the pairing rule of DESIGN.md: a use belongs to the night it happened in, and is
"before bed" or "during the night" by the time it was taken.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import tzinfo
from statistics import median

from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.records import JournalData


@dataclass(frozen=True)
class KindUse:
    kind: str
    times: int  # every recorded use
    nights_before_bed: int  # logged nights with at least one use before bed
    nights_during_night: int  # logged nights with at least one use during the night
    typical_amount: float | None  # the median amount in the most used unit
    unit: str | None


def usage_by_kind(data: JournalData, tz: tzinfo | None = None) -> list[KindUse]:
    """One entry per kind used in ``data``, the most used first (then by slug)."""
    rows = build_night_table(data, tz)
    before = Counter(k for r in rows for k in r.before_bed)
    during = Counter(k for r in rows for k in r.during_night)
    times = Counter(i.kind for i in data.interventions)
    amounts: dict[str, dict[str | None, list[float]]] = defaultdict(lambda: defaultdict(list))
    for i in data.interventions:
        if i.amount is not None:
            amounts[i.kind][i.unit].append(i.amount)
    out = []
    for kind, n in sorted(times.items(), key=lambda kv: (-kv[1], kv[0])):
        by_unit = amounts.get(kind)
        typical, unit = None, None
        if by_unit:
            unit, values = max(by_unit.items(), key=lambda kv: (len(kv[1]), kv[0] or ""))
            typical = float(median(values))
        out.append(KindUse(kind, n, before[kind], during[kind], typical, unit))
    return out
