"""What a file, folder or .zip to import holds, recognised by content, and reading it.

Quiet Legs' own files (FORMAT.md JSON; nights.csv and the rest) go through
:mod:`quietlegs.storage.interchange` as before. Other apps' exports are found by what the files
hold, whatever they are called: a Sleep as Android record header on the first line of a CSV
file, a JSON list of Fitbit sleep logs. Anything else is refused in one line that names what
was expected. The parsing itself is the domain readers' (``quietlegs.domain.readers``).
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from quietlegs.domain.readers import Reading
from quietlegs.domain.records import InterventionKind, JournalData
from quietlegs.storage.csv_files import MAX_FILE_BYTES
from quietlegs.storage.interchange import ImportSourceError, read_journal_source

_KNOWN = "expected Quiet Legs JSON or CSV, a Sleep as Android sleep-export.csv, Fitbit sleep-*.json, "
EXPECTED = _KNOWN + "or a Loop Habit Tracker CSV export"
EXPECTED_CSV = _KNOWN + "a Loop Habit Tracker CSV export, or a CSV file of nights with its columns named"
MAX_FILES = 50_000  # a Fitbit export holds thousands of files; more is not an export
_PEEK = 4096
_OWN_CSV = ("kinds.csv", "nights.csv", "symptoms.csv", "interventions.csv")


@dataclass(frozen=True)
class ImportSource:
    """A file read for import: ``data`` to merge; ``reading`` says more when another app made it."""

    data: JournalData
    reading: Reading | None = None  # None: Quiet Legs' own file (records replace theirs by id)

    @property
    def source(self) -> str:
        return self.reading.source if self.reading is not None else "Quiet Legs"

    @property
    def description(self) -> str:
        """What the file is, for a sentence: "a Quiet Legs journal", "a Fitbit export"."""
        if self.reading is None:
            return "a Quiet Legs journal"
        return "a CSV file of nights" if "columns" in self.reading.extra else f"a {self.reading.source} export"


class NeedsColumns(ImportSourceError):
    """A CSV file of no known kind whose columns do not say which is which: ``header`` lists them,
    for a person to name (``ColumnMap``)."""

    def __init__(self, message: str, header: list[str]):
        super().__init__(message, about_path=False)
        self.header = header


def not_readable(path: Path) -> ImportSourceError:
    what = f"the folder {path.name}" if path.is_dir() else path.name
    return ImportSourceError(f"{what} is not a file Quiet Legs can read: {EXPECTED}", about_path=False)


def _wanted(name: str) -> bool:
    base = PurePosixPath(name).name
    return (base.lower().endswith((".csv", ".json")) and not base.startswith(".")
            and "__MACOSX" not in name)


class _Member:
    """One file of a folder or .zip: its name, and its bytes read when asked."""

    def __init__(self, name: str, size: int, read):
        self.name, self.size, self._read = name, size, read

    def head(self) -> bytes:
        return self._read(_PEEK)

    def data(self) -> bytes:
        if self.size > MAX_FILE_BYTES:
            raise ImportSourceError(f"{self.name} is too large to be an export", about_path=False)
        return self._read(None)


def _folder_members(folder: Path) -> Iterator[_Member]:
    count = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if not _wanted(n):
                continue
            count += 1
            if count > MAX_FILES:
                raise ImportSourceError(f"the folder {folder.name} holds too many files to be an export",
                                        about_path=False)
            p = Path(root) / n

            def read(limit, p=p):
                with open(p, "rb") as f:
                    return f.read(-1 if limit is None else limit)

            yield _Member(str(p.relative_to(folder)), p.stat().st_size, read)


def _zip_members(z: zipfile.ZipFile) -> Iterator[_Member]:
    infos = [i for i in z.infolist() if not i.is_dir() and _wanted(i.filename)]
    if len(infos) > MAX_FILES:
        raise ImportSourceError("the .zip holds too many files to be an export", about_path=False)
    for info in sorted(infos, key=lambda i: i.filename):
        def read(limit, info=info):
            with z.open(info) as f:
                return f.read(-1 if limit is None else limit)

        yield _Member(info.filename, info.file_size, read)


def _text(member: _Member, raw: bytes | None = None) -> str:
    raw = member.data() if raw is None else raw
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportSourceError(f"{member.name} is not UTF-8 text", about_path=False) from None


def _is_sleep_as_android(head: bytes) -> bool:
    from quietlegs.domain.readers.sleep_as_android import looks_like

    return looks_like(head.decode("utf-8-sig", errors="replace"))


def _may_be_fitbit(head: bytes) -> bool:
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    return text.startswith("[") and '"logId"' in text


def _read_other(members: Iterable[_Member], habit_map: Mapping[str, str] | None = None,
                kinds: Iterable[InterventionKind] = ()) -> Reading | None:
    """Another app's export among ``members``, or None when there is none."""
    from quietlegs.domain.readers import SourceFormatError
    from quietlegs.domain.readers.fitbit import looks_like as is_fitbit
    from quietlegs.domain.readers.fitbit import read_fitbit
    from quietlegs.domain.readers.loop_habits import looks_like_habits
    from quietlegs.domain.readers.sleep_as_android import read_sleep_as_android

    sleep_as_android: list[tuple[str, str]] = []
    fitbit: list[tuple[str, object]] = []
    habits: list[tuple[PurePosixPath, str]] = []
    checkmarks: list[tuple[PurePosixPath, _Member]] = []  # Loop's, told apart from its Scores.csv by name
    for m in members:
        head = m.head()
        where = PurePosixPath(Path(m.name).as_posix())
        if _is_sleep_as_android(head):
            sleep_as_android.append((m.name, _text(m)))
        elif _may_be_fitbit(head):
            try:
                doc = json.loads(_text(m))
            except ValueError:
                continue
            if is_fitbit(doc):
                fitbit.append((where.name, doc))
        elif looks_like_habits(head.decode("utf-8-sig", errors="replace")):
            habits.append((where, _text(m)))
        elif where.name.lower() == "checkmarks.csv":
            checkmarks.append((where, m))
    found = [bool(sleep_as_android), bool(fitbit), bool(habits)]
    if sum(found) > 1:
        raise ImportSourceError("This holds the exports of more than one app: import them one at a time",
                                about_path=False)
    try:
        if sleep_as_android:
            name = sleep_as_android[0][0] if len(sleep_as_android) == 1 else "sleep-export.csv"
            return read_sleep_as_android("\n".join(t for _, t in sleep_as_android), PurePosixPath(name).name)
        if fitbit:
            return read_fitbit(fitbit)
        if habits:
            return _read_loop(habits, checkmarks, habit_map or {}, kinds)
    except SourceFormatError as exc:
        raise ImportSourceError(str(exc), about_path=False) from None
    return None


def _read_loop(habits: list[tuple[PurePosixPath, str]], checkmarks: list[tuple[PurePosixPath, _Member]],
               habit_map: Mapping[str, str], kinds: Iterable[InterventionKind]) -> Reading:
    from quietlegs.domain.readers import SourceFormatError
    from quietlegs.domain.readers.loop_habits import read_habit_notes, read_loop_habits

    if len(habits) > 1:
        raise SourceFormatError("holds more than one Loop Habit Tracker Habits.csv: import one export at a time")
    where, habits_text = habits[0]
    top = [m for p, m in checkmarks if p.parent == where.parent]
    if not top:
        raise SourceFormatError(f"{where.name} has no Checkmarks.csv beside it: import the whole .zip that Loop "
                                "Habit Tracker exports")
    own = [(p.parent.name, _text(m)) for p, m in checkmarks if p.parent.parent == where.parent]
    notes = read_habit_notes(own, habits_text)
    return read_loop_habits(habits_text, _text(top[0]), habit_map, kinds, notes,
                            (where.name, "Checkmarks.csv"))


def _own_json(path: Path) -> bool:
    """A file Quiet Legs' JSON reader should judge: it begins like a JSON object."""
    with open(path, "rb") as f:
        return f.read(_PEEK).decode("utf-8-sig", errors="replace").lstrip().startswith("{")


def _read_generic(path: Path, columns) -> Reading:
    """A CSV file of nights, by the person's columns or by columns that name themselves."""
    from quietlegs.domain.readers import SourceFormatError
    from quietlegs.domain.readers.generic_csv import ColumnMap, guess_columns, header_of, read_generic_csv

    member = _Member(path.name, path.stat().st_size, lambda limit: path.read_bytes())
    text = _text(member)
    header = header_of(text)
    guessed = guess_columns(header)
    if columns is None or not columns.columns:  # the columns name themselves (the dates' order may be given)
        chosen = ColumnMap(guessed.columns, columns.dates if columns is not None else None)
    else:
        chosen = columns
    if not chosen.complete:
        raise NeedsColumns(f"{path.name} is not a file Quiet Legs can read: {EXPECTED_CSV} "
                           f"(its columns: {', '.join(c for c in header if c) or 'none'})", header)
    try:
        return read_generic_csv(text, chosen, path.name)
    except SourceFormatError as exc:
        raise ImportSourceError(str(exc), about_path=False) from None


def read_import_source(path: Path, known_kinds: Iterable[str] = (), habit_map: Mapping[str, str] | None = None,
                       kinds: Iterable[InterventionKind] = (), columns=None) -> ImportSource:
    """Read ``path`` for import, whatever made it. Raises ImportSourceError (cannot be read, or is
    none of the known kinds), FormatError / CsvImportError (Quiet Legs' own file, bad records).
    ``habit_map`` (habit name → kind slug) and ``kinds`` (the journal's) are for habit trackers;
    ``columns`` (a ``generic_csv.ColumnMap``) for any other CSV file of nights."""
    if not path.exists():
        raise ImportSourceError(f"{path} does not exist")
    try:
        if path.is_dir():
            if any((path / n).is_file() for n in _OWN_CSV):
                return ImportSource(read_journal_source(path, known_kinds))
            reading = _read_other(_folder_members(path), habit_map, kinds)
        elif path.suffix.lower() == ".zip":
            if not zipfile.is_zipfile(path):
                raise ImportSourceError(f"{path.name}: is not a readable .zip file", about_path=False)
            try:
                with zipfile.ZipFile(path) as z:
                    names = {PurePosixPath(n).name for n in z.namelist()}
                    if names & set(_OWN_CSV):
                        return ImportSource(read_journal_source(path, known_kinds))
                    reading = _read_other(_zip_members(z), habit_map, kinds)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
                raise ImportSourceError(f"{path.name}: is not a readable .zip file ({exc})", about_path=False) \
                    from None
        elif path.name.lower() in _OWN_CSV or _own_json(path):
            return ImportSource(read_journal_source(path, known_kinds))
        else:
            reading = _read_other([_Member(path.name, path.stat().st_size,
                                           lambda limit: path.read_bytes()[:limit] if limit else path.read_bytes())],
                                  habit_map, kinds)
            if reading is None and path.suffix.lower() == ".csv":
                reading = _read_generic(path, columns)
    except OSError as exc:
        raise ImportSourceError(f"{path} cannot be read ({exc.strerror})") from None
    if reading is None:
        raise not_readable(path)
    return ImportSource(reading.data, reading)
