"""services.backups on real files: the rotation never loses the last good copy."""

import random
from datetime import datetime, timedelta

from quietlegs.services.backups import back_up, daily_backup, verify
from quietlegs.storage.backup import list_backups, make_backup

NOW = datetime(2026, 11, 21, 8, 0)


def spoil(path, seed=1):
    raw = bytearray(path.read_bytes())
    raw[4096 * 2:4096 * 3] = random.Random(seed).randbytes(4096)
    path.write_bytes(bytes(raw))


def test_the_backup_holding_the_nights_survives_daily_backups_of_an_emptied_journal(demo_journal, data_paths):
    """Issue 16: the journal lost its nights; the next days' rotation looked only at dates and
    deleted the only backup still holding them."""
    total = demo_journal.counts()["nights"]
    day = NOW - timedelta(days=12)
    full = make_backup(demo_journal.path, data_paths.backups, day.replace(hour=7), "daily")
    for night in demo_journal.nights():
        demo_journal.delete_night(night.id)
    make_backup(demo_journal.path, data_paths.backups, day.replace(hour=21), "on-close")  # same day, newer
    for d in range(11, -1, -1):
        back_up(data_paths, NOW - timedelta(days=d), "daily")
    left = {b.path: b.nights for b in list_backups(data_paths.backups)}
    assert left.get(full) == total


def test_the_newest_sound_backup_survives_however_many_newer_ones_are_damaged(demo_journal, data_paths):
    good = make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=120), "daily")
    for d in [119, *range(1, 40)]:  # 119: the same month as the good one, and newer
        spoil(make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=d), "daily"), seed=d)
    back_up(data_paths, NOW, "periodic")
    spoil(list_backups(data_paths.backups)[0].path)  # even the one just made went bad
    back_up(data_paths, NOW + timedelta(days=200), "periodic")
    spoil(list_backups(data_paths.backups)[0].path)
    from quietlegs.storage.backup import thin_backups

    thin_backups(data_paths.backups, NOW + timedelta(days=400))
    assert good.exists()


def test_a_daily_backup_is_made_for_a_journal_holding_anything_once_a_day(journal, data_paths):
    from datetime import date

    from quietlegs.domain.records import Appointment

    journal.save_appointment(Appointment(date=date(2026, 12, 1), with_whom="Physio"))
    assert daily_backup(data_paths, NOW) is not None
    assert daily_backup(data_paths, NOW + timedelta(hours=3)) is None
    assert daily_backup(data_paths, NOW + timedelta(days=1)) is not None


def test_verify_names_each_damaged_backup(demo_journal, data_paths):
    make_backup(demo_journal.path, data_paths.backups, NOW - timedelta(days=2), "daily")
    bad = make_backup(demo_journal.path, data_paths.backups, NOW, "daily")
    spoil(bad)
    health = verify(data_paths)
    assert [info.path for info, _ in health.damaged] == [bad]
    assert len(health.sound) == 1
    assert "Backups: 2, 1 sound" in health.sentence() and bad.name in health.sentence()
