from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quietlegs.storage.rotation import RECENT, BackupFacts, backups_to_keep

NOW = datetime(2026, 11, 21, 19, 0)


def keep(times, now=NOW):
    return sorted(backups_to_keep((BackupFacts(t, t) for t in times), now))


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


def test_the_fullest_recent_backup_survives_a_journal_that_was_emptied():
    """Issue 16: the journal was emptied; the daily backups since hold 0 nights; the one with
    the 666 real nights is from ten days ago and not the newest of its day."""
    full = BackupFacts("full", NOW - timedelta(days=10, hours=5), True, 666)
    later_same_day = BackupFacts("empty-that-day", NOW - timedelta(days=10, hours=1), True, 0)
    empties = [BackupFacts(f"empty-{d}", NOW - timedelta(days=d), True, 0) for d in range(0, 10)]
    kept = backups_to_keep([full, later_same_day, *empties], NOW)
    assert "full" in kept


def test_the_newest_sound_backup_survives_when_newer_ones_are_damaged():
    old_good = BackupFacts("good", NOW - timedelta(days=200), True, 10)
    broken = [BackupFacts(f"bad-{d}", NOW - timedelta(days=d), False, None) for d in range(0, 30)]
    assert "good" in backups_to_keep([old_good, *broken], NOW)


def test_within_a_day_a_sound_backup_is_kept_before_a_newer_damaged_one():
    day = NOW - timedelta(days=3)
    good = BackupFacts("good", day.replace(hour=8), True, 5)
    bad = BackupFacts("bad", day.replace(hour=20), False, None)
    newest = BackupFacts("newest", NOW, True, 5)
    assert backups_to_keep([good, bad, newest], NOW) == {"good", "newest"}


_moments = st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2035, 1, 1))
_facts = st.lists(st.builds(lambda made, sound, nights: (made, sound, nights), _moments,
                            st.sampled_from([True, False, None]), st.one_of(st.none(), st.integers(0, 5000))),
                  max_size=60)


@given(_facts, _moments)
def test_whatever_the_dates_the_newest_sound_and_the_fullest_recent_backup_survive(rows, now):
    facts = [BackupFacts(i, made, sound, nights) for i, (made, sound, nights) in enumerate(rows)]
    kept = backups_to_keep(facts, now)
    assert kept <= {f.key for f in facts}
    if not facts:
        assert kept == set()
        return
    assert max(facts, key=lambda f: f.made_at).key in kept or \
        any(f.made_at == max(g.made_at for g in facts) for f in facts if f.key in kept)
    sound = [f for f in facts if f.sound]
    if sound:
        newest = max(f.made_at for f in sound)
        assert any(f.key in kept for f in sound if f.made_at == newest)
    newest_any = max(f.made_at for f in facts)
    recent = [f for f in sound if f.nights is not None
              and (f.made_at >= now - RECENT or f.made_at >= newest_any - RECENT)]
    if recent:
        most = max(f.nights for f in recent)
        assert any(f.key in kept for f in recent if f.nights == most)
