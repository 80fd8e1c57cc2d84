"""Help → About and F1 help, as a person uses them from the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from quietlegs import __version__
from quietlegs.ui.about_dialog import AboutDialog
from quietlegs.ui.help_dialog import HelpDialog
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.window_factory import build_main_window


@pytest.fixture
def window(qtbot, journal, data_paths):
    window = build_main_window(JournalService(journal, data_paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _action(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_about_from_the_help_menu_shows_version_and_where_the_journal_lives(qtbot, window, data_paths):
    _action(window.menu("&Help"), "about").trigger()
    about = window.findChild(AboutDialog)
    qtbot.waitExposed(about)
    assert __version__ in about.version_label.text()
    assert about.journal_label.text() == str(data_paths.journal)
    texts = " ".join(label.text() for label in about.findChildren(type(about.version_label)))
    assert "not a medical device" in texts
    assert "GNU General Public License, version 3 or (at your option) any later version" in texts


def test_open_folder_shows_the_journal_folder_as_a_local_file(qtbot, window, data_paths, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _action(window.menu("&Help"), "about").trigger()
    about = window.findChild(AboutDialog)
    qtbot.mouseClick(about.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(data_paths.root))]
    assert opened[0].isLocalFile()


def test_about_opened_twice_is_one_window(window):
    _action(window.menu("&Help"), "about").trigger()
    _action(window.menu("&Help"), "about").trigger()
    assert len(window.findChildren(AboutDialog)) == 1


def test_f1_opens_the_offline_help(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_dialog = window.findChild(HelpDialog)
    assert help_dialog is not None and help_dialog.isVisible()
    text = help_dialog.browser.toPlainText()
    assert "Each morning" in text and "not a medical device" in text.lower()
    assert help_dialog.browser.source().isLocalFile()


def test_ctrl_q_closes_the_window_and_saves_where_it_was(qtbot, window, data_paths):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert "geometry" in data_paths.settings.read_text(encoding="utf-8")


def test_quit_is_last_in_file_and_about_last_in_help(window):
    assert window.menu("&File").actions()[-1].objectName() == "quit"
    assert window.menu("&Help").actions()[-1].objectName() == "about"
