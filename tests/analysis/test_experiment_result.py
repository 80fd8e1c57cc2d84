"""The result of a planned self-experiment, read from a journal by the night rule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from fractions import Fraction
from itertools import product

import pytest

from quietlegs.analysis.experiment_result import (
    RESULT_KEYS, analyse, experiment_result, randomisation_p, t_interval,
)
from quietlegs.analysis.outcomes import build_night_table
from quietlegs.domain.experiments import ON, WASHOUT, Experiment, end_of, schedule
from quietlegs.domain.records import Intervention, JournalData, Night

START = date(2026, 9, 7)
EXP = Experiment(kind="magnesium", outcome="total_sleep_min", start=START, seed=3, pairs=4, period_nights=7)


def journal(exp: Experiment, effect: float, *, skip_every: int = 0, in_night_on_off: bool = False,
            last: date | None = None) -> JournalData:
    """Nights through the schedule: 420 min, + ``effect`` on nights magnesium was taken before bed,
    + a pattern by weekday (what randomisation must not be fooled by)."""
    nights, taken = [], []
    conditions = {p.first + timedelta(days=i): p.condition for p in schedule(exp) for i in range(p.nights)}
    for n, (d, condition) in enumerate(sorted(conditions.items())):
        if last and d > last:
            break
        take = condition == ON and not (skip_every and n % skip_every == 0)
        in_bed = datetime.combine(d, time(22, 30))
        sleep = 420 + (effect if take else 0) + 15 * (d.weekday() >= 5) + (n % 3)
        final = in_bed + timedelta(minutes=10 + 15 + 30 + sleep)
        nights.append(Night(night_of=d, in_bed=in_bed, lights_out=in_bed + timedelta(minutes=10), sleep_latency_min=15,
                            awakenings=1, wake_after_sleep_onset_min=30, final_wake=final,
                            out_of_bed=final + timedelta(minutes=5)))
        if take:
            taken.append(Intervention(at=in_bed - timedelta(hours=1), kind="magnesium", amount=300, unit="mg"))
        elif in_night_on_off:  # taken at 3 a.m. after waking: during the night, not before bed
            taken.append(Intervention(at=in_bed + timedelta(hours=4, minutes=30), kind="magnesium"))
    return JournalData(nights=tuple(nights), interventions=tuple(taken))


def result_of(data, exp=EXP, today=date(2026, 12, 1)):
    return experiment_result(exp, build_night_table(data), today, "Magnesium")


def test_a_followed_plan_with_a_real_effect_reads_helps_with_every_contract_field():
    r = result_of(journal(EXP, 30))
    doc = r.as_json()
    assert tuple(doc)[:len(RESULT_KEYS)] == RESULT_KEYS
    assert doc["complete"] and doc["nights_on"] == doc["nights_off"] == 28 and doc["adherence"] == 1.0
    assert doc["ci_low"] < 30 < doc["ci_high"] and doc["difference"] == pytest.approx(30, abs=3)
    assert doc["p_value"] == 0.125  # four pairs: the smallest p it can reach
    assert "No clear difference" in r.words and "no result can be clearer than p = 0.125" in r.words


def test_six_pairs_can_say_helps_because_the_nights_were_randomised():
    exp = Experiment(kind="magnesium", outcome="total_sleep_min", start=START, seed=5, pairs=6)
    r = result_of(journal(exp, 30), exp, today=date(2027, 1, 1))
    assert r.p_value == pytest.approx(1 / 32)
    assert r.words.startswith("Magnesium helps: total sleep was 30 min higher") and "random order" in r.words


def test_washout_nights_count_for_neither_arm():
    exp = Experiment(kind="magnesium", outcome="total_sleep_min", start=START, seed=3, pairs=4, washout_nights=3)
    r = result_of(journal(exp, 30), exp, today=date(2027, 1, 1))
    assert r.nights_on == r.nights_off == 28
    assert any(s.period.condition == WASHOUT and s.nights == 3 for s in r.periods)


def test_adherence_is_read_from_the_before_bed_log_and_a_skipped_remedy_lowers_certainty():
    full = result_of(journal(EXP, 30))
    poor = result_of(journal(EXP, 30, skip_every=2))
    assert poor.adherence == pytest.approx(0.75, abs=0.05)
    assert poor.difference < full.difference  # counted as planned: the skipped nights dilute it
    assert "followed the plan" in poor.words and "followed the plan" not in full.words


def test_a_remedy_taken_in_the_night_on_an_off_night_is_not_before_bed_use():
    r = result_of(journal(EXP, 30, in_night_on_off=True))
    assert r.adherence == 1.0


def test_an_experiment_under_way_says_so_and_waits_for_two_pairs():
    early = result_of(journal(EXP, 30, last=START + timedelta(days=10)), today=START + timedelta(days=11))
    assert not early.complete and early.difference is None and early.p_value is None
    assert early.words.startswith("So far (1 of 4 pairs logged)") and "too little to tell" in early.words
    assert result_of(JournalData(), today=START - timedelta(days=3)).words.startswith("Starts on the night")


def test_stopping_early_is_said_and_the_nights_after_it_are_left_out():
    stop = START + timedelta(days=34)
    exp = Experiment(**{**EXP.__dict__, "stopped_on": stop})
    r = result_of(journal(EXP, 30), exp)
    assert not r.complete and r.words.startswith(f"Stopped early after the night of {stop.isoformat()}")
    assert r.nights_on + r.nights_off == 35
    assert r.as_json()["stopped_on"] == stop.isoformat()


def test_the_interval_is_the_t_interval_over_the_pair_differences():
    mean, low, high = t_interval([1.0, 2.0, 3.0, 4.0])
    assert mean == 2.5 and (low, high) == pytest.approx((2.5 - 3.182446 * 0.645497, 2.5 + 3.182446 * 0.645497), rel=1e-5)


@pytest.mark.parametrize("pairs", [3, 4, 5])
def test_the_p_value_is_exact_over_the_allowed_allocations(pairs):
    """Under no effect, the period values do not care about the order: every allocation the
    design allowed is equally likely, so P(p ≤ k/2^P) = k/2^P exactly (no ties)."""
    first_periods = [3.1, -1.7, 0.4, 2.9, -0.6][:pairs]  # what each pair's first period gave
    second_periods = [0.2, 1.3, -2.2, 0.5, 1.1][:pairs]
    ps = []
    for order in product((1, -1), repeat=pairs):  # +1: on first; −1: off first
        diffs = [s * (a - b) for s, a, b in zip(order, first_periods, second_periods)]
        ps.append(Fraction(randomisation_p(diffs)).limit_denominator(2**pairs))
    for k in range(1, 2**pairs + 1):
        level = Fraction(k, 2**pairs)
        share = Fraction(sum(p <= level for p in ps), len(ps))
        assert share <= level
        if k % 2 == 0:  # two-sided: p moves in steps of 2/2^P, reached exactly
            assert share == level


def test_the_smallest_p_value_is_reached_by_the_most_extreme_allocation():
    assert randomisation_p([5.0, 4.0, 6.0, 5.5]) == 2 / 16
    assert randomisation_p([0.0, 0.0, 0.0]) == 1.0
