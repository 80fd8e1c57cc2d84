"""Planned self-experiments: the schedule, the randomisation, and what the design can tell."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest

from quietlegs.domain.experiments import (
    OFF, ON, WASHOUT, Experiment, end_of, pairs_needed, schedule, smallest_p_value, suggested_design,
    tonight, validate_experiment, what_it_can_tell,
)

KINDS = {"magnesium", "iron", "stretching"}
OUTCOMES = ("sleep_efficiency", "legs_severity")
START = date(2026, 11, 2)


def design(**kw) -> Experiment:
    base = dict(kind="magnesium", outcome="sleep_efficiency", start=START, seed=7)
    return Experiment(**(base | kw))


def test_each_pair_holds_one_on_and_one_off_period_back_to_back():
    periods = schedule(design(pairs=5))
    assert len(periods) == 10
    for pair in range(5):
        mine = [p for p in periods if p.pair == pair]
        assert sorted(p.condition for p in mine) == [OFF, ON]
    for a, b in zip(periods, periods[1:]):
        assert b.first == a.last + timedelta(days=1)
    assert periods[0].first == START and all(p.nights == 7 for p in periods)
    assert end_of(design(pairs=5)) == START + timedelta(days=69)


def test_the_same_seed_gives_the_same_schedule_and_seeds_differ():
    assert schedule(design(seed=42)) == schedule(design(seed=42))
    orders = {tuple(p.condition for p in schedule(design(seed=s, pairs=6))) for s in range(40)}
    assert len(orders) > 10  # the order really is drawn, not fixed


def test_both_orders_are_about_equally_likely_within_a_pair():
    firsts = [schedule(design(seed=s))[0].condition for s in range(2000)]
    assert 900 < firsts.count(ON) < 1100


def test_a_washout_sits_before_each_switch_of_arm_and_only_there():
    periods = schedule(design(pairs=4, washout_nights=3))
    for a, b in zip(periods, periods[1:]):
        if WASHOUT not in (a.condition, b.condition):
            assert a.condition == b.condition  # two periods of one arm need no washout between them
    for i, p in enumerate(periods):
        if p.condition == WASHOUT:
            assert p.nights == 3 and p.pair is None
            assert periods[i - 1].condition != periods[i + 1].condition
    assert periods[0].condition != WASHOUT and periods[-1].condition != WASHOUT
    assert end_of(design(pairs=4, washout_nights=3)) == periods[-1].last


def test_tonight_says_the_condition_and_the_night_within_the_period():
    exp = design()
    first = schedule(exp)[0]
    now = tonight(exp, START + timedelta(days=2))
    assert now.condition == first.condition and now.night == 3 and now.period.nights == 7
    assert now.period_number == 1 and now.periods == 8
    assert tonight(exp, START - timedelta(days=1)) is None
    assert tonight(exp, end_of(exp) + timedelta(days=1)) is None


def test_a_stopped_experiment_gives_no_instruction_after_it_was_stopped():
    exp = design(stopped_on=START + timedelta(days=9))
    assert tonight(exp, START + timedelta(days=9)) is not None
    assert tonight(exp, START + timedelta(days=10)) is None


@pytest.mark.parametrize(("pairs", "smallest"), [(3, Fraction(1, 4)), (4, Fraction(1, 8)), (6, Fraction(1, 32))])
def test_the_smallest_two_sided_p_value_is_two_in_two_to_the_pairs(pairs, smallest):
    assert smallest_p_value(pairs) == smallest


def test_four_pairs_cannot_reach_five_percent_and_the_sentence_says_how_many_can():
    assert pairs_needed() == 6
    text = what_it_can_tell(design(), "Magnesium", "Sleep efficiency")
    assert "1/8" in text and "never" in text and "at least 6 pairs" in text
    assert "someone else" in text  # what it cannot tell
    assert "never" not in what_it_can_tell(design(pairs=6), "Magnesium", "Sleep efficiency")


def test_slow_acting_remedies_get_longer_periods_and_a_washout():
    assert suggested_design("iron") == (14, 7)
    assert suggested_design("ropinirole", "medication") == (14, 7)
    assert suggested_design("magnesium", "supplement") == (7, 0)


def test_a_good_design_has_no_problems():
    assert validate_experiment(design(), KINDS, OUTCOMES) == []


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"pairs": 2}, "pairs", "at least 3"),
    ({"period_nights": 0}, "period_nights", "at least 1"),
    ({"washout_nights": -1}, "washout_nights", "between 0"),
    ({"kind": "unicorn_dust"}, "kind", "unknown kind"),
    ({"outcome": "happiness"}, "outcome", "unknown outcome"),
    ({"start": date(1969, 12, 31)}, "start", "outside"),
    ({"start": date(2099, 12, 1)}, "start", "would end after"),
    ({"seed": -1}, "seed", "between 0"),
])
def test_each_bad_field_gets_one_message_naming_it(change, field, words):
    errors = validate_experiment(design(**change), KINDS, OUTCOMES)
    assert [e.field for e in errors] == [field]
    assert words in errors[0].message


def test_the_persons_own_slow_acting_mark_decides_the_suggested_design():
    from quietlegs.domain.experiments import suggested_design

    assert suggested_design("iron", "supplement") == suggested_design("my_pill", "medication")  # the default rule
    assert suggested_design("iron", "supplement", flag=False) == suggested_design("stretching", "self_care")
    assert suggested_design("stretching", "self_care", flag=True) == suggested_design("iron", "supplement")
