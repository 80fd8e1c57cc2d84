"""A colour scale for an outcome: five steps from worse (orange) to better (blue).

Orange–blue stays distinct for the common kinds of colour blindness, the middle is a quiet
neutral, and the direction follows the outcome's ``higher_is_better``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor

from quietlegs.analysis.outcomes import Outcome

# Worse → better. Light enough that dark day numbers stay readable on every step.
STEPS: tuple[str, ...] = ("#f0a35e", "#f7d2a8", "#ebe7df", "#b5d0ea", "#7fb0dc")
NO_VALUE = "#ffffff"


def _percentile(sorted_values: list[float], q: float) -> float:
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


@dataclass(frozen=True)
class OutcomeScale:
    outcome: Outcome
    low: float  # values at or beyond these ends take the end colours
    high: float

    @classmethod
    def of(cls, outcome: Outcome, values: Iterable[float | None]) -> OutcomeScale:
        """A scale spanning the journal's own 5th–95th percentiles, so one odd night sets no range."""
        vs = sorted(v for v in values if v is not None)
        if not vs:
            return cls(outcome, 0.0, 1.0)
        low, high = _percentile(vs, 0.05), _percentile(vs, 0.95)
        if high - low < 1e-9:
            low, high = low - 1.0, high + 1.0
        return cls(outcome, low, high)

    def step(self, value: float | None) -> int | None:
        """0 (worst) … 4 (best), or ``None`` without a value."""
        if value is None:
            return None
        t = (value - self.low) / (self.high - self.low)
        i = min(len(STEPS) - 1, max(0, int(t * len(STEPS))))
        return i if self.outcome.higher_is_better else len(STEPS) - 1 - i

    def colour(self, value: float | None) -> QColor:
        step = self.step(value)
        return QColor(NO_VALUE if step is None else STEPS[step])

    def worse_end(self) -> float:
        return self.low if self.outcome.higher_is_better else self.high

    def better_end(self) -> float:
        return self.high if self.outcome.higher_is_better else self.low
