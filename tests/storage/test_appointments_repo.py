import sqlite3
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.records import Appointment, JournalData
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import NotFound
from quietlegs.storage.journal_file import open_journal
from quietlegs.storage.migrate import current_revision

VISIT = Appointment(date=date(2026, 12, 3), time=time(10, 30), with_whom="Dr Okafor (GP)",
                    purpose="Night cramps", questions=("Could my iron be low?", "Is it safe with ropinirole; really?"))


def test_the_appointments_table_comes_from_migration_0002(journal):
    assert current_revision(journal.engine) >= "0002"  # appointments came with 0002; later ones keep them
    con = sqlite3.connect(journal.path)
    cols = {r[1] for r in con.execute("PRAGMA table_info(appointments)")}
    con.close()
    assert {"date", "with_whom", "questions", "follow_up_date"} <= cols


def test_a_journal_made_before_appointments_is_upgraded_keeping_its_nights(tmp_path, demo_data):
    from alembic import command

    from quietlegs.storage.db import create_journal_engine
    from quietlegs.storage.migrate import _config

    path = tmp_path / "old.sqlite3"
    engine = create_journal_engine(path)
    with engine.connect() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    engine.dispose()
    backups = []
    j = open_journal(path, before_migration=backups.append)
    try:
        assert backups == [path]
        j.import_data(demo_data)
        j.save_appointment(VISIT)
        assert j.appointments() == [VISIT]
    finally:
        j.close()


def test_save_edit_and_delete_an_appointment(journal):
    journal.save_appointment(VISIT)
    assert journal.appointment(VISIT.id) == VISIT
    after = replace(VISIT, diagnosis="Nocturnal leg cramps", follow_up_date=date(2027, 1, 14))
    journal.save_appointment(after)
    assert journal.appointments() == [after]
    assert journal.delete_appointment(VISIT.id) == after
    assert journal.appointments() == []
    with pytest.raises(NotFound):
        journal.delete_appointment(VISIT.id)


def test_a_bad_appointment_is_refused_and_changes_nothing(journal):
    journal.save_appointment(VISIT)
    with pytest.raises(InvalidRecord, match="with_whom"):
        journal.save_appointment(replace(VISIT, with_whom=""))
    assert journal.appointments() == [VISIT]


def test_appointments_by_date_range(journal):
    early = replace(VISIT, id="11111111-1111-4111-8111-111111111111", date=date(2026, 9, 1))
    journal.save_appointment(VISIT)
    journal.save_appointment(early)
    assert journal.appointments(date(2026, 10, 1)) == [VISIT]
    assert journal.appointments(None, date(2026, 10, 1)) == [early]


def test_export_and_import_carry_appointments_and_importing_twice_changes_nothing(journal, tmp_path, demo_data):
    journal.import_data(demo_data)
    journal.save_appointment(VISIT)
    text = dump_journal(journal.export(), datetime(2026, 11, 21, 8))
    other = open_journal(tmp_path / "b" / "journal.sqlite3")
    try:
        counts = other.import_data(parse_journal(text))
        assert counts.appointments == 1 and "1 appointments" in str(counts)
        other.import_data(parse_journal(text))
        assert other.appointments() == [VISIT]
        assert other.counts()["appointments"] == 1
        edited = text.replace("Night cramps", "Cramps and RLS")
        other.import_data(parse_journal(edited))
        assert other.appointments()[0].purpose == "Cramps and RLS"
    finally:
        other.close()


def test_replace_all_also_replaces_appointments(journal):
    journal.save_appointment(VISIT)
    new = Appointment(date=date(2027, 2, 2), with_whom="Physio")
    journal.replace_all(JournalData(appointments=(new,)))
    assert journal.appointments() == [new]
