"""The catalog's slow-acting flag decides which kinds the analysis judges by weeks of use: a
user kind marked slow gets a ``sustained`` row, a default one (iron) unmarked loses it."""

from __future__ import annotations

from dataclasses import replace

from quietlegs.analysis.effects import estimate_effects
from quietlegs.analysis.outcomes import build_night_table, slow_acting
from quietlegs.domain.records import InterventionKind

from .situations import SITUATIONS, generate

ROOT = InterventionKind("ashwagandha", "Ashwagandha", "supplement")


def _journal(flag: bool | None, seed: int = 2):
    """The slow-iron situation (sleep builds with the share of the last four weeks on it), with
    the remedy a supplement of the user's own."""
    data = generate(SITUATIONS["slow_iron"], seed)
    items = tuple(replace(i, kind="ashwagandha") if i.kind == "iron" else i for i in data.interventions)
    return replace(data, interventions=items, kinds=(replace(ROOT, slow_acting=flag),))


def test_the_flag_wins_over_the_default_rule_both_ways():
    kinds = (replace(ROOT, slow_acting=True), InterventionKind("iron", "Iron", "supplement", slow_acting=False),
             InterventionKind("ropinirole", "Ropinirole", "medication"))
    slow = slow_acting(kinds)
    assert "ashwagandha" in slow and "iron" not in slow and "ropinirole" in slow  # (a medication by default)
    assert "ashwagandha" not in slow_acting((ROOT,)) and "iron" in slow_acting(())


def test_a_user_kind_marked_slow_gets_a_sustained_row_that_finds_its_benefit():
    unmarked = estimate_effects(build_night_table(_journal(None)), "total_sleep_min")
    assert unmarked.effect("ashwagandha", "sustained") is None
    marked = estimate_effects(build_night_table(_journal(True)), "total_sleep_min")
    assert "sustained_use" in marked.adjusted_for
    row = marked.effect("ashwagandha", "sustained")
    assert row is not None and row.as_json()["lag"] == "sustained"
    assert row.ci_low <= 20 <= row.ci_high  # the true effect: +20 min after four weeks every night
    # exactly what the built-in slow-acting iron gets on the same nights
    iron = estimate_effects(build_night_table(generate(SITUATIONS["slow_iron"], 2)), "total_sleep_min")
    same = iron.effect("iron", "sustained")
    assert (row.difference, row.ci_low, row.ci_high) == (same.difference, same.ci_low, same.ci_high)
    assert marked.effect("magnesium", "sustained") is None
