import os

from PySide6.QtWidgets import QMainWindow

from quietlegs.ui.single_instance import Claim, SingleInstance


def test_a_second_start_brings_the_open_window_to_the_front_and_never_takes_the_journal(qtbot, data_paths):
    first = SingleInstance(data_paths)
    assert first.claim() is Claim.MINE
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    assert first.serve(window)
    second = SingleInstance(data_paths)
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.claim(wait_s=2) is Claim.FORWARDED
        assert not second.lock.held
        assert not window.isMinimized() and window.isVisible()
    finally:
        first.release()
    # once the first app is gone, the next start gets the journal
    third = SingleInstance(data_paths)
    assert third.claim() is Claim.MINE
    third.release()


def test_a_journal_held_by_a_command_is_reported_busy_not_forwarded(qtbot, data_paths):
    from quietlegs.storage.lock import JournalLock

    command = JournalLock(data_paths.lock)
    assert command.acquire()
    try:
        assert SingleInstance(data_paths).claim(wait_s=0.3) is Claim.BUSY
    finally:
        command.release()


def test_each_data_folder_has_its_own_app(qtbot, tmp_path):
    from quietlegs.paths import DataPaths

    a, b = SingleInstance(DataPaths(tmp_path / "a")), SingleInstance(DataPaths(tmp_path / "b"))
    assert a.name != b.name
    assert a.claim() is Claim.MINE and b.claim() is Claim.MINE
    a.release()
    b.release()


def test_a_claim_on_a_folder_that_cannot_hold_the_lock_is_unusable_not_a_crash(tmp_path):
    from quietlegs.paths import DataPaths

    (tmp_path / "file").write_text("x")
    instance = SingleInstance(DataPaths(tmp_path / "file" / "data"))
    assert instance.claim(wait_s=0.2) is Claim.UNUSABLE
    assert isinstance(instance.problem, OSError) and not instance.lock.held


def test_the_single_instance_name_of_a_non_utf8_folder_is_plain_ascii_and_works(qtbot, tmp_path):
    from quietlegs.paths import DataPaths

    paths = DataPaths(tmp_path / os.fsdecode(b"caf\xe9"))
    first = SingleInstance(paths)
    assert first.name.isascii() and first.name != SingleInstance(DataPaths(tmp_path / "cafe")).name
    assert first.claim() is Claim.MINE
    window = QMainWindow()
    qtbot.addWidget(window)
    assert first.serve(window)
    try:
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert SingleInstance(paths).claim(wait_s=2) is Claim.FORWARDED
    finally:
        first.release()
