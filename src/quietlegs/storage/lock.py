"""One writer per journal: an advisory lock the operating system releases when its holder dies.

A crashed app never blocks the next start: the lock lives on an open file descriptor
(``flock`` on POSIX, ``msvcrt.locking`` on Windows), not in the existence of a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from quietlegs.storage.errors import StorageError


class JournalBusy(StorageError):
    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            "Quiet Legs is open with this journal; close the app and try again (nothing was changed).")


class LockUnusable(StorageError):
    """The lock file cannot be made or used: a read-only folder, a permission, not a file."""

    def __init__(self, path: Path, exc: OSError | None):
        self.path = path
        self.os_error = exc  # the system's own reason, when there is one
        why = f"({exc.strerror})" if exc is not None and exc.strerror else "(it is not a regular file)"
        super().__init__(
            f"Quiet Legs cannot use its lock file {path} {why}; make the folder writable by you, or move "
            "that file away, and try again. Nothing was changed.")


class JournalLock:
    """``acquire()`` returns whether this process now holds the lock; ``release()`` gives it back."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # O_NONBLOCK: a FIFO put where the lock file goes must not hang the start.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o600)
        except OSError as exc:
            raise LockUnusable(self.path, exc) from None
        if os.name == "posix":
            import stat

            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise LockUnusable(self.path, None)
        try:
            if os.name == "posix":
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __enter__(self) -> JournalLock:
        if not self.acquire():
            raise JournalBusy(self.path)
        return self

    def __exit__(self, *exc) -> None:
        self.release()
