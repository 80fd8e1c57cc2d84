"""The latest use of a kind (its dose is the one offered next), whether used last night or
only long ago."""

from __future__ import annotations

from datetime import datetime

from quietlegs.domain.records import Intervention


def test_the_latest_use_is_found_for_a_kind_used_lately_and_for_one_used_only_long_ago(journal):
    uses = [
        Intervention(at=datetime(2025, 1, 5, 21, 0), kind="iron", amount=65, unit="mg"),
        Intervention(at=datetime(2025, 2, 5, 21, 0), kind="iron", amount=100, unit="mg"),
        Intervention(at=datetime(2026, 11, 18, 21, 0), kind="magnesium", amount=200, unit="mg"),
        Intervention(at=datetime(2026, 11, 20, 21, 0), kind="magnesium", amount=300, unit="mg"),
        Intervention(at=datetime(2026, 11, 20, 21, 30), kind="stretching", duration_min=10),
    ]
    for item in uses:
        journal.save_intervention(item)
    assert journal.last_intervention("magnesium") == uses[3]
    assert journal.last_intervention("iron") == uses[1]  # 21 months before the newest use
    assert journal.last_intervention("heat") is None
