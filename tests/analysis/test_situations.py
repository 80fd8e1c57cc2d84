"""Issue 11's acceptance test: on journals generated from real-life situations that fool a
naive analysis (``situations.py``), with known true effects, the estimates stay honest.

For every true row of every situation, over RUNS journals (fixed seeds, so deterministic):
the 95% interval covers the true effect in at least 90% of journals; a row with no true
effect is flagged (its interval excludes 0) in at most 10%; a real effect is on the wrong
side in at most 2%; and the estimate is there (no row silently missing). A larger run with
the table: ``python benchmarks/insights_honesty.py``.
"""

from __future__ import annotations

import pytest

from quietlegs.analysis.effects import estimate_effects
from quietlegs.analysis.outcomes import build_night_table

from .situations import SITUATIONS, Situation, generate, judge

RUNS = 100  # per situation: about 2 s a situation on one core
pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_intervals_cover_nulls_stay_quiet_and_real_effects_keep_their_side(name):
    situation = SITUATIONS[name]
    for key, r in judge(situation, RUNS).items():
        truth = situation.truths[key]
        assert r.missing == 0, (key, r)
        assert r.covered / r.runs >= 0.90, (key, r)
        if truth == 0:
            assert r.flagged / r.runs <= 0.10, (key, r)
        else:
            assert r.wrong_side / r.runs <= 0.02, (key, r)


def test_bad_evenings_are_adjusted_for_and_a_null_remedy_is_not_blamed():
    result = estimate_effects(build_night_table(generate(SITUATIONS["bad_evenings"], 1)), "total_sleep_min")
    assert "state_before_bed" in result.adjusted_for
    soak = result.effect("warm_soak")
    assert soak.difference < -10  # the plain comparison blames it
    assert soak.ci_low <= 0 <= soak.ci_high


def test_the_next_night_and_sustained_rows_carry_their_lag():
    nxt = estimate_effects(build_night_table(generate(SITUATIONS["next_night"], 2)), "total_sleep_min")
    assert nxt.effect("exercise", "next_night").ci_low > 0
    assert {"trend", "weekend", "yesterday"} <= set(nxt.adjusted_for)
    short = estimate_effects(build_night_table(generate(SITUATIONS["short_sticky"], 2)), "total_sleep_min")
    assert "season" not in short.adjusted_for and "state_before_bed" not in short.adjusted_for
    assert dict(short.not_adjusted_for)["season"] == "less than 300 days of nights"
    iron = estimate_effects(build_night_table(generate(SITUATIONS["slow_iron"], 2)), "total_sleep_min")
    assert "sustained_use" in iron.adjusted_for
    assert iron.effect("iron", "sustained").as_json()["lag"] == "sustained"
    assert iron.effect("magnesium", "sustained") is None  # not slow-acting


def test_two_years_are_adjusted_for_season_and_doses_get_a_row_each():
    seasons = estimate_effects(build_night_table(generate(SITUATIONS["seasons"], 3)), "total_sleep_min")
    assert "season" in seasons.adjusted_for
    dose = estimate_effects(build_night_table(generate(SITUATIONS["dose"], 3)), "total_sleep_min")
    assert [e.dose for e in dose.effects if e.kind == "magnesium" and e.lag == "same_night"] == ["200 mg", "400 mg"]
    assert "dose" in dose.adjusted_for


def test_unlogged_bad_nights_are_counted_and_warned_about():
    result = estimate_effects(build_night_table(generate(SITUATIONS["unlogged"], 4)), "total_sleep_min")
    assert 0.15 * 365 < result.unlogged_nights < 0.35 * 365
    assert "not logged" in result.unlogged.warning and "after worse nights" in result.unlogged.warning


def test_a_quality_that_is_always_3_gets_no_verdict_on_any_row():
    result = estimate_effects(build_night_table(generate(SITUATIONS["dose"], 5)), "quality")
    assert not result.outcome_varies and result.effects
    for e in result.effects:
        assert e.ci_low is None and e.q_value is None and not e.clear and e.note == "no_variation"


def test_the_worker_gets_every_input_of_the_estimate():
    """The nights travel to the statistics process as small tuples: nothing the model reads is lost."""
    from quietlegs.services.estimates import estimate_packed, pack

    for name in ("bad_evenings", "slow_iron", "dose"):
        rows = build_night_table(generate(SITUATIONS[name], 7))
        here = estimate_effects(rows, "total_sleep_min")
        there = estimate_packed(pack(rows, "total_sleep_min"), "total_sleep_min")
        assert there == here


def test_the_effects_chart_says_an_outcome_that_never_varied_has_nothing_to_compare():
    from quietlegs.analysis.findings import catalog
    from quietlegs.charts import ChartData, build_chart

    rows = build_night_table(generate(SITUATIONS["dose"], 5))
    names, cats, builtin = catalog(())
    source = ChartData(rows=rows, kind_names=names, categories=cats, builtin=builtin)
    figure = build_chart("effects", source, "quality", None, None, size=(8, 4))
    words = " ".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))
    assert "was the same on every night" in words and "Not enough nights" not in words
