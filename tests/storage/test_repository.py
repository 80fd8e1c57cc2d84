import os
import sqlite3
import stat
from dataclasses import replace
from datetime import date, datetime

import pytest

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.domain.validation import InvalidRecord
from quietlegs.storage.errors import KindInUse, StorageError
from quietlegs.storage.journal_file import open_journal

NIGHT = Night(night_of=date(2026, 11, 20), in_bed=datetime(2026, 11, 20, 22, 40),
              lights_out=datetime(2026, 11, 20, 23, 5), sleep_latency_min=25, awakenings=2,
              wake_after_sleep_onset_min=40, final_wake=datetime(2026, 11, 21, 6, 30),
              out_of_bed=datetime(2026, 11, 21, 6, 50), quality=3, legs_severity=6, notes="héllo ✓")


def test_a_new_journal_is_durable_and_private(journal, data_paths):
    con = sqlite3.connect(journal.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with journal.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(journal.path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(data_paths.root).st_mode) == 0o700


def test_files_stay_private_under_a_loose_umask(tmp_path):
    old = os.umask(0o022)
    try:
        j = open_journal(tmp_path / "d" / "journal.sqlite3")
        j.save_night(NIGHT)
        j.close()
    finally:
        os.umask(old)
    for p in (tmp_path / "d").iterdir():
        assert stat.S_IMODE(os.stat(p).st_mode) & 0o077 == 0, p


def test_built_in_kinds_are_there_from_the_start(journal):
    slugs = {k.slug for k in journal.kinds()}
    assert {"stretching", "magnesium", "warm_soak", "caffeine", "nap"} <= slugs
    assert len(slugs) == 22


def test_save_edit_and_delete_a_night(journal):
    journal.save_night(NIGHT)
    assert journal.night(date(2026, 11, 20)) == NIGHT
    journal.save_night(replace(NIGHT, quality=4))
    assert journal.night(date(2026, 11, 20)).quality == 4
    assert journal.delete_night(NIGHT.id) == replace(NIGHT, quality=4)
    assert journal.nights() == []


def test_an_invalid_night_changes_nothing(journal):
    journal.save_night(NIGHT)
    with pytest.raises(InvalidRecord) as info:
        journal.save_night(replace(NIGHT, id="another", night_of=date(2026, 11, 21),
                                   in_bed=datetime(2026, 11, 21, 6, 0)))
    assert info.value.errors
    assert journal.nights() == [NIGHT]


def test_symptoms_keep_their_lists_in_order(journal):
    event = SymptomEvent(at=datetime(2026, 11, 21, 2, 10), kind="cramp", severity=7,
                         locations=("left_calf", "right_foot"), relieved_by=("stretching", "heat"), relief_min=6)
    journal.save_symptom(event)
    assert journal.symptoms() == [event]
    journal.save_symptom(replace(event, relieved_by=("heat",)))
    assert journal.symptoms()[0].relieved_by == ("heat",)


def test_a_kind_in_use_cannot_be_deleted_only_hidden(journal):
    journal.save_kind(InterventionKind("ropinirole", "Ropinirole", "medication", 0.25, "mg"))
    journal.save_intervention(Intervention(at=datetime(2026, 11, 20, 20), kind="ropinirole", amount=0.25))
    with pytest.raises(KindInUse):
        journal.delete_kind("ropinirole")
    journal.save_kind(replace(journal.kinds()[0], hidden=True))
    journal.save_kind(InterventionKind("unused", "Unused", "other"))
    journal.delete_kind("unused")
    with pytest.raises(StorageError):
        journal.delete_kind("heat")


def test_export_import_export_gives_the_same_records(demo_journal, tmp_path):
    first = dump_journal(demo_journal.export(), datetime(2026, 11, 21, 8))
    fresh = open_journal(tmp_path / "other" / "journal.sqlite3")
    fresh.import_data(parse_journal(first))
    assert dump_journal(fresh.export(), datetime(2026, 11, 21, 8)) == first
    fresh.close()


def test_importing_the_same_file_twice_changes_nothing(demo_journal, demo_data):
    before = demo_journal.counts()
    demo_journal.import_data(demo_data)
    assert demo_journal.counts() == before


def test_import_is_all_or_nothing(journal, demo_data):
    journal.save_night(replace(NIGHT, night_of=date(2026, 11, 25), in_bed=datetime(2026, 11, 25, 22, 40),
                               lights_out=datetime(2026, 11, 25, 23, 5), final_wake=datetime(2026, 11, 26, 6, 30),
                               out_of_bed=datetime(2026, 11, 26, 6, 50)))
    clash = replace(demo_data.nights[-1], id="5b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10",
                    night_of=date(2026, 11, 25))
    bad = replace(demo_data, nights=demo_data.nights + (clash,))
    with pytest.raises(InvalidRecord, match="already logged"):
        journal.import_data(bad)
    assert journal.counts()["nights"] == 1
    assert journal.counts()["symptoms"] == 0


def test_snapshot_holds_the_events_of_the_period(demo_journal, demo_data):
    start, end = date(2026, 10, 1), date(2026, 10, 31)
    part = demo_journal.snapshot(start, end)
    assert all(start <= n.night_of <= end for n in part.nights)
    assert part.interventions and part.symptoms
    assert all(datetime(2026, 9, 30, 12) <= i.at < datetime(2026, 11, 2) for i in part.interventions)


def test_hidden_kinds_survive_export_and_import(journal, tmp_path):
    journal.save_kind(InterventionKind("old_pill", "Old pill", "medication", hidden=True))
    heat = next(k for k in journal.kinds() if k.slug == "heat")
    journal.save_kind(replace(heat, hidden=True))
    text = dump_journal(journal.export(), datetime(2026, 11, 21, 8))
    assert '"hidden_kinds"' in text
    fresh = open_journal(tmp_path / "other" / "journal.sqlite3")
    fresh.import_data(parse_journal(text))
    hidden = {k.slug for k in fresh.kinds() if k.hidden}
    fresh.close()
    assert hidden == {"old_pill", "heat"}
