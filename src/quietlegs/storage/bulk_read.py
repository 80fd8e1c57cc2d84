"""Bulk reads for :meth:`Journal.snapshot`: plain SQL on the session's own SQLite connection.

A 10-year journal is some 18,000 records. Going through SQLAlchemy's result rows and its
string-to-datetime processors costs more than the query itself, so these readers fetch
plain tuples with the DB-API cursor (inside the session's transaction, so every table is read
at the same moment) and convert them with the C-coded ``fromisoformat``.

The stored forms are SQLAlchemy's for SQLite: ``DateTime`` is ``YYYY-MM-DD HH:MM:SS.ffffff``,
``Date`` is ``YYYY-MM-DD``, ``Boolean`` is 0/1, ``Float`` is REAL. The column lists below name
the columns, so a migration that adds one changes nothing here until it is read.
"""

from __future__ import annotations

from datetime import date, datetime

from quietlegs.domain.night_rule import NightPlacer, NightRange
from quietlegs.domain.records import Intervention, InterventionKind, Night, SymptomEvent

_to_datetime = datetime.fromisoformat
_to_date = date.fromisoformat


def _maker(cls):
    """Build frozen-dataclass records ``cls(**fields)`` three times faster than ``cls.__init__``.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; for
    18,000 records that is most of a snapshot's time. The records made here are the same
    objects (same fields, equality, hash); every field must be given. A class with slots or a
    ``__post_init__`` is built the ordinary way.
    """
    if "__slots__" in vars(cls) or hasattr(cls, "__post_init__"):
        return cls
    new = object.__new__

    def make(**values):
        record = new(cls)
        record.__dict__.update(values)
        return record

    return make


_night = _maker(Night)
_symptom = _maker(SymptomEvent)
_intervention = _maker(Intervention)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(";")) if text else ()


def _maybe_bool(value) -> bool | None:
    return None if value is None else bool(value)


def _maybe_float(value) -> float | None:
    return None if value is None else float(value)


def _where(column: str, lo, hi, lo_op: str = ">=", hi_op: str = "<") -> tuple[str, list]:
    parts, params = [], []
    if lo is not None:
        parts.append(f"{column} {lo_op} ?")
        params.append(lo)
    if hi is not None:
        parts.append(f"{column} {hi_op} ?")
        params.append(hi)
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


def _datetime_param(value: datetime | None) -> str | None:
    """A bound like SQLAlchemy's: the stored text form, so text comparison orders correctly."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def read_kinds(cursor) -> list[InterventionKind]:
    rows = cursor.execute(
        "SELECT slug, name, category, default_amount, default_unit, hidden, builtin, slow_acting "
        "FROM intervention_kinds ORDER BY slug").fetchall()
    return [InterventionKind(slug=slug, name=name, category=category, default_amount=_maybe_float(amount),
                             default_unit=unit, hidden=bool(hidden), builtin=bool(builtin),
                             slow_acting=None if slow is None else bool(slow))
            for slug, name, category, amount, unit, hidden, builtin, slow in rows]


def read_recent_nights(cursor, count: int, before: date | None = None) -> list[Night]:
    """The ``count`` latest nights (before ``before`` if given), newest first."""
    where, params = _where("night_of", None, before and before.isoformat())
    return _nights(cursor.execute(
        f"SELECT {_NIGHT_COLUMNS} FROM nights{where} ORDER BY night_of DESC LIMIT ?", [*params, count]).fetchall())


_NIGHT_COLUMNS = ("id, night_of, in_bed, lights_out, sleep_latency_min, awakenings, wake_after_sleep_onset_min, "
                  "final_wake, out_of_bed, quality, rested, legs_severity, notes")


def read_nights(cursor, first: date | None, last: date | None) -> list[Night]:
    """Nights ``first``..``last`` (inclusive, ``None`` = open), oldest first."""
    where, params = _where("night_of", first and first.isoformat(), last and last.isoformat(), ">=", "<=")
    return _nights(cursor.execute(f"SELECT {_NIGHT_COLUMNS} FROM nights{where} ORDER BY night_of", params).fetchall())


def _nights(rows: list[tuple]) -> list[Night]:
    dt = _to_datetime
    return [_night(night_of=_to_date(night_of), in_bed=dt(in_bed), lights_out=dt(lights_out),
                  sleep_latency_min=latency, awakenings=awakenings, wake_after_sleep_onset_min=waso,
                  final_wake=dt(final_wake), out_of_bed=dt(out_of_bed), quality=quality, rested=rested,
                  legs_severity=legs, notes=notes or "", id=id_)
            for (id_, night_of, in_bed, lights_out, latency, awakenings, waso, final_wake, out_of_bed,
                 quality, rested, legs, notes) in rows]


def _read_reliefs(cursor, where: str, params: list) -> dict[str, list[str]]:
    """What eased each symptom of ``symptoms{where}``, in the user's order, by symptom id."""
    rows = cursor.execute(
        "SELECT r.symptom_id, r.kind FROM symptom_reliefs AS r JOIN symptoms ON symptoms.id = r.symptom_id"
        f"{where} ORDER BY r.symptom_id, r.position", params).fetchall()
    reliefs: dict[str, list[str]] = {}
    for symptom_id, kind in rows:
        reliefs.setdefault(symptom_id, []).append(kind)
    return reliefs


def read_symptoms(cursor, lo: datetime | None, hi: datetime | None) -> list[SymptomEvent]:
    """Symptoms at ``lo`` <= at < ``hi`` (``None`` = open), in time order."""
    where, params = _where("symptoms.at", _datetime_param(lo), _datetime_param(hi))
    reliefs = _read_reliefs(cursor, where, params)
    rows = cursor.execute(
        "SELECT id, at, kind, severity, locations, duration_min, woke_me, preceded_by, relief_min, notes "
        f"FROM symptoms{where} ORDER BY at", params).fetchall()
    dt = _to_datetime
    return [_symptom(at=dt(at), kind=kind, severity=severity, locations=_split(locations),
                         duration_min=duration, woke_me=_maybe_bool(woke_me), preceded_by=_split(preceded_by),
                         relieved_by=tuple(reliefs.get(id_, ())), relief_min=relief_min, notes=notes or "",
                         id=id_)
            for id_, at, kind, severity, locations, duration, woke_me, preceded_by, relief_min, notes in rows]


def read_interventions(cursor, lo: datetime | None, hi: datetime | None) -> list[Intervention]:
    """Interventions at ``lo`` <= at < ``hi`` (``None`` = open), in time order."""
    where, params = _where("at", _datetime_param(lo), _datetime_param(hi))
    rows = cursor.execute(
        "SELECT id, at, kind, amount, unit, duration_min, notes "
        f"FROM interventions{where} ORDER BY at", params).fetchall()
    dt = _to_datetime
    return [_intervention(at=dt(at), kind=kind, amount=_maybe_float(amount), unit=unit, duration_min=duration,
                         notes=notes or "", id=id_)
            for id_, at, kind, amount, unit, duration, notes in rows]


def read_period(cursor, start: date | None, end: date | None) -> tuple[list[InterventionKind], list[Night],
                                                                     list[SymptomEvent], list[Intervention]]:
    """The kinds, and nights ``start``..``end`` (inclusive, ``None`` = open) with the symptoms and
    interventions that belong to them by the night rule, read at one moment (the caller's
    transaction) through ``cursor``."""
    period = NightRange(start, end)
    lo, hi = period.events_window()
    first, last = period.neighbours()  # they decide where the period's edge events belong
    kinds = read_kinds(cursor)
    all_nights = read_nights(cursor, first, last)
    symptoms = read_symptoms(cursor, lo, hi)
    interventions = read_interventions(cursor, lo, hi)
    if start is None and end is None:
        return kinds, all_nights, symptoms, interventions
    place = NightPlacer(all_nights)

    def belongs(at: datetime) -> bool:
        return period.surely_holds(at) or period.holds(place.night_of(at))

    return (kinds, [n for n in all_nights if period.holds(n.night_of)],
            [x for x in symptoms if belongs(x.at)], [x for x in interventions if belongs(x.at)])
