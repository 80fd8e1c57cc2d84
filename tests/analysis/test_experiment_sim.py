"""The experiment's statistics, proved by simulation (issue 12).

Each run plans a fresh randomised schedule and lives it: a night's outcome is a baseline, a
trend (a flare settling), a weekend bump, AR(1) noise (a bad week is a bad week) and the true
effect on nights the remedy was taken before bed. Seeds are fixed: each figure is the same on
every run, and the bounds leave room for the Monte Carlo error of that many runs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from quietlegs.analysis.experiment_result import NightOutcome, analyse
from quietlegs.domain.experiments import ON, Experiment, end_of, schedule

pytestmark = pytest.mark.slow

START = date(2025, 3, 3)
PAIRS = 8  # 2^8 allocations: p can fall to 1/128, so "significant at 5%" is reachable


def run(seed: int, effect: float, adherence: float = 1.0, phi: float = 0.6, sd: float = 20.0):
    rng = random.Random(seed)
    exp = Experiment(kind="magnesium", outcome="total_sleep_min", start=START, seed=rng.randrange(2**31),
                     pairs=PAIRS, period_nights=7)
    noise = rng.gauss(0, sd / (1 - phi**2) ** 0.5)
    nights = {}
    for p in schedule(exp):
        for i in range(p.nights):
            d = p.first + timedelta(days=i)
            noise = phi * noise + rng.gauss(0, sd)
            took = p.condition == ON and rng.random() < adherence
            trend = 0.3 * (d - START).days
            nights[d] = NightOutcome(400 + trend + 12 * (d.weekday() >= 5) + noise + effect * took, took)
    return analyse(exp, nights, end_of(exp) + timedelta(days=1))


def test_with_a_planted_effect_the_interval_covers_it_and_the_test_finds_it():
    runs = [run(seed, effect=25.0) for seed in range(600)]
    covered = sum(r.ci_low <= 25.0 <= r.ci_high for r in runs) / len(runs)
    found = sum(r.p_value <= 0.05 for r in runs) / len(runs)
    assert covered >= 0.92  # nominal 95%
    assert found >= 0.75  # 80% in these 600 runs
    assert all(r.complete and r.adherence == 1.0 for r in runs)
    assert sum("helps" in r.words for r in runs) == sum(r.p_value <= 0.05 and r.difference > 0 for r in runs)


def test_a_remedy_that_does_nothing_is_significant_in_about_five_percent_of_runs():
    runs = [run(10_000 + seed, effect=0.0) for seed in range(1500)]
    significant = sum(r.p_value <= 0.05 for r in runs) / len(runs)
    assert 0.025 <= significant <= 0.06  # exact: 12/256 = 4.7% of allocations
    for level in (0.1, 0.25, 0.5):  # uniform under the null, as far as the grid of 2^8 allows
        assert sum(r.p_value <= level for r in runs) / len(runs) <= level + 0.02
    covered = sum(r.ci_low <= 0.0 <= r.ci_high for r in runs) / len(runs)
    assert covered >= 0.92
    assert not any("helps" in r.words or "worse" in r.words for r in runs if r.p_value > 0.05)


def test_poor_adherence_lowers_the_stated_certainty_instead_of_hiding_it():
    full = [run(20_000 + seed, effect=25.0) for seed in range(300)]
    half = [run(20_000 + seed, effect=25.0, adherence=0.5) for seed in range(300)]
    assert sum(r.p_value <= 0.05 for r in half) < sum(r.p_value <= 0.05 for r in full)
    assert sum(r.difference for r in half) / 300 == pytest.approx(12.5, abs=2.5)  # diluted, as planned
    assert all(0.6 <= r.adherence <= 0.9 for r in half)
    assert all("followed the plan" in r.words for r in half if r.adherence < 0.8)
