"""Migrations: one transaction, foreign keys off while parents are rebuilt, nothing left over."""

import sqlite3

from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine

from .breakers import BASE_REVISION, TEST_REVISION, TEST_SCRIPT, integrity, make_test_migrations


def _table_counts(path):
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables if t != "alembic_version"}
    finally:
        con.close()


def test_rebuilding_parent_tables_never_loses_a_child_row(filled_journal, tmp_path):
    before = _table_counts(filled_journal)
    assert before["symptom_reliefs"] > 0 and before["interventions"] > 0 and before["symptoms"] > 0
    location = make_test_migrations(tmp_path)
    engine = create_journal_engine(filled_journal)
    try:
        assert migrate.upgrade(engine, filled_journal, location=location)
    finally:
        engine.dispose()
    after = _table_counts(filled_journal)
    assert after == before
    assert not [t for t in after if t.startswith("_alembic_tmp")]
    assert migrate.peek_revision(filled_journal) == TEST_REVISION
    con = sqlite3.connect(filled_journal)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "extra" in {r[1] for r in con.execute("PRAGMA table_info(symptoms)")}
    con.close()
    assert integrity(filled_journal) == "ok"


def test_the_same_rebuild_with_foreign_keys_on_would_lose_the_reliefs(filled_journal):
    """The regression the test above guards against, shown happening without the guard."""
    con = sqlite3.connect(filled_journal, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    before = con.execute("SELECT count(*) FROM symptom_reliefs").fetchone()[0]
    con.execute("BEGIN")
    con.execute("CREATE TABLE _tmp AS SELECT * FROM symptoms")
    con.execute("DROP TABLE symptoms")  # what a batch rebuild does: the CASCADE fires
    con.execute("ALTER TABLE _tmp RENAME TO symptoms")
    lost = before - con.execute("SELECT count(*) FROM symptom_reliefs").fetchone()[0]
    con.execute("ROLLBACK")
    con.close()
    assert lost == before > 0


def test_a_failing_migration_leaves_the_journal_exactly_as_it_was(filled_journal, tmp_path):
    location = make_test_migrations(tmp_path)
    script = location / "versions" / TEST_SCRIPT
    script.write_text(script.read_text().replace(
        '        b.add_column(sa.Column("mood", sa.Integer, nullable=True))',
        '        b.add_column(sa.Column("mood", sa.Integer, nullable=True))\n'
        '    raise RuntimeError("the disk went away")'))
    before = _table_counts(filled_journal)
    engine = create_journal_engine(filled_journal)
    try:
        try:
            migrate.upgrade(engine, filled_journal, location=location)
        except RuntimeError:
            pass
        else:
            raise AssertionError("the migration should have failed")
    finally:
        engine.dispose()
    assert _table_counts(filled_journal) == before
    assert migrate.peek_revision(filled_journal) == BASE_REVISION
    con = sqlite3.connect(filled_journal)
    assert "extra" not in {r[1] for r in con.execute("PRAGMA table_info(symptoms)")}
    con.close()
