"""Opening the journal for a face (the command line or the window), the same way for both.

The journal is checked before anything writes to it; a backup is made before any migration
(once, here, for every face; not again when the last start's migration failed); a journal that cannot be opened raises :class:`CannotOpen`,
which says whether it is damaged, too new or busy, and names the newest sound backup.

When the checks run (measured on a 10-year journal, ~4 MB, ~3,300 nights):
``quick_check`` 10-14 ms, ``integrity_check`` 30-50 ms, ``foreign_key_check`` 4-8 ms.
- the command line: the full check (integrity and foreign keys) on every command; a command
  is a one-off, and what it reads or writes (a summary, an export, an import) must not fail
  half-way on an index that ``quick_check`` cannot see;
- the window: ``quick_check`` on every start, the full check on the first start of each day
  (:data:`CHECK_MARK` keeps the date), so a start stays quick;
- before an import (``services.importing``) and in ``quietlegs check``: always the full check.

After the migrations, records the app would refuse today are set aside once (services.repair);
the journal then carries ``set_aside`` (a :class:`~quietlegs.services.repair.SetAside` or
``None``) so the face that opened it can say so.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from quietlegs.paths import DataPaths
from quietlegs.services import repair
from quietlegs.storage.backup import (
    BackupInfo,
    backed_up_before_a_failed_migration,
    make_backup,
    newest_sound_backup,
    remove_stale_temps,
)
from quietlegs.storage.errors import JournalDamaged, JournalTooNew, StorageError
from quietlegs.storage.inspect import JournalEmpty
from quietlegs.storage.journal_file import needs_writing, open_journal
from quietlegs.storage.lock import JournalBusy, JournalLock
from quietlegs.storage.quarantine import move_aside
from quietlegs.storage.repository import Journal
from quietlegs.storage.restore import remove_stale_restore, restore_backup

# Beside the journal: the date of the last full check that passed (the window's daily check).
CHECK_MARK = "journal.checked"


class CannotOpen(StorageError):
    """Why a face cannot open (or write into) the journal; ``str()`` is one line for the user.

    ``kind`` is one of :attr:`DAMAGED`, :attr:`TOO_NEW`, :attr:`BUSY`, :attr:`FAILED`;
    ``cause`` the storage error; ``good`` the newest backup that passes its integrity check.
    """

    DAMAGED, TOO_NEW, BUSY, FAILED = "damaged", "too-new", "busy", "failed"

    def __init__(self, kind: str, cause: StorageError, good: BackupInfo | None = None):
        self.kind, self.cause, self.good = kind, cause, good
        text = str(cause)
        if kind in (self.DAMAGED, self.TOO_NEW) and not isinstance(cause, JournalEmpty):
            text += " " + way_out(good)
        super().__init__(text)

    @property
    def detail(self) -> str:
        """What the check found (for a damaged journal), else the whole message."""
        return getattr(self.cause, "detail", str(self.cause))


def way_out(good: BackupInfo | None) -> str:
    if good is None:
        return "There is no sound backup to restore."
    nights = "" if good.nights is None else f"{good.nights} nights, "
    return (f"The newest good backup is {good.path.name} ({nights}made {good.made_at:%a %d %b %Y, %H:%M}); "
            "Quiet Legs offers to restore it when it starts (or File → Settings…).")


def refusal(exc: StorageError, paths: DataPaths) -> CannotOpen:
    """The typed refusal for a storage error met while opening or checking the journal."""
    if isinstance(exc, CannotOpen):
        return exc
    if isinstance(exc, JournalBusy):
        return CannotOpen(CannotOpen.BUSY, exc)
    if isinstance(exc, JournalTooNew):
        return CannotOpen(CannotOpen.TOO_NEW, exc, newest_sound_backup(paths.backups))
    if isinstance(exc, JournalDamaged):
        return CannotOpen(CannotOpen.DAMAGED, exc, newest_sound_backup(paths.backups))
    return CannotOpen(CannotOpen.FAILED, exc)


def _open(paths: DataPaths, now: datetime, full: bool, start_new: bool = False, screen: bool = True) -> Journal:
    """Check, back up before a migration, migrate, open, set aside what the app cannot use
    (``screen``: only a process holding the journal lock); raises :class:`CannotOpen`."""
    def before_migration(journal: Path) -> None:
        if not backed_up_before_a_failed_migration(journal, paths.backups):
            make_backup(journal, paths.backups, now, "before-migration")

    try:
        journal = open_journal(
            paths.journal,
            before_migration=before_migration,
            backups_dir=paths.backups,
            full_check=full,
            start_new=start_new,
        )
    except StorageError as exc:
        raise refusal(exc, paths) from None
    journal.set_aside = None
    try:
        if screen:
            journal.set_aside = repair.set_aside_refused(journal, paths, now)
    except (StorageError, OSError):
        # Nothing was taken out (the backup or the file failed first): the journal opens as it
        # is, and the next start tries again.
        journal.set_aside = None
    return journal


def open_for_command(paths: DataPaths, now: datetime, writes: bool = False) -> Journal:
    """Open the journal for one command, after the full check; it holds the journal lock
    until it is closed.

    While the app holds the lock, a command that ``writes`` is refused (busy); a reading
    command goes ahead (SQLite lets readers share), unless opening would change the journal.
    """
    lock = JournalLock(paths.lock)
    try:
        locked = lock.acquire()
        if not locked and (writes or needs_writing(paths.journal)):
            raise CannotOpen(CannotOpen.BUSY, JournalBusy(paths.lock))
        # A reader beside the app does not screen: the app screened the journal when it opened it.
        journal = _open(paths, now, full=True, screen=locked)
    except BaseException:
        lock.release()
        raise
    journal.hold(lock)
    return journal


def _checked_on(paths: DataPaths) -> date | None:
    try:
        return date.fromisoformat((paths.root / CHECK_MARK).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def _mark_checked(paths: DataPaths, day: date) -> None:
    mark = paths.root / CHECK_MARK
    try:
        fd = os.open(mark, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(day.isoformat() + "\n")
    except OSError:
        pass  # the full check simply runs again at the next start


def open_for_window(paths: DataPaths, now: datetime) -> Journal:
    """Open the journal for the window, whose process already holds the journal lock.

    Tidies what a process that died left half-made, then checks (fully on the first start of
    the day) and opens; raises :class:`CannotOpen` (see :func:`recover` for the way out).
    """
    remove_stale_temps(paths.backups)
    remove_stale_restore(paths.journal)
    full = _checked_on(paths) != now.date()
    journal = _open(paths, now, full=full)
    if full:
        _mark_checked(paths, now.date())
    return journal


def reopen(paths: DataPaths, now: datetime) -> Journal:
    """Open the journal again after a restore (the restored copy was verified as it was made)."""
    return _open(paths, now, full=False)


def journal_files_exist(paths: DataPaths) -> bool:
    """Whether the journal, or a -wal or -shm of it, is there (a missing journal is not moved aside)."""
    return any(Path(str(paths.journal) + side).exists() for side in ("", "-wal", "-shm"))


def recover(paths: DataPaths, now: datetime, restore: BackupInfo | None) -> tuple[Journal, Path | None]:
    """The way out of a damaged (or missing) journal, with the user's say-so: move it aside
    (never deleted), then restore ``restore`` in its place, or start a new, empty journal when
    it is ``None``.

    Returns the journal and where the damaged file now is (``None`` when there was no file).
    Raises StorageError / OSError.
    """
    kept = move_aside(paths.journal, now) if journal_files_exist(paths) else None
    if restore is not None:
        restore_backup(restore.path, paths.journal, paths.backups, now)
    journal = _open(paths, now, full=False, start_new=restore is None)
    _mark_checked(paths, now.date())
    return journal, kept
