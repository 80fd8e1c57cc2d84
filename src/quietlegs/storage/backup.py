"""Verified backups of the journal through SQLite's backup API.

A backup is written to a temporary file in the backups folder, integrity-checked, fsynced and
renamed into place, private to the user; a journal that fails its own check is never backed up
(a damaged copy would push a good one out of the rotation).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quietlegs.storage.db import connect_read_only, integrity_check, make_private_dir, quick_check
from quietlegs.storage.errors import JournalDamaged, StorageError
from quietlegs.storage.rotation import RECENT, BackupFacts, backups_to_keep, bucket_of, fullest_recent

BACKUP_SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".tmp"
_NAME_RE = re.compile(r"^journal-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite3$")


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_name(now: datetime, reason: str) -> str:
    return f"journal-{now:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def make_backup(journal: Path, backups_dir: Path, now: datetime, reason: str) -> Path:
    """Copy ``journal`` into ``backups_dir``; returns the new backup's path."""
    problem = quick_check(journal) or _empty(journal)
    if problem:
        raise JournalDamaged(journal, problem)
    make_private_dir(backups_dir)
    final = backups_dir / backup_name(now, reason)
    n = 1
    while final.exists():
        n += 1
        final = backups_dir / backup_name(now, f"{reason}-{n}")
    tmp = final.with_name(final.name + TEMP_SUFFIX)
    copy_verified(journal, tmp)
    try:
        os.replace(tmp, final)
        fsync_dir(backups_dir)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _remember_check(final, None)  # copy_verified ran integrity_check on these very bytes
    return final


def _empty(journal: Path) -> str | None:
    """An emptied journal (0 bytes, or no tables) is not backed up: its copy would only take the
    place of a backup that holds the nights."""
    if not journal.exists() or journal.stat().st_size == 0:
        return "the journal file is empty"
    con = connect_read_only(journal)
    try:
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    finally:
        con.close()
    return None if tables else "the journal holds no tables"


def copy_verified(source: Path, target_tmp: Path) -> None:
    """Copy the database ``source`` into the new file ``target_tmp`` through SQLite's backup API,
    check the copy's integrity and fsync it. The caller renames it into place."""
    fd = os.open(target_tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        src = connect_read_only(source)
        dst = sqlite3.connect(target_tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            ok = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
            src.close()
        if ok != [("ok",)]:
            raise StorageError(f"The copy of {source.name} could not be verified ({ok[0][0]}); nothing was changed.")
        with open(target_tmp, "rb+") as f:
            os.fsync(f.fileno())
        if os.name == "posix":
            os.chmod(target_tmp, 0o600)
    except BaseException:
        target_tmp.unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------------------- the rotation

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    nights: int | None  # None when the file cannot be read

    @property
    def reason_label(self) -> str:
        base = re.sub(r"-\d+$", "", self.reason)
        return {
            "before-migration": "before an update",
            "before-import": "before an import",
            "before-restore": "before a restore",
            "on-close": "on closing",
            "periodic": "while in use",
            "daily": "daily",
            "manual": "made by you",
        }.get(base, base.replace("-", " "))


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    m = _NAME_RE.match(name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2)
    except ValueError:
        return None


def _nights_in(path: Path) -> int | None:
    try:
        con = connect_read_only(path)
        try:
            return int(con.execute("SELECT count(*) FROM nights").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return None


def backup_files(backups_dir: Path) -> list[tuple[Path, datetime, str]]:
    """The backups in ``backups_dir`` (by name; other files are left alone), newest first."""
    if not backups_dir.is_dir():
        return []
    found = []
    for p in backups_dir.iterdir():
        parsed = parse_backup_name(p.name)
        if parsed and p.is_file():
            found.append((p, *parsed))
    return sorted(found, key=lambda t: (t[1], t[0].name), reverse=True)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup with its date and how many nights it holds, newest first. Reads only."""
    return [BackupInfo(p, made, reason, _nights_in(p)) for p, made, reason in backup_files(backups_dir)]


# A backup never changes once renamed into place, so its integrity_check (30-50 ms on ten
# years) is run once per process and file version, not on every rotation or listing.
_checked: dict[tuple, str | None] = {}


def _file_key(path: Path) -> tuple:
    st = path.stat()
    return (str(path), st.st_ino, st.st_size, st.st_mtime_ns)


def _remember_check(path: Path, problem: str | None) -> None:
    try:
        _checked[_file_key(path)] = problem
    except OSError:
        pass


_nights: dict[tuple, int | None] = {}


def _remembered_nights(path: Path) -> int | None:
    try:
        key = _file_key(path)
    except OSError:
        return None
    if key not in _nights:
        _nights[key] = _nights_in(path)
    return _nights[key]


def backup_problem(path: Path) -> str | None:
    """``integrity_check`` of a backup file (remembered while the file is unchanged)."""
    try:
        key = _file_key(path)
    except OSError as exc:
        return exc.strerror or str(exc)
    if key not in _checked:
        _checked[key] = integrity_check(path)
    return _checked[key]


def is_restorable(path: Path) -> str | None:
    """``None`` when ``path`` is a sound journal this version can open, else what is wrong."""
    from quietlegs.storage import migrate

    problem = backup_problem(path)
    if problem:
        return problem
    try:
        revision = migrate.peek_revision(path)
    except sqlite3.Error as exc:
        return str(exc)
    if revision is None:
        return "it holds no Quiet Legs journal"
    if revision not in migrate.known_revisions():
        return "it was made by a newer version of Quiet Legs"
    return None


def newest_sound_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check and this version can open."""
    for p, made, reason in backup_files(backups_dir):
        if is_restorable(p) is None:
            return BackupInfo(p, made, reason, _nights_in(p))
    return None


def verify_backups(backups_dir: Path) -> list[tuple[BackupInfo, str | None]]:
    """Every backup, newest first, with what is wrong with it (``None``: sound and restorable)."""
    return [(BackupInfo(p, made, reason, _nights_in(p)), is_restorable(p))
            for p, made, reason in backup_files(backups_dir)]


def _row_counts(path: Path) -> dict[str, int]:
    con = connect_read_only(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608
    finally:
        con.close()


def backed_up_before_a_failed_migration(journal: Path, backups_dir: Path) -> bool:
    """Whether the newest backup is a before-migration copy of this very journal: a migration
    that fails on every start must not add a backup each time. Nothing can change a journal
    between a failed migration and the next try (every opener migrates first), so the newest
    backup being a before-migration one with the same revision and the same rows in every
    table means the journal is already kept."""
    from quietlegs.storage import migrate

    files = backup_files(backups_dir)
    if not files or re.sub(r"-\d+$", "", files[0][2]) != "before-migration":
        return False
    newest = files[0][0]
    try:
        return (backup_problem(newest) is None
                and migrate.peek_revision(newest) == migrate.peek_revision(journal)
                and _row_counts(newest) == _row_counts(journal))
    except sqlite3.Error:
        return False


def remove_stale_temps(backups_dir: Path) -> None:
    """Half-written backups of a process that died; only the holder of the journal lock calls this."""
    if backups_dir.is_dir():
        for p in backups_dir.glob(f"journal-*{TEMP_SUFFIX}"):
            p.unlink(missing_ok=True)


def rotation_facts(backups_dir: Path, now: datetime) -> list[BackupFacts]:
    """What the rotation needs to know of each backup, checking only what it relies on.

    Soundness is checked newest first until a sound backup is found, for the recent backups
    fullest first until a sound one is found, and for each backup kept in place of others of
    its day, week or month: a few checks per rotation (each file once per process), not one
    per file.
    """
    files = backup_files(backups_dir)
    newest = files[0][1] if files else now
    facts = {p: BackupFacts(p, made, None, _remembered_nights(p) if made >= min(now, newest) - RECENT else None)
             for p, made, _ in files}  # only the recent ones' nights count (rotation.fullest_recent)

    def check(p: Path) -> bool:
        sound = is_restorable(p) is None
        facts[p] = BackupFacts(p, facts[p].made_at, sound, facts[p].nights)
        return sound

    for p, _, _ in files:  # newest first
        if check(p):
            break
    while True:
        candidate = fullest_recent([BackupFacts(f.key, f.made_at, f.sound is not False, f.nights)
                                    for f in facts.values()], now)
        if candidate is None or facts[candidate.key].sound or check(candidate.key):
            break
    while True:  # a backup kept in place of others of its day, week or month must be a sound one
        keep = backups_to_keep(facts.values(), now)
        thinned = {bucket_of(f.made_at, now) for f in facts.values() if f.key not in keep}
        unchecked = [f.key for f in facts.values()
                     if f.key in keep and f.sound is None and bucket_of(f.made_at, now) in thinned]
        if not unchecked:
            break
        for p in unchecked:
            check(p)
    return list(facts.values())


def thin_backups(backups_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted.

    The newest backup that passes its integrity check and the fullest of the last weeks are
    never deleted, whatever the dates say (see ``rotation``).
    """
    facts = rotation_facts(backups_dir, now)
    keep = backups_to_keep(facts, now)
    removed = []
    for f in facts:
        if f.key not in keep:
            f.key.unlink(missing_ok=True)
            removed.append(f.key)
    if removed:
        fsync_dir(backups_dir)
    return removed
