"""Findings in plain words: best first, triggers as triggers, association not cause."""

from __future__ import annotations

from quietlegs.analysis.effects import Effect, EffectsResult
from quietlegs.analysis.findings import HELPS, HURTS, TOO_LITTLE, UNCLEAR, catalog, findings


def effect(kind, adj=None, low=None, high=None, q=None, with_=183, without=483, enough=True, **kw):
    return Effect(kind=kind, nights_with=with_, nights_without=without, mean_with=0.0, mean_without=0.0,
                  difference=adj, adjusted_difference=adj, ci_low=low, ci_high=high, p_value=q, q_value=q,
                  enough_data=enough, **kw)


def texts(result):
    names, cats, builtin = catalog(())
    return findings(result, names, cats, builtin)


def test_a_helpful_soak_reads_as_the_design_says():
    f = texts(EffectsResult("total_sleep_min", 666, (effect("warm_soak", 26.2, 22.1, 30.3, 0.001),)))
    assert f[0].verdict == HELPS
    assert f[0].text == ("On nights after a warm soak you slept 26 min longer "
                         "(95% CI 22–30; 183 nights with, 483 without).")


def test_a_trigger_reads_as_a_trigger_with_its_interval_in_the_same_direction():
    f = texts(EffectsResult("total_sleep_min", 666, (effect("caffeine", -22, -27, -17, 0.001),)))
    assert f[0].verdict == HURTS
    assert f[0].text.startswith("After caffeine you slept 22 min less (95% CI 17–27;")


def test_for_an_outcome_where_lower_is_better_less_is_helpful():
    f = texts(EffectsResult("legs_severity", 100, (effect("stretching", -1.2, -1.6, -0.7, 0.01),)))
    assert f[0].verdict == HELPS and "legs were 1.2 points calmer" in f[0].text


def test_best_first_then_harmful_then_unclear_then_too_little_data():
    result = EffectsResult("total_sleep_min", 666, (
        effect("alcohol", -30, -40, -20, 0.001),
        effect("nap", with_=2, without=600, enough=False, more_nights_needed=3, short_of="with"),
        effect("magnesium", 2, -5, 9, 0.6),
        effect("stretching", 8, 4, 12, 0.01),
        effect("warm_soak", 26, 22, 30, 0.001),
    ))
    assert [(f.kind, f.verdict) for f in texts(result)] == [
        ("warm_soak", HELPS), ("stretching", HELPS), ("alcohol", HURTS), ("magnesium", UNCLEAR),
        ("nap", TOO_LITTLE)]


def test_too_little_data_says_how_many_more_nights_would_help():
    result = EffectsResult("sleep_efficiency", 50, (
        effect("nap", with_=2, without=48, enough=False, more_nights_needed=3, short_of="with"),
        effect("magnesium", with_=48, without=2, enough=False, more_nights_needed=3, short_of="without"),
    ))
    by_kind = {f.kind: f.text for f in texts(result)}
    assert "3 more nights with it would allow a first estimate" in by_kind["nap"]
    assert "used on nearly every night" in by_kind["magnesium"]
    assert "3 more nights without it" in by_kind["magnesium"]


def test_an_interval_spanning_no_difference_says_the_data_cannot_tell_yet():
    f = texts(EffectsResult("total_sleep_min", 100, (effect("magnesium", 2, -5, 9, 0.6),)))
    assert f[0].text.startswith("Magnesium: no clear difference yet")
    assert "−5 to +9 min" in f[0].text


def test_nothing_ever_says_causes():
    result = EffectsResult("total_sleep_min", 666, (
        effect("warm_soak", 26, 22, 30, 0.001), effect("caffeine", -22, -27, -17, 0.001),
        effect("magnesium", 2, -5, 9, 0.6), effect("hydration", 3, 1, 5, 0.09)))
    for f in texts(result):
        assert "cause" not in f.text.lower()
