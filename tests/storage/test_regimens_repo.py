"""Regimens are kept in the journal (migration 0006, also on a journal made before it), with
their skipped nights; a changed regimen keeps its history."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from quietlegs.domain.records import Intervention
from quietlegs.domain.regimens import WEEKDAYS, Regimen
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.schema import HEAD_REVISION

MAGNESIUM = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg")
STRETCHING = Regimen(kind="stretching", started_on=date(2026, 11, 2), days=WEEKDAYS, before_bed_min=30,
                     amount=10, unit="min", skipped=frozenset({date(2026, 11, 4)}))


def _downgrade(path, revision):
    from alembic import command

    engine = create_journal_engine(path)
    try:
        with engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


def _tables(path):
    con = sqlite3.connect(path)
    try:
        return migrate.user_tables(con)
    finally:
        con.close()


def test_a_journal_at_0005_gains_the_regimen_tables_and_keeps_its_records(data_paths, demo_data):
    j = open_journal(data_paths.journal)
    j.import_data(replace(demo_data, regimens=()))  # a journal from before regimens had none
    before = j.snapshot()
    j.close()
    _downgrade(data_paths.journal, "0005")
    assert migrate.peek_revision(data_paths.journal) == "0005"
    assert "regimens" not in _tables(data_paths.journal)

    j = open_journal(data_paths.journal)  # the app's own start: migrates
    try:
        assert migrate.peek_revision(data_paths.journal) == HEAD_REVISION == "0006"
        assert {"regimens", "regimen_skips"} <= _tables(data_paths.journal)
        assert j.snapshot() == before and j.regimens() == []
        j.save_regimens([MAGNESIUM, STRETCHING])
        assert j.regimens() == [MAGNESIUM, STRETCHING]
    finally:
        j.close()


def test_regimens_and_their_skips_are_saved_replaced_and_deleted(journal):
    assert journal.save_regimens([MAGNESIUM, STRETCHING]) == [None, None]
    assert journal.regimens() == [MAGNESIUM, STRETCHING]
    skipped_more = replace(STRETCHING, skipped=frozenset({date(2026, 11, 5)}))
    assert journal.save_regimens([skipped_more]) == [STRETCHING]
    assert journal.regimens()[1].skipped == {date(2026, 11, 5)}
    assert journal.delete_regimen(STRETCHING.id) == skipped_more
    assert journal.regimens() == [MAGNESIUM]
    con = sqlite3.connect(journal.path)
    assert con.execute("SELECT count(*) FROM regimen_skips").fetchone() == (0,)
    con.close()


def test_a_bad_regimen_is_refused_by_name_and_nothing_is_kept(journal):
    with pytest.raises(InvalidRecord) as info:
        journal.save_regimens([MAGNESIUM, replace(STRETCHING, kind="no_such_kind")])
    assert str(info.value).startswith("kind:")
    with pytest.raises(InvalidRecord) as info:
        journal.save_regimens([replace(MAGNESIUM, clock=None)])
    assert "time: needs either a clock time or minutes before bed, not both" in str(info.value)
    assert journal.regimens() == []


def test_logging_an_evening_is_all_or_nothing(journal):
    journal.save_regimens([MAGNESIUM])
    good = Intervention(at=datetime(2026, 11, 3, 21), kind="magnesium", amount=300, unit="mg")
    bad = Intervention(at=datetime(2026, 11, 3, 21), kind="magnesium", amount=-3)
    with pytest.raises(InvalidRecord):
        journal.log_regimen([good, bad], skip=[(MAGNESIUM.id, date(2026, 11, 3))])
    assert journal.interventions() == [] and journal.regimens() == [MAGNESIUM]
    journal.log_regimen([good], skip=[(MAGNESIUM.id, date(2026, 11, 4))])
    assert journal.interventions() == [good] and journal.regimens()[0].skipped == {date(2026, 11, 4)}
    journal.log_regimen([], [good.id], unskip=[(MAGNESIUM.id, date(2026, 11, 4))])
    assert journal.interventions() == [] and journal.regimens() == [MAGNESIUM]


def test_a_kind_a_regimen_names_cannot_be_deleted(journal):
    from quietlegs.domain.records import InterventionKind
    from quietlegs.storage.errors import KindInUse

    journal.save_kind(InterventionKind("ropinirole", "Ropinirole", "medication", 0.25, "mg"))
    journal.save_regimens([Regimen(kind="ropinirole", started_on=date(2026, 11, 1), before_bed_min=120)])
    with pytest.raises(KindInUse):  # the journal file could not be read back without it
        journal.delete_kind("ropinirole")
    assert "ropinirole" in journal.kind_slugs()
