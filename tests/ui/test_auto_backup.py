from datetime import datetime, timedelta

from quietlegs.storage.backup import list_backups, make_backup
from quietlegs.ui.auto_backup import AutoBackup
from quietlegs.ui.journal_service import JournalService


class Clock:
    def __init__(self):
        self.t = datetime(2026, 11, 21, 8, 0)

    def __call__(self):
        return self.t


def test_backups_come_every_interval_only_while_changed_and_on_close(qtbot, demo_journal, data_paths):
    clock = Clock()
    service = JournalService(demo_journal, data_paths)
    auto = AutoBackup(service, interval_ms=50, now=clock)
    qtbot.wait(150)
    assert list_backups(data_paths.backups) == []  # nothing changed: nothing to keep
    service.delete_night(demo_journal.nights()[0])
    with qtbot.waitSignal(auto.backed_up, timeout=2000):
        pass
    assert [b.reason for b in list_backups(data_paths.backups)] == ["periodic"]
    clock.t += timedelta(minutes=1)
    qtbot.wait(150)
    assert len(list_backups(data_paths.backups)) == 1
    auto.timer.stop()
    service.delete_night(demo_journal.nights()[0])
    auto.on_close()
    assert [b.reason for b in list_backups(data_paths.backups)] == ["on-close", "periodic"]


def test_a_daily_backup_once_a_day_and_old_ones_thinned(qtbot, demo_journal, data_paths):
    clock = Clock()
    for d in range(1, 40):
        make_backup(demo_journal.path, data_paths.backups, clock.t - timedelta(days=d), "daily")
    auto = AutoBackup(JournalService(demo_journal, data_paths), now=clock)
    auto.daily()
    auto.daily()
    backups = list_backups(data_paths.backups)
    assert backups[0].made_at == clock.t and backups[1].made_at < clock.t - timedelta(hours=23)
    assert len(backups) < 40


def test_a_failed_backup_says_so_calmly_and_keeps_the_change_pending(qtbot, demo_journal, data_paths):
    clock = Clock()
    service = JournalService(demo_journal, data_paths)
    auto = AutoBackup(service, now=clock)
    service.delete_night(demo_journal.nights()[0])
    data_paths.backups.write_text("a file where the folder should be")
    with qtbot.waitSignal(auto.failed) as signal:
        assert auto.backup_now("periodic") is None
    assert "could not be backed up" in signal.args[0] and "Your entries are saved" in signal.args[0]
    assert auto.dirty
