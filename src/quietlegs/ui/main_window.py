"""The main window: a calm sidebar of views on the left, the chosen view on the right.

A page may be given as a function that builds it: it is built the first time it is shown or
asked for, or by :meth:`MainWindow.build_pending_pages` once the window is usable (start-up
builds Today only, then the others one per turn of the event loop).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from typing import TYPE_CHECKING

from quietlegs import APP_NAME
from quietlegs.ui.window_state import MAIN_WINDOW_SIZE, PageStack, fit_size

if TYPE_CHECKING:  # the journal (and SQLAlchemy) load after the first paint
    from quietlegs.ui.journal_service import JournalService

SWITCH_PAINTS_FIRST_S = 0.15  # pages still to build wait this long after a switch of page


class MainWindow(QMainWindow):
    """Shown before the journal is open (start-up paints first); pages arrive with the service."""

    def __init__(self, service: JournalService | None = None):
        super().__init__()
        self.service = service
        self.setWindowTitle(APP_NAME)
        fit_size(self, MAIN_WINDOW_SIZE.width(), MAIN_WINDOW_SIZE.height())  # less on a small screen

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))  # Up/Down move between them
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#nav::item { padding-left: 14px; }")
        self.pages = PageStack()  # as narrow as the page on show allows
        self.nav.currentRowChanged.connect(self._show_row)

        self._opening: QLabel | None = None  # "Opening your journal…", while shown without pages

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._page_names: list[str] = []
        self._builders: dict[str, Callable[[], QWidget]] = {}  # pages not built yet
        self._switched_at = 0.0  # time.monotonic() of the last switch of page
        self._menus: dict[str, object] = {}
        # Set by ui/tray.py: True when the window was hidden into the notification area instead.
        self.close_to_tray: Callable[[], bool] | None = None
        self._quitting = False
        for title in ("&File", "&Edit", "&View", "&Help"):  # fixed order; pages add to them
            self.menu(title)

    def showEvent(self, event) -> None:
        """Shown before any page (a journal only the full opening may read: app.py), the window
        says why it is empty. (The usual start adds Today before the window first shows.)"""
        if not self._page_names and self._opening is None:
            self._opening = QLabel(self.tr("Opening your journal…"))
            # (Centred by style sheet: the first use of a Qt-namespace enum costs ~12 ms of start-up.)
            self._opening.setStyleSheet("qproperty-alignment: AlignCenter;")
            self._opening.setEnabled(False)
            self.pages.addWidget(self._opening)
        super().showEvent(event)

    MENU_TITLES = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
                   QT_TRANSLATE_NOOP("MainWindow", "&View"), QT_TRANSLATE_NOOP("MainWindow", "&Help"))

    def menu(self, title: str):
        """The menu-bar menu called ``title`` ("&File", "&Edit", "&View", "&Help", …)."""
        if title not in self._menus:  # shown in the window's language (the menu is still found by its English title)
            self._menus[title] = self.menuBar().addMenu(self.tr(title))
        return self._menus[title]

    def add_page(self, name: str, title: str, widget: QWidget | Callable[[], QWidget],
                 shortcut: str | None = None) -> None:
        """Add a view to the sidebar; ``shortcut`` (e.g. "Ctrl+1") switches to it. ``widget`` may
        be a function that builds the page when it is first needed."""
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(160, 40))
        action = self.menu("&View").addAction(title)
        action.triggered.connect(lambda _=False, n=name: self.show_page(n))
        if shortcut:
            item.setToolTip(f"{title} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setShortcut(QKeySequence(shortcut))
        if self._opening is not None:
            self.pages.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None
        if not isinstance(widget, QWidget):
            self._builders[name] = widget
            widget = QWidget()  # stands in until the page is built
        self._page_names.append(name)
        self.pages.addWidget(widget)
        self.nav.addItem(item)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        self.nav.setCurrentRow(self._page_names.index(name))
        return page

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it was not yet."""
        index = self._page_names.index(name)
        build = self._builders.pop(name, None)
        if build is not None:
            stand_in = self.pages.widget(index)
            shown = self.pages.currentWidget() is stand_in
            page = build()
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            if shown:
                self.pages.setCurrentWidget(page)
        return self.pages.widget(index)

    def has_pending_pages(self) -> bool:
        return bool(self._builders)

    def build_pending_pages(self, then: Callable[[], None] | None = None) -> None:
        """Build the pages not built yet, one per turn of the event loop (typing in between
        is answered), then call ``then``. A page just switched to paints first."""
        from PySide6.QtCore import QTimer

        def next_page() -> None:
            since_switch = time.monotonic() - self._switched_at
            if self._builders and since_switch < SWITCH_PAINTS_FIRST_S:
                QTimer.singleShot(round(1000 * (SWITCH_PAINTS_FIRST_S - since_switch)) + 1, self, next_page)
            elif self._builders:
                self.page(next(iter(self._builders)))
                QTimer.singleShot(0, self, next_page)
            elif then is not None:
                then()

        QTimer.singleShot(0, self, next_page)  # gone with the window

    def _show_row(self, row: int) -> None:
        self._switched_at = time.monotonic()
        if 0 <= row < len(self._page_names):
            self.page(self._page_names[row])
        self.pages.setCurrentIndex(row)

    def current_page_name(self) -> str:
        return self._page_names[self.pages.currentIndex()]

    def closeEvent(self, event) -> None:
        """A page holding unsaved typing (``has_unsaved_changes()``, e.g. Today) is shown and asked
        ``may_close()`` first; when the person cancels, the window stays open. Then the window
        closes, or hides into the notification area when the person keeps the app running there
        (``close_to_tray``; never on :meth:`quit_app`)."""
        for index, name in enumerate(self._page_names):
            if name in self._builders:
                continue  # never built: nothing typed into it
            page = self.pages.widget(index)
            if getattr(page, "has_unsaved_changes", lambda: False)():
                if not self.isVisible():
                    self.show()  # quitting from the tray: the question needs its window
                self.nav.setCurrentRow(index)  # show what the question is about
                if not page.may_close():
                    event.ignore()
                    return
        if not self._quitting and self.close_to_tray is not None and self.close_to_tray():
            event.ignore()  # hidden, still running
            return
        super().closeEvent(event)

    def quit_app(self) -> bool:
        """File → Quit and the tray's Quit: close for good (never just into the tray), then end
        the app. False when the person chose to stay (unsaved typing, Cancel)."""
        from PySide6.QtWidgets import QApplication

        self._quitting = True
        if self.close():
            QApplication.quit()
            return True
        self._quitting = False
        return False

    def keyPressEvent(self, event) -> None:  # Escape returns focus to the page, never closes
        from PySide6.QtCore import Qt  # here, not above: Qt's namespace costs ~16 ms before the first paint

        if event.key() == Qt.Key.Key_Escape:
            self.pages.currentWidget().setFocus()
            return
        super().keyPressEvent(event)
