"""A kind the user marks as slow-acting: stored in the journal (migration 0005, also on a journal
that an older version left at 0004), written to JSON and CSV and read back, kept on re-import."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from quietlegs.domain.csv_format import dump_csv, parse_csv
from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal
from quietlegs.domain.records import InterventionKind, JournalData
from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.schema import HEAD_REVISION

ASHWAGANDHA = InterventionKind("ashwagandha", "Ashwagandha", "supplement", 300, "mg", slow_acting=True)
EXPORTED = datetime(2026, 12, 2, 2, 0)


def _kind(journal, slug):
    return next(k for k in journal.kinds() if k.slug == slug)


def _columns(path):
    con = sqlite3.connect(path)
    try:
        return {r[1] for r in con.execute("PRAGMA table_info(intervention_kinds)")}
    finally:
        con.close()


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


def test_a_journal_left_at_0004_gains_the_flag_and_keeps_every_kind(data_paths, demo_data):
    j = open_journal(data_paths.journal)
    j.import_data(demo_data)
    before = [replace(k, slow_acting=None) for k in j.kinds()]
    j.close()
    _downgrade(data_paths.journal, "0004")
    assert migrate.peek_revision(data_paths.journal) == "0004"
    assert "slow_acting" not in _columns(data_paths.journal)

    j = open_journal(data_paths.journal)  # the app's own start: migrates to 0005 and on
    try:
        assert migrate.peek_revision(data_paths.journal) == HEAD_REVISION
        assert "slow_acting" in _columns(data_paths.journal)
        assert j.kinds() == before and all(k.slow_acting is None for k in j.kinds())
        assert len(j.snapshot().nights) == len(demo_data.nights)
        j.save_kind(replace(_kind(j, "magnesium"), slow_acting=True))
        assert _kind(j, "magnesium").slow_acting is True
        assert next(k for k in j.snapshot().kinds if k.slug == "magnesium").slow_acting is True
    finally:
        j.close()


def test_the_flag_is_saved_changed_and_cleared(journal):
    journal.save_kind(ASHWAGANDHA)
    assert _kind(journal, "ashwagandha").slow_acting is True
    journal.save_kind(replace(ASHWAGANDHA, slow_acting=False))
    assert _kind(journal, "ashwagandha").slow_acting is False
    journal.save_kind(replace(ASHWAGANDHA, slow_acting=None))
    assert _kind(journal, "ashwagandha").slow_acting is None


@pytest.mark.parametrize("flag", [True, False, None])
def test_json_writes_the_flag_only_when_set_and_reads_it_back(flag):
    data = JournalData(kinds=(replace(ASHWAGANDHA, slow_acting=flag),))
    text = dump_journal(data, EXPORTED)
    written = json.loads(text)["kinds"][0]
    assert written.get("slow_acting", "absent") == ("absent" if flag is None else flag)
    assert parse_journal(text).kinds[0].slow_acting is flag


def test_json_refuses_a_flag_that_is_not_true_or_false_naming_the_field():
    doc = {"format": "quietlegs-journal", "version": 1,
           "kinds": [{"slug": "iron_pill", "name": "Iron", "category": "supplement", "slow_acting": "yes"}]}
    with pytest.raises(FormatError) as err:
        parse_journal(json.dumps(doc))
    assert str(err.value) == "kinds[0] (iron_pill): slow_acting must be true or false (it is 'yes')"
    assert err.value.field == "slow_acting"


@pytest.mark.parametrize("flag", [True, False, None])
def test_csv_has_a_slow_acting_column_and_reads_it_back(flag):
    files = dump_csv(JournalData(kinds=(replace(ASHWAGANDHA, slow_acting=flag),)))
    header, row = files["kinds.csv"].splitlines()[:2]
    assert "slow_acting" in header.split(",")
    back = parse_csv({name: text.encode() for name, text in files.items()})
    assert back.kinds[0].slow_acting is flag


def test_an_older_kinds_csv_without_the_column_still_imports():
    old = "slug,name,category,default_amount,default_unit\nashwagandha,Ashwagandha,supplement,300,mg\n"
    assert parse_csv({"kinds.csv": old.encode()}).kinds[0].slow_acting is None


def test_export_then_import_into_a_new_journal_keeps_the_flag(journal, data_paths, tmp_path):
    journal.save_kind(ASHWAGANDHA)
    journal.save_kind(replace(_kind(journal, "iron"), slow_acting=False))  # the user overrules the default
    text = dump_journal(journal.export(), EXPORTED)
    other = open_journal(tmp_path / "other.sqlite3")
    try:
        other.import_data(parse_journal(text))
        assert _kind(other, "ashwagandha").slow_acting is True
        assert _kind(other, "iron").slow_acting is False
    finally:
        other.close()


def test_a_file_that_does_not_say_keeps_the_journals_choice(journal):
    journal.save_kind(ASHWAGANDHA)
    older = parse_journal(json.dumps({"format": "quietlegs-journal", "version": 1, "kinds": [
        {"slug": "ashwagandha", "name": "Ashwagandha root", "category": "supplement"}]}))
    journal.import_data(older)
    kind = _kind(journal, "ashwagandha")
    assert (kind.name, kind.slow_acting) == ("Ashwagandha root", True)
    journal.import_data(parse_journal(dump_journal(JournalData(kinds=(replace(kind, slow_acting=False),)), EXPORTED)))
    assert _kind(journal, "ashwagandha").slow_acting is False
