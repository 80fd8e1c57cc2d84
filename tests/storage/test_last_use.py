"""The latest use of a kind (its dose is the one offered next), whether used last night or
only long ago."""

from __future__ import annotations

from datetime import datetime

from quietlegs.domain.records import Intervention


USES = [
    Intervention(at=datetime(2025, 1, 5, 21, 0), kind="iron", amount=65, unit="mg"),
    Intervention(at=datetime(2025, 2, 5, 21, 0), kind="iron", amount=100, unit="mg"),
    Intervention(at=datetime(2026, 11, 18, 21, 0), kind="magnesium", amount=200, unit="mg"),
    Intervention(at=datetime(2026, 11, 20, 21, 0), kind="magnesium", amount=300, unit="mg"),
    Intervention(at=datetime(2026, 11, 20, 21, 30), kind="stretching", duration_min=10),
    Intervention(at=datetime(2026, 11, 19, 20, 0), kind="magnesium", amount=250, unit="mg"),  # saved last
]


def test_the_latest_use_is_found_for_a_kind_used_lately_and_for_one_used_only_long_ago(journal):
    uses = USES
    for item in uses:
        journal.save_intervention(item)
    assert journal.last_intervention("magnesium") == uses[3]
    assert journal.last_intervention("iron") == uses[1]  # 21 months before the newest use
    assert journal.last_intervention("heat") is None


def test_the_latest_doses_of_several_kinds_are_read_at_once_as_one_by_one(journal):
    """The evening's buttons ask for every kind's dose after each save: one read gives what the
    one-kind read gives, for kinds used lately, long ago, without a dose, or never."""
    for item in USES:
        journal.save_intervention(item)
    kinds = ["magnesium", "iron", "stretching", "heat"]
    assert journal.last_doses(kinds) == {"magnesium": (300, "mg"), "iron": (100, "mg"), "stretching": (None, None)}
    for kind in kinds[:3]:
        last = journal.last_intervention(kind)
        assert journal.last_doses([kind]) == {kind: (last.amount, last.unit)}
    assert journal.last_doses([]) == {}
