"""Experiments kept in the journal: saved, listed, read back, stopped early (migration 0003)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.experiments import Experiment
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import NotFound
from quietlegs.storage.journal_file import open_journal

PLAN = Experiment(kind="magnesium", outcome="sleep_efficiency", start=date(2026, 11, 2), seed=11, pairs=4,
                  period_nights=7, washout_nights=2)


def test_the_experiments_table_comes_from_migration_0003(journal):
    con = sqlite3.connect(journal.path)
    cols = {r[1] for r in con.execute("PRAGMA table_info(experiments)")}
    con.close()
    assert {"kind", "outcome", "start", "period_nights", "pairs", "washout_nights", "seed", "stopped_on"} <= cols


def test_a_saved_experiment_comes_back_the_same_after_reopening(journal, data_paths):
    journal.save_experiment(PLAN, OUTCOMES)
    journal.close()
    again = open_journal(data_paths.journal)
    try:
        assert again.experiments() == [PLAN]
        assert again.experiment(PLAN.id) == PLAN
        assert again.experiment("no-such-id") is None
    finally:
        again.close()


def test_a_bad_design_is_refused_naming_the_field_and_nothing_is_saved(journal):
    with pytest.raises(InvalidRecord) as caught:
        journal.save_experiment(replace(PLAN, pairs=2, kind="unicorn_dust"), OUTCOMES)
    assert {e.field for e in caught.value.errors} == {"pairs", "kind"}
    assert journal.experiments() == []


def test_stopping_early_is_recorded_and_said_once(journal):
    journal.save_experiment(PLAN, OUTCOMES)
    stopped = journal.stop_experiment(PLAN.id, date(2026, 11, 12))
    assert stopped.stopped_on == date(2026, 11, 12) == journal.experiment(PLAN.id).stopped_on
    with pytest.raises(InvalidRecord, match="already stopped"):
        journal.stop_experiment(PLAN.id, date(2026, 11, 13))
    with pytest.raises(NotFound):
        journal.stop_experiment("gone", date(2026, 11, 13))


def test_stopping_after_the_end_or_before_the_start_is_refused(journal):
    journal.save_experiment(PLAN, OUTCOMES)
    with pytest.raises(InvalidRecord, match="anyway"):
        journal.stop_experiment(PLAN.id, date(2027, 3, 1))
    with pytest.raises(InvalidRecord, match="before the experiment began"):
        journal.stop_experiment(PLAN.id, date(2026, 11, 1))
    assert journal.experiment(PLAN.id).stopped_on is None
