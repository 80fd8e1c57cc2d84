"""One app per journal. The first start holds the journal lock (released by the OS if the app
dies, so a crash never blocks the next start) and listens on a local socket named for its data
folder; a second start finds the lock taken, asks the first to come to the front, and leaves
without ever opening the journal."""

from __future__ import annotations

import enum
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from quietlegs.paths import DataPaths
from quietlegs.storage.lock import JournalLock, LockUnusable

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# QtNetwork, hashlib and getpass load only when a socket is needed: a first start takes the
# lock and paints its window before it starts listening (start-up is timed to the first paint).

MESSAGE = b"come-forward\n"


class Claim(enum.Enum):
    MINE = "mine"            # this process opens the journal
    FORWARDED = "forwarded"  # another app has it and was asked to come to the front
    BUSY = "busy"            # something else (a command-line import) holds it for now
    UNUSABLE = "unusable"    # the lock file cannot be made: a read-only folder, a file in the way


def server_name(paths: DataPaths) -> str:
    """A local socket name per user and data folder: a hash of their bytes, so any folder name
    (one that is not UTF-8, say) gives a short name of letters and digits."""
    import getpass
    import hashlib
    import os

    try:
        user = getpass.getuser()
    except Exception:  # no user name known: the folder alone still separates journals
        user = ""
    try:
        folder = paths.root.resolve()
    except (OSError, RuntimeError):  # a symlink loop, a folder we may not look into
        folder = paths.root.absolute()
    key = hashlib.sha256(os.fsencode(user) + b"\0" + os.fsencode(folder)).hexdigest()[:20]
    return f"quietlegs-{key}"


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt  # not at import: this module loads before the first paint

    if window.isMinimized():
        window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.lock = JournalLock(paths.lock)
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None
        self._clients: list[QLocalSocket] = []
        self.problem: OSError | None = None  # why the claim was UNUSABLE

    def claim(self, wait_s: float = 10.0) -> Claim:
        """Take the journal, or ask the app that has it to come forward; ``UNUSABLE`` (with
        :attr:`problem`) when the data folder cannot hold the lock file."""
        deadline = time.monotonic() + wait_s
        while True:
            try:
                if self.lock.acquire():
                    return Claim.MINE
            except LockUnusable as exc:  # read-only, not a folder, no room: the window explains
                self.problem = exc.os_error or exc
                return Claim.UNUSABLE
            except OSError as exc:
                self.problem = exc
                return Claim.UNUSABLE
            if self._ask_to_come_forward():
                return Claim.FORWARDED
            if time.monotonic() > deadline:
                return Claim.BUSY
            time.sleep(0.1)  # the other app may still be starting, or just leaving

    @property
    def name(self) -> str:
        return server_name(self.paths)

    def _ask_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(500):
            return False
        sock.write(MESSAGE)
        sock.flush()
        sent = sock.waitForBytesWritten(1000) or sock.bytesToWrite() == 0
        sock.disconnectFromServer()
        return sent

    def serve(self, window: QWidget) -> bool:
        """Listen for later starts; they bring ``window`` to the front."""
        from PySide6.QtNetwork import QLocalServer

        self._window = window
        QLocalServer.removeServer(self.name)  # a dead app's socket file: we hold the lock, so it is stale
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        return self._server.listen(self.name)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._clients.append(sock)
            sock.readyRead.connect(self._on_ready_read)
            sock.disconnected.connect(self._on_disconnected)
            if sock.bytesAvailable():
                self._read(sock)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _on_disconnected(self) -> None:
        sock = self.sender()
        if sock in self._clients:
            self._clients.remove(sock)
            sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll()).startswith(MESSAGE.strip()):
            if self._window is not None:
                bring_to_front(self._window)
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._window = None
        self.lock.release()
