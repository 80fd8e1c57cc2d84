"""Settings → In the background: keep running in the notification area (greyed out, with the
reason, where the desktop has none) and start at login (an autostart entry written and removed
as the box is clicked; greyed out, with the reason, off Linux and for the demo journal)."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from quietlegs.services import autostart
from quietlegs.ui.dialogs.desktop_settings import DesktopSettings
from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
from quietlegs.ui.settings import app_settings
from quietlegs.ui.tray import keeps_running
from tray_helpers import FakeTray, quit_setting_restored, with_a_notification_area  # noqa: F401


@pytest.fixture
def config_home(tmp_path) -> Path:
    return tmp_path / "config"


def _entry(config_home: Path) -> Path:
    return config_home / "autostart" / "org.quietlegs.QuietLegs.desktop"


def _panel(qtbot, service, config_home, **more) -> DesktopSettings:
    panel = DesktopSettings(service.paths, environ={"XDG_CONFIG_HOME": str(config_home)},
                            home=config_home.parent / "home", **more)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def click(qtbot, box) -> None:
    """A click on the box's tick (its label may end well before the widget does)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_without_a_notification_area_keeping_running_is_greyed_out_with_the_reason(qtbot, service, config_home,
                                                                                     monkeypatch):
    with_a_notification_area(monkeypatch, False)
    panel = _panel(qtbot, service, config_home, platform="linux")
    assert not panel.keep.isEnabled() and not panel.keep.isChecked()
    assert panel.no_tray.isVisible()
    assert "no notification area" in panel.no_tray.text() and "closing the window quits it" in panel.no_tray.text()


def test_keeping_running_is_off_by_default_and_a_click_turns_it_on_at_once(window, config_home, monkeypatch, qtbot,
                                                                          quit_setting_restored):  # noqa: F811
    with_a_notification_area(monkeypatch)
    window.app_tray.make_tray = FakeTray
    dialog = SettingsDialog(window.service, window.auto_backup, window)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.desktop
    assert panel.keep.isEnabled() and not panel.keep.isChecked()
    assert not panel.no_tray.isVisible()
    click(qtbot, panel.keep)
    assert keeps_running(app_settings(window.service.paths))
    assert window.app_tray.icon.shown  # the window's tray follows at once
    assert not QApplication.quitOnLastWindowClosed()
    click(qtbot, panel.keep)
    assert not keeps_running(app_settings(window.service.paths))
    assert not window.app_tray.icon.shown


def test_start_at_login_writes_the_entry_and_unticked_removes_it(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="linux")
    entry = _entry(config_home)
    assert not panel.login.isChecked() and not entry.exists()  # off by default
    assert not panel.hidden.isEnabled()
    click(qtbot, panel.login)
    assert entry.exists() and stat.S_IMODE(entry.stat().st_mode) == 0o644
    text = entry.read_text()
    command = panel.command()
    assert f"Exec={autostart.exec_value(command, hidden=False)}\n" in text
    assert "--data-dir" in command and str(service.paths.root) in command  # this journal, not the usual one
    assert "X-GNOME-Autostart-enabled=true" in text
    _validate(entry)
    click(qtbot, panel.login)
    assert not entry.exists() and not panel.login.isChecked()


def test_starting_hidden_needs_the_app_kept_in_the_tray(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="linux")
    click(qtbot, panel.login)
    assert not panel.hidden.isEnabled()  # closing would quit: starting hidden would make no sense
    click(qtbot, panel.keep)
    assert panel.hidden.isEnabled()
    click(qtbot, panel.hidden)
    assert autostart.read_state(_entry(config_home)) == autostart.AutostartState(True, True)
    assert "QUIETLEGS_START_HIDDEN=1" in _entry(config_home).read_text()
    click(qtbot, panel.hidden)
    assert autostart.read_state(_entry(config_home)) == autostart.AutostartState(True, False)


def test_the_boxes_say_what_the_entry_says(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    autostart.enable(_entry(config_home), ["/opt/quietlegs"], hidden=True, comment="x")
    panel = _panel(qtbot, service, config_home, platform="linux")
    assert panel.login.isChecked() and panel.hidden.isChecked()


def test_off_linux_starting_at_login_is_greyed_out_with_the_reason(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="win32")
    assert not panel.login.isEnabled() and not panel.hidden.isEnabled()
    assert panel.no_autostart.isVisible() and "Linux" in panel.no_autostart.text()


def test_the_demo_journal_is_never_started_at_login(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="linux", demo=True)
    assert not panel.login.isEnabled()
    assert "demo journal" in panel.no_autostart.text()


def test_an_entry_that_cannot_be_written_is_said_and_the_box_stays_off(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    config_home.mkdir()
    (config_home / "autostart").write_text("a file where the folder should be")
    panel = _panel(qtbot, service, config_home, platform="linux")
    click(qtbot, panel.login)
    assert not panel.login.isChecked()
    assert panel.status.isVisible()
    assert panel.status.text().startswith("Starting at login could not be turned on:")
    assert "File exists" in panel.status.text()


def test_every_new_control_is_reached_by_tab(qtbot, service, config_home, monkeypatch):
    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="linux")
    for box in (panel.keep, panel.login, panel.hidden):
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert box.text().replace("&", "")  # the visible label names it


def _validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return  # checked where it is installed (tests/services/test_autostart.py says so)
    done = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_entry_starts_this_install(qtbot, service, config_home, monkeypatch):
    """The Exec line, read back as a desktop reads it, runs this very Quiet Legs (asked only for
    its version here, on the journal's folder)."""
    from desktop_entry import parse_exec

    from quietlegs import __version__

    with_a_notification_area(monkeypatch)
    panel = _panel(qtbot, service, config_home, platform="linux")
    click(qtbot, panel.login)
    exec_line = next(line for line in _entry(config_home).read_text().splitlines() if line.startswith("Exec="))
    argv = parse_exec(exec_line[len("Exec="):])
    done = subprocess.run(argv + ["--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout
