"""Unlogged nights: how many nights of the period have no entry, and whether they cluster
after bad nights (then the logged nights are the better ones, and every mean flatters). In
numbers: the words are each face's (``analysis.findings_english``, ``report.finding_words``).

A night counts as unlogged when no night was logged for its date between the first and the
last logged night of the rows given. "After a bad night": the logged night just before the
gap was in the worse half of the outcome (the median splits the halves).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

MANY_SHARE = 0.15  # more than this share of the period's nights unlogged: a warning
AFTER_BAD_SHARE = 2 / 3  # gaps that follow a worse-than-median night this often: a warning
MIN_GAPS = 5  # gaps before "mostly after bad nights" is judged


@dataclass(frozen=True)
class Unlogged:
    count: int = 0  # nights without an entry between the first and the last logged night
    span: int = 0  # nights from the first to the last logged night
    after_bad: float | None = None  # share of the gaps that follow a worse-than-median night
    gaps: int = 0  # gaps (runs of unlogged nights) that follow a logged night with a value

    @property
    def share(self) -> float:
        return self.count / self.span if self.span else 0.0

    @property
    def many(self) -> bool:
        """More than :data:`MANY_SHARE` of the period's nights are unlogged."""
        return bool(self.count) and self.share > MANY_SHARE

    @property
    def mostly_after_bad(self) -> bool:
        """The gaps mostly follow worse nights (judged once there are :data:`MIN_GAPS`)."""
        return self.after_bad is not None and self.after_bad >= AFTER_BAD_SHARE

    @property
    def warning(self) -> str:
        """The warning in English ("" when nothing to say), as ``quietlegs analyze`` prints it."""
        from quietlegs.analysis.findings_english import unlogged_warning

        return unlogged_warning(self)


def unlogged_nights(rows, outcome: str) -> Unlogged:
    """The unlogged nights among ``rows`` (NightRow-like, oldest first) judged by ``outcome``."""
    from quietlegs.analysis.outcomes import OUTCOMES

    days = sorted({r.night_of for r in rows})
    if len(days) < 2:
        return Unlogged(span=len(days))
    span = (days[-1] - days[0]).days + 1
    count = span - len(days)
    value = {r.night_of: r.values.get(outcome) for r in rows}
    known = [v for v in value.values() if v is not None]
    after_bad = None
    gaps = [d for d, nxt in zip(days, days[1:]) if (nxt - d).days > 1 and value.get(d) is not None]
    if known and len(gaps) >= MIN_GAPS:
        mid = median(known)
        better = OUTCOMES[outcome].higher_is_better
        bad = [(value[d] < mid) if better else (value[d] > mid) for d in gaps]
        after_bad = sum(bad) / len(bad)
    return Unlogged(count=count, span=span, after_bad=after_bad, gaps=len(gaps))
