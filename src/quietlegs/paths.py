"""Where the journal lives: platformdirs, or ``--data-dir`` / ``QUIETLEGS_DATA_DIR``.

Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "QUIETLEGS_DATA_DIR"


class DataPaths:
    """The data folder and what lives in it; read-only, equal when the folders are.

    A plain class, not a dataclass: this module loads before the window's first paint, and
    ``dataclasses`` (with ``inspect``) would add ~7 ms to it."""

    __slots__ = ("root",)

    def __init__(self, root: Path):
        object.__setattr__(self, "root", root)

    def __setattr__(self, name, value):
        raise AttributeError(f"DataPaths is read-only (tried to set {name!r})")

    def __eq__(self, other) -> bool:
        return isinstance(other, DataPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"DataPaths(root={self.root!r})"

    @property
    def journal(self) -> Path:
        return self.root / "journal.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def lock(self) -> Path:
        return self.root / "journal.lock"


def data_paths(data_dir: str | os.PathLike | None = None) -> DataPaths:
    """``data_dir`` if given, else ``$QUIETLEGS_DATA_DIR``, else the platform's user data folder."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser().absolute())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataPaths(Path(env).expanduser().absolute())
    import platformdirs

    return DataPaths(Path(platformdirs.user_data_dir("quietlegs", appauthor=False)))


# ---------------------------------------------------------------------- the data folder's rules
# (functions only: nothing here runs at import time)

# What only Quiet Legs puts in a data folder: a folder holding one of these is the app's own.
JOURNAL_SIGNS = ("journal.sqlite3", "journal.lock", "backups")


class DataFolderProblem(Exception):
    """The data folder cannot be used as asked; ``str()`` is one line for the user.

    ``status`` 2 when the folder named is wrong (a typo, someone else's folder), 1 when it is
    right but cannot be written (a read-only disk)."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def data_dir_origin(data_dir: str | os.PathLike | None = None) -> str | None:
    """Who named the data folder: ``"--data-dir"``, ``"QUIETLEGS_DATA_DIR"``, or ``None`` (the
    platform's own folder)."""
    if data_dir:
        return "--data-dir"
    return ENV_DATA_DIR if os.environ.get(ENV_DATA_DIR) else None


def holds_journal(root: Path) -> bool:
    """Whether ``root`` is a folder the app already keeps a journal in (or kept one: backups)."""
    return any(os.path.lexists(root / name) for name in JOURNAL_SIGNS)


def _prefix(origin: str | None) -> str:
    return f"{origin}: " if origin else ""


def _is_folder(root: Path, origin: str | None) -> bool:
    """Whether ``root`` exists (a folder); raises DataFolderProblem when it is something else."""
    if not os.path.lexists(root):
        return False
    if not root.is_dir():
        raise DataFolderProblem(f"{_prefix(origin)}{root} is a file, not a folder; give the folder that holds "
                                "the journal")
    return True


def check_folder_for_reading(paths: DataPaths, origin: str | None, need_journal: bool = True) -> None:
    """A command that only reads needs a folder that holds a journal (or, without
    ``need_journal``, a folder); it never creates one, so a mistyped ``--data-dir`` is refused
    instead of reporting an empty journal."""
    if not _is_folder(paths.root, origin):
        if origin is None:
            raise DataFolderProblem(f"there is no journal yet in {paths.root}; open the app or import a file first")
        raise DataFolderProblem(f"{origin}: the folder {paths.root} does not exist; check its name "
                                "(a command that only reads creates nothing)")
    if not os.access(paths.root, os.R_OK | os.X_OK):
        raise DataFolderProblem(f"{_prefix(origin)}the folder {paths.root} cannot be read (permission denied); "
                                "check who owns it and its permissions", status=1)
    if need_journal and not os.path.lexists(paths.journal) and not _holds_backups(paths):
        # (beside backups a missing journal is the opener's to explain: it names the newest good one)
        raise DataFolderProblem(f"{_prefix(origin)}there is no journal in {paths.root} (no {paths.journal.name}); "
                                "check the folder's name, or import a file first")


def _holds_backups(paths: DataPaths) -> bool:
    try:
        return any(paths.backups.glob("journal-*.sqlite3"))
    except OSError:
        return False


def is_writable(root: Path) -> bool:
    return os.access(root, os.W_OK | os.X_OK)


def prepare_folder_for_writing(paths: DataPaths, origin: str | None) -> str | None:
    """Make sure a command that writes may write in the data folder; returns a note to show, or None.

    A folder that does not exist is created (0700), with a note when it was named by
    ``--data-dir`` or ``QUIETLEGS_DATA_DIR`` (so a typo is seen). An existing folder is used
    only when it already holds a journal, or is empty and the user's own and private to them:
    the app never writes into, or tightens, a folder it did not make (a shared folder, a home).
    """
    root = paths.root
    if not _is_folder(root, origin):
        try:
            root.mkdir(mode=0o700, parents=True)
        except FileExistsError:
            pass  # made meanwhile (another start): checked below like any existing folder
        except OSError as exc:
            raise DataFolderProblem(f"{_prefix(origin)}the folder {root} could not be created ({exc.strerror}); "
                                    "give a folder you can write to", status=1) from None
        else:
            if os.name == "posix":
                os.chmod(root, 0o700)
            return f"created the folder {root} for a new journal ({origin})" if origin else None
    if not holds_journal(root):
        st = root.stat()
        own = os.name != "posix" or (st.st_uid == os.geteuid() and not st.st_mode & 0o022)
        with os.scandir(root) as entries:
            empty = next(entries, None) is None
        if not own or not empty:
            what = ("already holds other files" if not empty
                    else "is not yours alone (others own it or can write in it)")
            raise DataFolderProblem(
                f"{_prefix(origin)}{root} {what} and holds no Quiet Legs journal; name a new folder (it will "
                "be created) or the one that holds journal.sqlite3. Nothing was changed.")
    if not is_writable(root):
        raise DataFolderProblem(f"{_prefix(origin)}the folder {root} is read-only, so nothing can be written "
                                "there; make it writable, or copy it and give the copy. Nothing was changed.",
                                status=1)
    return None
