"""Findings: structured (no words in them), best first, and worded in English for the command
line: triggers as triggers, association not cause (``analysis.findings_english``)."""

from __future__ import annotations

import dataclasses

from quietlegs.analysis.effects import Effect, EffectsResult
from quietlegs.analysis.findings import (
    ADJUSTMENTS,
    CLEAR,
    DOSE,
    HELPS,
    HINT,
    HURTS,
    LESS,
    MORE,
    NEXT,
    NO_DIFFERENCE,
    NOTE,
    NOT_VARIED,
    SUSTAINED,
    TOO_FEW_WITH,
    TOO_FEW_WITHOUT,
    TOO_LITTLE,
    UNCLEAR,
    UNLOGGED,
    WARNING,
    AdjustmentNote,
    UnloggedNote,
    catalog,
    findings,
)
from quietlegs.analysis.findings_english import sentence
from quietlegs.analysis.missing import Unlogged


def effect(kind, adj=None, low=None, high=None, q=None, with_=183, without=483, enough=True, **kw):
    return Effect(kind=kind, nights_with=with_, nights_without=without, mean_with=0.0, mean_without=0.0,
                  difference=adj, adjusted_difference=adj, ci_low=low, ci_high=high, p_value=q, q_value=q,
                  enough_data=enough, **kw)


def found(result):
    names, cats, builtin = catalog(())
    return findings(result, names, cats, builtin)


class Worded:
    """A finding with its English sentence, as ``quietlegs analyze`` prints it."""

    def __init__(self, f):
        self.finding, self.kind, self.verdict, self.effect, self.text = f, f.kind, f.verdict, f.effect, sentence(f)


def texts(result):
    return [Worded(f) for f in found(result)]


def _strings(value):
    """Every string inside a finding, however deep (dataclasses, tuples)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)


def test_findings_are_structured_and_hold_no_sentences():
    result = EffectsResult("total_sleep_min", 365, (
        effect("warm_soak", 26.2, 22.1, 30.3, 0.001),
        effect("caffeine", -22, -27, -17, 0.001),
        effect("exercise", 19.6, 14.2, 25.1, 0.001, lag="next_night"),
        effect("iron", 21, 9, 33, 0.002, lag="sustained", with_=150, without=215),
        effect("magnesium", 20.2, 15, 25, 0.001, dose="400 mg", with_=90, without=180),
        effect("magnesium", 1, -4, 6, 0.7, dose="200 mg", with_=92, without=180),
        effect("hydration", 3, 1, 5, 0.09),
        effect("nap", with_=2, without=600, enough=False, more_nights_needed=3, short_of="with"),
        effect("stretching", with_=600, without=2, enough=False, more_nights_needed=3, short_of="without"),
    ), adjusted_for=("trend", "weekend", "yesterday"), not_adjusted_for=(("season", "less than 300 days of nights"),),
        unlogged=Unlogged(count=80, span=380, after_bad=0.8, gaps=40))
    out = found(result)
    by = {(f.kind, f.row, f.dose): f for f in out}
    soak = by["warm_soak", "same_night", None]
    assert (soak.verdict, soak.says, soak.direction, soak.outcome) == (HELPS, CLEAR, MORE, "total_sleep_min")
    assert soak.amount == 26.2 and soak.interval == (22.1, 30.3) and (soak.nights_with, soak.nights_without) == (183, 483)
    assert (soak.name, soak.builtin, soak.trigger) == ("Warm soak", True, False)
    caffeine = by["caffeine", "same_night", None]
    assert (caffeine.verdict, caffeine.direction, caffeine.amount, caffeine.trigger) == (HURTS, LESS, 22, True)
    assert by["exercise", NEXT, None].row == NEXT and by["iron", SUSTAINED, None].row == SUSTAINED
    assert by["magnesium", DOSE, "400 mg"].says == CLEAR and by["magnesium", DOSE, "200 mg"].says == NO_DIFFERENCE
    assert by["hydration", "same_night", None].says == HINT and by["hydration", "same_night", None].compared == 7
    assert by["nap", "same_night", None].says == TOO_FEW_WITH and by["nap", "same_night", None].more_nights_needed == 3
    assert by["stretching", "same_night", None].says == TOO_FEW_WITHOUT
    warning, note = out[0], out[-1]
    assert warning.says == UNLOGGED and warning.note == UnloggedNote(
        count=80, span=380, percent=21, many=True, after_bad=True, after_bad_percent=80, gaps=40)
    assert note.says == ADJUSTMENTS and note.note == AdjustmentNote(("trend", "weekend", "yesterday"), ("season",))
    # Words are the faces': the only strings are codes, slugs and the journal's own names and doses.
    words = {s for f in out for s in _strings(f) if " " in s}
    assert words <= {"Warm soak", "400 mg", "200 mg"}, words


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
        ("nap", TOO_LITTLE), ("", NOTE)]


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


def test_next_night_sustained_and_dose_rows_say_which_association_they_are():
    result = EffectsResult("total_sleep_min", 365, (
        effect("exercise", 19.6, 14.2, 25.1, 0.001, lag="next_night"),
        effect("stretching", 1, -4, 6, 0.8, lag="next_night"),
        effect("iron", 21, 9, 33, 0.002, lag="sustained", with_=150, without=215),
        effect("magnesium", 20.2, 15, 25, 0.001, dose="400 mg", with_=90, without=180),
        effect("magnesium", 1, -4, 6, 0.7, dose="200 mg", with_=92, without=180),
    ), adjusted_for=("trend", "weekend", "yesterday"), not_adjusted_for=(("season", "less than 300 days of nights"),))
    by = {(f.kind, f.effect.lag, f.effect.dose): f.text for f in texts(result) if f.effect}
    assert ("stretching", "next_night", None) not in by  # an unclear next-night row is not worth a line
    assert by["exercise", "next_night", None] == ("On the night after exercise you slept 20 min longer "
                                                  "(95% CI 14–25; 183 nights with, 483 without).")
    assert by["iron", "sustained", None].startswith("After four weeks of iron every night, against four weeks "
                                                    "without, you slept 21 min longer (95% CI 9–33;")
    assert by["magnesium", "same_night", "400 mg"].startswith("At 400 mg, on nights after magnesium you slept 20 min")
    assert by["magnesium", "same_night", "200 mg"].startswith("Magnesium (200 mg): no clear difference yet")
    note = texts(result)[-1]
    assert note.verdict == NOTE and note.text == (
        "Differences are adjusted for the general trend over time, weekend nights, what was used the night "
        "before and the other habits. Not adjusted for the season (less than 300 days of nights).")


def test_an_outcome_that_never_varied_gets_no_verdict_and_unlogged_nights_are_warned_about_first():
    result = EffectsResult("quality", 300, (
        effect("warm_soak", with_=90, without=210, enough=False, note="no_variation"),),
        unlogged=Unlogged(count=80, span=380), outcome_varies=False)
    f = texts(result)
    assert f[0].verdict == WARNING and f[0].text.startswith("80 of 380 nights in this period were not logged (21%).")
    assert f[1].verdict == UNCLEAR and f[1].finding.says == NOT_VARIED
    assert f[1].text == ("Warm soak: sleep quality (1–5) did not vary in this period "
                         "(90 nights with, 210 without), so there is nothing to compare.")
    assert len(f) == 2  # no note about adjustments: nothing was estimated


def test_few_unlogged_nights_need_no_warning():
    result = EffectsResult("quality", 300, (effect("warm_soak", 0.1, -1, 1, 0.9),), unlogged=Unlogged(count=5, span=300))
    assert all(f.verdict != WARNING for f in found(result)) and Unlogged(count=5, span=300).warning == ""
