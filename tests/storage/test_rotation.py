from datetime import datetime, timedelta

from quietlegs.storage.rotation import backups_to_keep

NOW = datetime(2026, 11, 21, 19, 0)


def keep(times, now=NOW):
    return sorted(backups_to_keep(((t, t) for t in times), now))


def test_every_backup_of_today_is_kept():
    today = [NOW.replace(hour=h) for h in (0, 7, 8, 18)]
    assert keep(today) == today


def test_one_a_day_for_two_weeks_the_newest_of_each_day():
    times = [NOW - timedelta(days=d, hours=h) for d in range(1, 15) for h in (1, 5)]
    kept = keep(times)
    assert len(kept) == 14
    for d in range(1, 15):
        day = (NOW - timedelta(days=d)).date()
        assert max(t for t in times if t.date() == day) in kept


def test_one_a_week_up_to_three_months_then_one_a_month():
    times = [NOW - timedelta(days=d) for d in range(15, 400)]
    kept = keep(times)
    weekly = [t for t in kept if (NOW.date() - t.date()).days <= 91]
    monthly = [t for t in kept if (NOW.date() - t.date()).days > 91]
    assert len({t.isocalendar()[:2] for t in weekly}) == len(weekly)
    assert 10 <= len(weekly) <= 12
    assert len({(t.year, t.month) for t in monthly}) == len(monthly)
    assert 9 <= len(monthly) <= 11
    # years of daily use leave a few dozen files, not hundreds
    many = [NOW - timedelta(days=d) for d in range(0, 3650)]
    assert len(keep(many)) < 14 + 13 + 120 + 1


def test_the_only_copy_is_never_deleted_however_old():
    old = [NOW - timedelta(days=2000)]
    assert keep(old) == old
    assert keep([]) == []


def test_the_newest_backup_is_always_kept():
    times = [NOW - timedelta(days=300, hours=h) for h in range(5)]
    assert max(times) in keep(times)


def test_a_backup_dated_in_the_future_is_kept():
    ahead = NOW + timedelta(days=3)
    assert ahead in keep([ahead, NOW - timedelta(days=1)])
