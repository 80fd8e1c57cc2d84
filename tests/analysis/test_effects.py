"""The effect estimates, checked by simulation on journals with known effects.

Run counts and tolerances: each check is a binomial proportion over independent simulated
journals (fixed seeds, so the test is deterministic). The bounds are 95% ± 3.29 standard
errors (a 99.9% band) for a true 95% procedure, and 5% + 3.29 standard errors for the false
"helpful" rate of a null habit.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import pytest

from quietlegs.analysis.effects import MIN_NIGHTS, estimate_effects
from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.records import Intervention, JournalData, Night

from .journal_sim import TRUE_EFFECTS, Plan, simulate_journal

RUNS = 200
OUTCOME = "total_sleep_min"


def band(p: float, runs: int) -> float:
    return 3.29 * math.sqrt(p * (1 - p) / runs)


@pytest.fixture(scope="module")
def simulations():
    """(journal, night table, effects) for RUNS generated years of nights."""
    out = []
    for seed in range(RUNS):
        data = simulate_journal(1000 + seed)
        rows = build_night_table(data)
        out.append((data, rows, estimate_effects(rows, OUTCOME)))
    return out


def test_95_percent_intervals_cover_the_true_effect_in_about_95_percent_of_journals(simulations):
    covered = {k: 0 for k in TRUE_EFFECTS}
    for _, _, result in simulations:
        for kind, truth in TRUE_EFFECTS.items():
            e = result.effect(kind)
            covered[kind] += e.ci_low <= truth <= e.ci_high
    pooled = sum(covered.values()) / (RUNS * len(TRUE_EFFECTS))
    assert abs(pooled - 0.95) <= band(0.95, RUNS * len(TRUE_EFFECTS)), covered
    for kind, hits in covered.items():
        assert abs(hits / RUNS - 0.95) <= band(0.95, RUNS), (kind, hits / RUNS)


def test_a_null_habit_started_halfway_is_rarely_called_helpful(simulations):
    called_helpful = sum(r.effect("magnesium").clear and r.effect("magnesium").adjusted_difference > 0
                         for _, _, r in simulations)
    assert called_helpful / RUNS <= 0.05 + band(0.05, RUNS)


def test_the_trend_takes_the_credit_that_a_plain_comparison_gives_a_null_habit(simulations):
    plain = sum(r.effect("magnesium").difference for _, _, r in simulations) / RUNS
    adjusted = sum(r.effect("magnesium").adjusted_difference for _, _, r in simulations) / RUNS
    assert plain > 10  # started while nights were getting better anyway
    assert abs(adjusted) < 2


def test_the_real_effects_are_found(simulations):
    found = sum(r.effect("warm_soak").clear and r.effect("warm_soak").adjusted_difference > 0
                and r.effect("caffeine").clear and r.effect("caffeine").adjusted_difference < 0
                for _, _, r in simulations)
    assert found / RUNS > 0.95


def test_heat_used_during_a_cramp_is_not_credited_to_the_night(simulations):
    for data, rows, result in simulations[:50]:
        in_night = {r.night_of for r in rows if "heat" in r.during_night}
        before = {r.night_of for r in rows if "heat" in r.before_bed}
        assert in_night  # cramps came on bad nights, and heat was used in the night
        assert result.effect("heat").nights_with == len(before)
        assert not any(r.night_of in in_night and r.night_of not in before and "heat" in r.before_bed
                       for r in rows)
    blamed = sum(r.effect("heat").clear for _, _, r in simulations)
    assert blamed / RUNS <= 0.05 + band(0.05, RUNS)


def test_heat_used_only_in_the_night_is_never_judged_by_the_night():
    data = simulate_journal(5, Plan(heat_before_bed=0.0))
    rows = build_night_table(data)
    assert any("heat" in r.during_night for r in rows)
    assert estimate_effects(rows, OUTCOME).effect("heat") is None


# ---------------------------------------------------------------- small journals, exact answers


def _journal(uses: dict[str, list[int]], nights: int = 40, sleep=lambda d: 420) -> JournalData:
    first = date(2026, 1, 1)
    out, items = [], []
    for day in range(nights):
        d = first + timedelta(days=day)
        in_bed = datetime(d.year, d.month, d.day, 22, 30)
        final_wake = in_bed + timedelta(minutes=10 + 45 + sleep(day))
        out.append(Night(night_of=d, in_bed=in_bed, lights_out=in_bed + timedelta(minutes=10),
                         sleep_latency_min=15, awakenings=1, wake_after_sleep_onset_min=30,
                         final_wake=final_wake, out_of_bed=final_wake + timedelta(minutes=5),
                         quality=None if day % 2 else 3))
        items += [Intervention(at=in_bed - timedelta(hours=2), kind=k) for k, days in uses.items() if day in days]
    return JournalData(nights=tuple(out), interventions=tuple(items))


def test_fewer_than_five_nights_with_a_kind_gives_no_estimate_and_says_how_many_more():
    rows = build_night_table(_journal({"massage": [1, 5, 9, 13], "stretching": list(range(0, 40, 2))}))
    e = estimate_effects(rows, OUTCOME).effect("massage")
    assert (e.nights_with, e.nights_without, e.enough_data) == (4, 36, False)
    assert e.adjusted_difference is None and e.ci_low is None and e.q_value is None
    assert (e.more_nights_needed, e.short_of) == (MIN_NIGHTS - 4, "with")


def test_a_kind_used_every_night_does_not_break_the_regression():
    rows = build_night_table(_journal({"magnesium": list(range(40)), "iron": list(range(38)),
                                       "stretching": list(range(0, 40, 2))},
                                      sleep=lambda d: 400 + 5 * (d % 2 == 0) + (d * 7 % 5) - 2))
    result = estimate_effects(rows, OUTCOME)
    assert not result.effect("magnesium").enough_data
    assert result.effect("magnesium").short_of == "without"
    assert result.effect("iron").more_nights_needed == 3
    stretching = result.effect("stretching")
    assert stretching.enough_data and stretching.adjusted_difference == pytest.approx(5, abs=1.5)


def test_kinds_always_taken_together_are_said_to_be_inseparable():
    together = list(range(0, 40, 3))
    rows = build_night_table(_journal({"alcohol": together, "heavy_meal": together}, sleep=lambda d: 400 + d * 7 % 11))
    result = estimate_effects(rows, OUTCOME)
    assert result.effect("alcohol").adjusted_difference is not None
    assert result.effect("heavy_meal").adjusted_difference is None
    assert result.effect("heavy_meal").entangled_with == "alcohol"


def test_nights_without_a_value_for_the_outcome_are_left_out():
    rows = build_night_table(_journal({"stretching": list(range(0, 40, 3))}))
    assert estimate_effects(rows, "quality").nights == 20
    assert estimate_effects(rows, OUTCOME).nights == 40


def test_an_empty_period_has_no_effects():
    assert estimate_effects([], OUTCOME).effects == ()


def test_an_unknown_outcome_is_refused():
    with pytest.raises(ValueError, match="outcome"):
        estimate_effects([], "happiness")


def test_the_json_has_exactly_the_keys_of_the_design():
    rows = build_night_table(_journal({"stretching": list(range(0, 40, 3))}))
    doc = estimate_effects(rows, OUTCOME).as_json()
    assert set(doc) == {"outcome", "nights", "unlogged_nights", "adjusted_for", "not_adjusted_for",
                        "unlogged_warning", "effects"}
    assert list(doc["effects"][0]) == ["kind", "lag", "dose", "nights_with", "nights_without", "mean_with", "mean_without",
                                       "difference", "adjusted_difference", "ci_low", "ci_high", "q_value",
                                       "enough_data"]


def test_an_outcome_that_never_varies_gets_no_verdict_and_no_zero_width_interval():
    rows = build_night_table(_journal({"stretching": list(range(0, 40, 3))}, sleep=lambda d: 420))
    result = estimate_effects(rows, OUTCOME)
    assert not result.outcome_varies
    e = result.effect("stretching")
    assert e.adjusted_difference is None and e.ci_low is None and e.q_value is None and not e.clear
    assert e.note == "no_variation" and not e.enough_data and e.nights_with == 14


def test_unlogged_nights_are_counted_and_named_when_many():
    data = _journal({"stretching": list(range(0, 40, 3))}, sleep=lambda d: 400 + d * 7 % 11)
    kept = tuple(n for i, n in enumerate(data.nights) if i % 4 != 1)
    rows = build_night_table(JournalData(nights=kept, interventions=data.interventions))
    result = estimate_effects(rows, OUTCOME)
    assert result.unlogged_nights == 10 and result.as_json()["unlogged_nights"] == 10
    assert "10 of 40 nights" in result.unlogged.warning
