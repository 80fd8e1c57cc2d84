"""Every record of a journal as it is stored, and taking some of them out in one transaction.

This is the storage half of setting aside records the app cannot use (``services/repair.py``
decides which). Rows are read raw (text as bytes, dates as the text SQLite holds) so that a
value the ORM would stumble on (text that is not UTF-8, a date that is not a date) still comes
out, with the reason it cannot become a record.

Which version of the rules a journal was last screened by is kept in the journal itself, in
SQLite's ``user_version`` header field: a backup carries it, so a journal restored from before
the screening is screened again, and a sound journal is screened once, not at every start.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from quietlegs.domain.records import Appointment, Intervention, InterventionKind, Night, SymptomEvent
from quietlegs.storage.appointments_repo import appointment_from_row
from quietlegs.storage.convert import intervention_from_row, kind_from_row, night_from_row, symptom_from_row
from quietlegs.storage.db import connect_read_only
from quietlegs.storage.errors import StorageError

Record = Night | SymptomEvent | Intervention | Appointment

# The sections of the interchange format these tables hold, in the order a file lists them.
SECTIONS = {"nights": "nights", "symptoms": "symptoms", "interventions": "interventions",
            "appointments": "appointments"}

_DATES = {"night_of", "date", "follow_up_date"}
_TIMES = {"in_bed", "lights_out", "final_wake", "out_of_bed", "at"}
_FLOATS = {"amount"}
_BOOLS = {"woke_me"}
_TEXTS = {"id", "kind", "locations", "preceded_by", "notes", "unit", "time", "with_whom", "purpose",
          "questions", "diagnosis", "new_medicine", "treatment_or_test", "instructions"}


@dataclass
class StoredRow:
    """One row as stored: ``values`` raw (bytes, int, float or None); ``reliefs`` the kinds
    used to ease a symptom, in their order."""

    table: str
    rowid: int
    values: dict[str, object]
    reliefs: list[object] = field(default_factory=list)

    def shown(self) -> dict[str, str | None]:
        """Every value as text, whatever it holds (for a record that cannot be a record)."""
        out = {name: _as_text(v) for name, v in self.values.items()}
        if self.table == "symptoms":
            out["relieved_by"] = ";".join(_as_text(k) or "" for k in self.reliefs)
        return out

    def record(self) -> Record:
        """The domain record this row holds; ValueError names the column that cannot be read."""
        typed = {name: _typed(name, v) for name, v in self.values.items()}
        row = SimpleNamespace(**typed)
        if self.table == "nights":
            return night_from_row(row)
        if self.table == "symptoms":
            row.reliefs = [SimpleNamespace(kind=_typed("kind", k)) for k in self.reliefs]
            return symptom_from_row(row)
        if self.table == "interventions":
            return intervention_from_row(row)
        try:
            return appointment_from_row(row)
        except (json.JSONDecodeError, TypeError):
            raise ValueError(f"questions: {_as_text(self.values.get('questions'))!r} is not a list of text") from None


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return str(value)


def _typed(name: str, value: object):
    """A raw value as the type its column promises; ValueError says which column is wrong."""
    if value is None:
        return None
    try:
        if name in _TEXTS or name in _DATES or name in _TIMES:
            if not isinstance(value, bytes):
                raise ValueError("not text")
            # A lone surrogate (stored as its 3 UTF-8-like bytes) comes out as itself, so the
            # validation names it and a file can still hold it (as a \\ud800 escape).
            text = value.decode("utf-8", "surrogatepass")
            if name in _DATES:
                return date.fromisoformat(text)
            if name in _TIMES:
                return datetime.fromisoformat(text)
            return text
        if name in _FLOATS:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError("not a number")
            return value
        if not isinstance(value, int):
            raise ValueError("not a whole number")
        return bool(value) if name in _BOOLS else value
    except ValueError as exc:
        raise ValueError(f"{name}: {_as_text(value)!r} cannot be read ({exc})") from None


def screened_version(path: Path) -> int | None:
    """The version of the rules the journal was last screened by (0: never; ``None``: the file
    cannot be read, which the journal's check names). Reads only."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        con = connect_read_only(path)
        try:
            return int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return None


def read_rows(engine: Engine) -> list[StoredRow]:
    """Every night, symptom (with its reliefs), intervention and appointment, raw."""
    try:
        return _read_rows(engine)
    except sqlite3.Error as exc:
        raise StorageError(f"the journal's records could not be read ({' '.join(str(exc).split())})") from None


def _read_rows(engine: Engine) -> list[StoredRow]:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        factory = raw.text_factory
        raw.text_factory = bytes
        try:
            rows: list[StoredRow] = []
            reliefs: dict[bytes, list[object]] = {}
            for symptom_id, kind in raw.execute(
                    "SELECT symptom_id, kind FROM symptom_reliefs ORDER BY symptom_id, position"):
                reliefs.setdefault(symptom_id, []).append(kind)
            for table in SECTIONS:
                cur = raw.execute(f'SELECT rowid, * FROM "{table}"')  # noqa: S608 (our own names)
                names = [d[0] for d in cur.description][1:]
                for rowid, *values in cur:
                    row = StoredRow(table, rowid, dict(zip(names, values)))
                    if table == "symptoms":
                        row.reliefs = reliefs.get(row.values["id"], [])
                    rows.append(row)
            return rows
        finally:
            raw.text_factory = factory
            conn.rollback()


def user_kinds(engine: Engine) -> list[InterventionKind]:
    """The catalog's kinds that can be read (a kind whose text is broken is left out)."""
    kinds = []
    for row in _raw_select(engine, 'SELECT * FROM "intervention_kinds"'):
        try:
            kinds.append(kind_from_row(SimpleNamespace(**{
                name: v.decode("utf-8") if isinstance(v, bytes) else v for name, v in row.items()})))
        except (ValueError, TypeError):
            continue
    return kinds


def _raw_select(engine: Engine, sql: str) -> list[dict[str, object]]:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        factory = raw.text_factory
        raw.text_factory = bytes
        try:
            cur = raw.execute(sql)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, values)) for values in cur]
        except sqlite3.Error as exc:
            raise StorageError(f"the journal's records could not be read ({' '.join(str(exc).split())})") from None
        finally:
            raw.text_factory = factory
            conn.rollback()


def take_out(engine: Engine, rows: list[StoredRow], screened: int) -> None:
    """Delete ``rows`` (a symptom with its reliefs) and record ``screened``, in one transaction."""
    try:
        _take_out(engine, rows, screened)
    except (sqlite3.Error, DBAPIError) as exc:
        detail = " ".join(str(getattr(exc, "orig", exc)).split())
        raise StorageError(f"the records could not be taken out of the journal ({detail})") from None


def _take_out(engine: Engine, rows: list[StoredRow], screened: int) -> None:
    with engine.begin() as conn:
        raw = conn.connection.dbapi_connection
        for table in SECTIONS:
            rowids = [(r.rowid,) for r in rows if r.table == table]
            if table == "symptoms":
                raw.executemany("DELETE FROM symptom_reliefs WHERE symptom_id = "
                                "(SELECT id FROM symptoms WHERE rowid = ?)", rowids)
            raw.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', rowids)  # noqa: S608
        raw.execute(f"PRAGMA user_version = {int(screened)}")
