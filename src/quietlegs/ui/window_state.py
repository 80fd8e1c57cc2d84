"""The main window's size and position: saved on close, restored on start, and brought back
onto a screen when the one it was on is gone (a laptop taken off its monitor); and every window's
first size, never larger than the room its screen has (a small screen, or 2× scale)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

GEOMETRY_KEY = "window/geometry"
MAIN_WINDOW_SIZE = QSize(1100, 720)  # what the main window opens with when the screen has room
FRAME_BORDER_GUESS = 4  # px a window manager's frame may add on each side, before Qt knows it
# px (device-independent) a window manager's title bar takes, before Qt knows it: Windows 31,
# macOS 28, KDE 30, GNOME's 37 is within a frame border of it. (Qt's styles only know the title
# bars they draw themselves, Fusion's 24 px, and asking them loads 600 of QStyle's names, ~6 ms
# of start-up on a small screen.) Once shown, the frame Qt knows is used instead.
TITLE_BAR_GUESS = 32


def _screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` is (or will be) on: its parent window's for a dialog not yet shown."""
    parent = widget.parentWidget()
    window = parent.window() if parent is not None and not widget.isVisible() else widget
    return window.screen() or QGuiApplication.primaryScreen()


def _room(widget: QWidget, screen: QScreen | None = None) -> QRect:
    """The available geometry of ``widget``'s screen less its window frame (the frame Qt knows
    once shown; before that, a usual title bar and a thin border): where the window's own
    geometry must fit."""
    screen = screen or _screen_of(widget)
    room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
    if widget.isVisible():
        frame, inside = widget.frameGeometry(), widget.geometry()
        return room.adjusted(inside.left() - frame.left(), inside.top() - frame.top(),
                             inside.right() - frame.right(), inside.bottom() - frame.bottom())
    border = FRAME_BORDER_GUESS
    return room.adjusted(border, TITLE_BAR_GUESS + border, -border, -border)


def fit_size(widget: QWidget, width: int, height: int, screen: QScreen | None = None) -> QSize:
    """Resize the window ``widget`` to ``width`` × ``height``, or less where its screen has less
    room (at any scale: the available geometry is in the same device-independent pixels)."""
    room = _room(widget, screen)
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size


def keep_on_screen(widget: QWidget, screen: QScreen | None = None) -> None:
    """Shrink and move the window ``widget`` so that it lies wholly in its screen's available room."""
    geometry = widget.geometry()
    room = _room(widget, screen)
    size = geometry.size().boundedTo(room.size())
    x = min(max(geometry.x(), room.left()), room.right() + 1 - size.width())
    y = min(max(geometry.y(), room.top()), room.bottom() + 1 - size.height())
    if QRect(x, y, size.width(), size.height()) != geometry:
        widget.setGeometry(x, y, size.width(), size.height())


def restore_geometry(window: QMainWindow, settings: QSettings) -> bool:
    """Put ``window`` where it was last closed; False (and left as it is) if nothing was saved."""
    saved = settings.value(GEOMETRY_KEY)
    if not isinstance(saved, QByteArray) or saved.isEmpty():
        return False
    # Qt moves a window whose screen is gone (or shrank) back onto one that is there; what is
    # still too big for that screen (saved at another scale, a frame Qt did not count) is cut to fit.
    if not window.restoreGeometry(saved):
        return False
    if not window.isMaximized() and not window.isFullScreen():
        keep_on_screen(window, QGuiApplication.screenAt(window.geometry().center()))
    return True


def save_geometry(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.sync()


class _SaveOnClose(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(window)
        self._settings = settings

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close:
            save_geometry(obj, self._settings)
        return False


def remember_geometry(window: QMainWindow, settings: QSettings, restore: bool = True) -> None:
    """Restore ``window``'s last geometry now (unless told not to) and save it whenever it closes."""
    if restore:
        restore_geometry(window, settings)
    window.installEventFilter(_SaveOnClose(window, settings))


class PageStack(QStackedWidget):
    """The window's pages, one shown at a time, as narrow as the page on show allows: a page
    not on show keeps the arrangement it last had (side by side, wide), and must not hold the
    window wide; shown, it rearranges itself for the width it gets."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def setCurrentIndex(self, index: int) -> None:
        self._arrange_for_now(self.widget(index))
        super().setCurrentIndex(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self._arrange_for_now(page)
        super().setCurrentWidget(page)

    def _arrange_for_now(self, page: QWidget | None) -> None:
        """The page about to show hears of this width first (it last heard of the width it had
        when it was last shown), so it has its narrow arrangement before the window asks how
        narrow it may be: else the window widens to the page's old minimum, and stays so."""
        if page is not None and page is not self.currentWidget() and page.size() != self.size():
            old = page.size()
            page.resize(self.size())
            # Now, not when shown: showing asks the window's layout first (Qt sends a hidden
            # widget's pending resize only after its parents' layouts are activated).
            QCoreApplication.sendEvent(page, QResizeEvent(page.size(), old))



class FitOnFirstShow(QObject):
    """``FitOnFirstShow(dialog)``: the dialog opens at the size it asks for, or at its screen's
    room where that is less (its contents then scroll: see ``FittingScrollArea``)."""

    def __init__(self, dialog: QWidget):
        super().__init__(dialog)
        dialog.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show:
            obj.removeEventFilter(self)
            hint = obj.sizeHint()
            fit_size(obj, hint.width(), hint.height())
        return False
