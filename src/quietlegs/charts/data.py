"""The plain data every chart is built from: the night table of ``analysis.outcomes`` plus the
names and categories of the intervention kinds. Built once (``chart_data``) and reused for any
outcome or period, so redraws need no database and no new statistics imports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo

from quietlegs.analysis.findings import catalog
from quietlegs.analysis.outcomes import NightRow, build_night_table
from quietlegs.domain.records import JournalData


@dataclass(frozen=True)
class ChartData:
    rows: Sequence[NightRow]  # oldest first
    kind_names: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    builtin: frozenset[str] = frozenset()

    def name(self, kind: str) -> str:
        return self.kind_names.get(kind) or kind.replace("_", " ").capitalize()

    def between(self, start: date | None, end: date | None) -> list[NightRow]:
        return [r for r in self.rows if (start is None or r.night_of >= start) and (end is None or r.night_of <= end)]


def chart_data(data: JournalData, tz: tzinfo | None = None) -> ChartData:
    names, categories, builtin = catalog(data.kinds)
    return ChartData(rows=build_night_table(data, tz), kind_names=names, categories=categories, builtin=builtin)
