"""Backups for every face: made verified and rotated, restored with a safety copy first, and
verified on request (``quietlegs check``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quietlegs.paths import DataPaths
from quietlegs.storage.backup import BackupInfo, backup_files, make_backup, thin_backups, verify_backups
from quietlegs.storage.inspect import holds_anything
from quietlegs.storage.restore import restore_backup


def back_up(paths: DataPaths, now: datetime, reason: str) -> Path:
    """A verified backup of the journal, then the rotation (which never deletes the newest sound
    backup nor the fullest of the last weeks). Raises StorageError / OSError."""
    path = make_backup(paths.journal, paths.backups, now, reason)
    thin_backups(paths.backups, now)
    return path


def daily_backup(paths: DataPaths, now: datetime) -> Path | None:
    """The first backup of the day, when the journal holds anything and none was made today."""
    if any(made.date() == now.date() for _, made, _ in backup_files(paths.backups)):
        return None
    if not holds_anything(paths.journal):
        return None
    return back_up(paths, now, "daily")


def restore(paths: DataPaths, backup: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of the journal (closed by the caller, reopened after with
    ``opening.reopen``). The journal as it was is backed up first, or moved aside when it fails
    its integrity check; returns where it went. Raises StorageError with nothing changed."""
    return restore_backup(backup, paths.journal, paths.backups, now)


@dataclass(frozen=True)
class BackupsHealth:
    """Every backup with what is wrong with it (``None``: sound), newest first."""

    checked: list[tuple[BackupInfo, str | None]]

    @property
    def sound(self) -> list[BackupInfo]:
        return [info for info, problem in self.checked if problem is None]

    @property
    def damaged(self) -> list[tuple[BackupInfo, str]]:
        return [(info, problem) for info, problem in self.checked if problem is not None]

    def sentence(self) -> str:
        """One line on the backups, for ``quietlegs check``."""
        total = len(self.checked)
        if not total:
            return "There are no backups yet: the app makes one daily while in use, and before every import."
        sound, damaged = self.sound, self.damaged
        if not sound:
            return (f"Warning: none of the {total} backup{'s' if total != 1 else ''} is sound "
                    f"({damaged[0][0].path.name}: {damaged[0][1]}); there is no good copy to go back to. "
                    "Make a new backup in the app (File → Settings… → Back up now).")
        newest = sound[0]
        nights = "" if newest.nights is None else f", {newest.nights} nights"
        text = (f"Backups: {total}, {len(sound)} sound; the newest sound one is {newest.path.name} "
                f"({newest.made_at:%a %d %b %Y, %H:%M}{nights}).")
        if damaged:
            names = ", ".join(info.path.name for info, _ in damaged[:3]) + (" …" if len(damaged) > 3 else "")
            text += f" {len(damaged)} cannot be restored: {names}."
        return text


def verify(paths: DataPaths) -> BackupsHealth:
    """``integrity_check`` of every backup (30-50 ms each on ten years). Reads only."""
    return BackupsHealth(verify_backups(paths.backups))
