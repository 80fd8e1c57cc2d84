"""The Insights work in the report: its charts (as SVG, painted as vectors) and top findings.

This is the one place where the report meets ``quietlegs.charts`` and the effect estimates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from quietlegs.domain.records import JournalData


@dataclass(frozen=True)
class Chart:
    title: str
    svg: bytes  # a matplotlib Figure saved as SVG
    aspect: float  # height / width, to keep its proportions on the page


@dataclass(frozen=True)
class Finding:
    text: str  # in plain words, already labelled as an association


def charts_and_findings(data: JournalData, start: date, end: date, tz: tzinfo | None,
                        with_charts: bool) -> tuple[list[Chart], list[Finding]]:
    """The Insights charts and top findings for the nights in ``data``."""
    return [], []
