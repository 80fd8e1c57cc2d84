"""Milestones: checked before they are kept, counted in days, with what to expect at each stage."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from quietlegs.domain.milestones import Milestone, day_counts, expectation, from_interventions, validate_milestone
from quietlegs.domain.records import Intervention

TODAY = date(2026, 11, 21)


def test_a_milestone_needs_a_name_and_a_known_kind_each_named():
    errors = validate_milestone(Milestone(date=TODAY, name="  ", kind="quit"))
    assert [e.field for e in errors] == ["name", "kind"]
    assert validate_milestone(Milestone(date=TODAY, name="x" * 81))[0].field == "name"
    assert validate_milestone(Milestone(date=date(1800, 1, 1), name="stopped kratom"))[0].field == "date"
    assert validate_milestone(Milestone(date=TODAY, name="stopped kratom", kind="stopped")) == []


def test_day_twelve_since_stopping_kratom_and_the_latest_first():
    stopped = Milestone(date=date(2026, 11, 9), name="stopped kratom", kind="stopped")
    iron = Milestone(date=date(2026, 11, 19), name="started iron", kind="started")
    counts = day_counts([stopped, iron], TODAY)
    assert [(c.milestone.name, c.days) for c in counts] == [("started iron", 2), ("stopped kratom", 12)]
    assert "days to weeks" in counts[1].expectation


@pytest.mark.parametrize("days, words", [
    (0, "begin within 24–48 hours"), (1, "begin within 24–48 hours"), (2, "peak at 48–72 hours"),
    (3, "peak at 48–72 hours"), (4, "ease over days to weeks"), (40, "worth telling your doctor"),
])
def test_what_to_expect_after_stopping_follows_the_withdrawal_timeline(days, words):
    assert words in expectation("stopped", days)


@pytest.mark.parametrize("days, words", [(0, "peaks within 24–48 hours"), (2, "peaks within 24–48 hours"),
                                         (3, "settles by now"), (5, "")])
def test_what_to_expect_after_dry_needling(days, words):
    text = expectation("therapy", days, "dry needling")
    assert (words in text) if words else text == ""


def test_future_and_old_milestones_are_not_counted_and_a_repeated_name_counts_once():
    future = Milestone(date=date(2026, 12, 1), name="physio begins")
    old = Milestone(date=date(2026, 1, 1), name="stopped coffee", kind="stopped")
    first = Milestone(date=date(2026, 11, 10), name="dry needling", kind="therapy")
    latest = Milestone(date=date(2026, 11, 17), name="Dry needling", kind="therapy")
    assert [(c.milestone.date, c.days) for c in day_counts([future, old, first, latest], TODAY)] == [
        (date(2026, 11, 17), 4)]


def test_dry_needling_sessions_are_milestones_without_typing():
    session = Intervention(at=datetime(2026, 11, 18, 16, 0), kind="dry_needling", id="abc")
    other = Intervention(at=datetime(2026, 11, 18, 21, 0), kind="magnesium")
    [m] = from_interventions([session, other])
    assert m.date == date(2026, 11, 18) and m.kind == "therapy" and m.derived
    assert day_counts([m], TODAY)[0].expectation.startswith("Needling soreness usually settles")


# ---------------------------------------------------------------------- the interchange section

def _doc(*milestones: dict) -> str:
    import json

    return json.dumps({"format": "quietlegs-journal", "version": 1, "milestones": list(milestones)})


def test_the_milestones_section_reads_and_writes_back_as_written():
    from quietlegs.domain.journal_format import dump_journal, parse_journal

    text = _doc({"id": "6b1e7d2a-0c55-4f4e-9a57-3f9d2b8c1e11", "date": "2026-11-09", "name": "stopped kratom",
                 "kind": "stopped", "notes": "last dose at 08:00"},
                {"id": "7b1e7d2a-0c55-4f4e-9a57-3f9d2b8c1e11", "date": "2026-11-19", "name": "started iron"})
    data = parse_journal(text)
    assert [(m.name, m.kind) for m in data.milestones] == [("stopped kratom", "stopped"), ("started iron", None)]
    import json

    again = json.loads(dump_journal(data, datetime(2026, 11, 21, 8)))["milestones"]
    assert again == json.loads(text)["milestones"]


@pytest.mark.parametrize("record, words", [
    ({"date": "2026-11-09"}, "milestones[0] (date 2026-11-09): name"),
    ({"date": "2026-11-09", "name": "stopped kratom", "kind": "quit"}, "kind must be one of stopped"),
    ({"date": "2026-11-09", "name": "x", "when": "morning"}, "when"),
    ({"date": "2026-13-09", "name": "x"}, "date"),
])
def test_a_bad_milestone_in_a_file_is_named_with_its_field(record, words):
    from quietlegs.domain.format_reading import FormatError
    from quietlegs.domain.journal_format import parse_journal

    with pytest.raises(FormatError) as info:
        parse_journal(_doc(record))
    assert words in str(info.value)
