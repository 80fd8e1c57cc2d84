"""Migrations: one transaction, foreign keys off while parents are rebuilt, nothing left over."""

import sqlite3

import pytest

from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine
from quietlegs.storage.schema import HEAD_REVISION

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


# ----------------------------------------------------------------- a recorded revision out of step (issue 16)

def _record_revision(path, revision):
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num=?", (revision,))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_a_revision_behind_its_tables_is_corrected_without_a_migration_or_a_backup(filled_journal, data_paths):
    from quietlegs.storage.journal_file import open_journal

    before = _table_counts(filled_journal)
    _record_revision(filled_journal, "0001")  # but the appointments table (0002) is there
    j = open_journal(filled_journal, before_migration=lambda p: pytest.fail("no migration should run"))
    j.close()
    assert migrate.peek_revision(filled_journal) == HEAD_REVISION
    assert _table_counts(filled_journal) == before
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())
    assert integrity(filled_journal) == "ok"


def test_tables_that_match_no_revision_are_refused_once_and_no_start_adds_a_backup(filled_journal, data_paths,
                                                                                   capsys):
    from quietlegs.cli import main
    from quietlegs.storage.journal_file import open_journal

    con = sqlite3.connect(filled_journal)
    con.execute("DROP INDEX ix_appointments_date")  # appointments half made: no revision looks like this
    con.commit()
    con.close()
    _record_revision(filled_journal, "0001")
    before = integrity(filled_journal), _table_counts(filled_journal)
    for _ in range(3):
        with pytest.raises(migrate.JournalOutOfStep, match="records schema 0001.*appointments.*match no version"):
            open_journal(filled_journal, before_migration=lambda p: pytest.fail("no backup, no migration"))
        assert main(["--data-dir", str(data_paths.root), "summary"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "already exists" not in err and "records schema 0001" in err
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())
    assert (integrity(filled_journal), _table_counts(filled_journal)) == before
    assert migrate.peek_revision(filled_journal) == "0001"


def test_a_journal_that_lost_its_revision_record_is_stamped_when_its_tables_match(filled_journal):
    from quietlegs.storage.journal_file import open_journal

    con = sqlite3.connect(filled_journal)
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    open_journal(filled_journal).close()
    assert migrate.peek_revision(filled_journal) == HEAD_REVISION


def test_the_tables_of_each_revision_are_what_its_migrations_make():
    for revision, tables in migrate.TABLES_AT.items():
        assert set(migrate.layout_at(revision)) == tables
    assert set(migrate.TABLES_AT) == migrate.known_revisions()


def test_the_window_offers_the_backup_for_a_journal_out_of_step(qtbot, filled_journal, data_paths, monkeypatch,
                                                               demo_data):
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from quietlegs.storage.backup import make_backup
    from quietlegs.ui.startup import open_or_explain

    make_backup(filled_journal, data_paths.backups, datetime(2026, 11, 20, 8), "daily")
    con = sqlite3.connect(filled_journal)
    con.execute("DROP INDEX ix_appointments_date")
    con.commit()
    con.close()
    _record_revision(filled_journal, "0001")
    shown = []

    def answer(box):
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Yes if box.standardButtons() & QMessageBox.StandardButton.Yes \
            else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    service = open_or_explain(data_paths)
    assert service is not None
    try:
        text, info, details = shown[0]
        assert "does not match the tables" in info and "Fri 20 Nov 2026, 08:00" in info
        assert "records schema 0001" in details
        assert service.journal.counts()["nights"] == len(demo_data.nights)
        assert migrate.peek_revision(data_paths.journal) == HEAD_REVISION
    finally:
        service.journal.close()
    assert list(data_paths.root.glob("journal.sqlite3.*.damaged"))


def test_check_says_a_revision_out_of_step_will_be_corrected_and_changes_nothing(filled_journal, data_paths, capsys):
    from quietlegs.cli import main

    from .breakers import digest

    _record_revision(filled_journal, "0001")
    before = digest(filled_journal)
    assert main(["--data-dir", str(data_paths.root), "check"]) == 0
    out = capsys.readouterr().out
    assert "is sound" in out and "out of step" in out and f"those of schema {HEAD_REVISION}" in out
    assert digest(filled_journal) == before


def _journal_at_0001(path, demo_data):
    """A real journal as version 0001 of the app left it, holding the demo nights."""
    from alembic import command

    from quietlegs.storage.db import create_journal_engine
    from quietlegs.storage.journal_file import open_journal

    j = open_journal(path)
    j.import_data(demo_data)
    j.close()
    engine = create_journal_engine(path)
    try:
        with engine.connect() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
            conn.commit()
    finally:
        engine.dispose()
    assert migrate.peek_revision(path) == "0001"


def test_a_migration_that_fails_on_every_start_backs_the_journal_up_once(data_paths, demo_data, capsys):
    from quietlegs.cli import main
    from quietlegs.storage.backup import list_backups

    _journal_at_0001(data_paths.journal, demo_data)
    con = sqlite3.connect(data_paths.journal)  # a stray index with the name 0002 is about to use
    con.execute("CREATE INDEX ix_appointments_date ON nights (quality)")
    con.commit()
    con.close()
    for _ in range(3):
        assert main(["--data-dir", str(data_paths.root), "summary"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "could not be updated from schema 0001" in err
    assert "ix_appointments_date already exists" in err and "something went wrong" not in err
    assert "CREATE" not in err  # SQLite's words, never the SQL
    backups = list_backups(data_paths.backups)
    assert [b.reason for b in backups] == ["before-migration"]
    assert backups[0].nights == len(demo_data.nights)
    assert migrate.peek_revision(data_paths.journal) == "0001"
