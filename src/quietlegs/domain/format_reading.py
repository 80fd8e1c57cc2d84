"""Reading one journal document's fields strictly: the parts every section's reader shares.

Duplicate keys and NaN are refused at the JSON level; each record's fields are read with
:class:`_Record`, which names the record and the field in every error (FORMAT.md).
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from quietlegs.domain.records import new_id
from quietlegs.domain.validation import text_problem

# ASCII digits only: ``\d`` would let ``２０２６`` or ``٢٠٢٦`` through.
_DATETIME_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# More digits than any field's range needs: a longer number is named, never converted (Python
# refuses to convert a 5,000-digit integer at all).
MAX_DIGITS = 15


class FormatError(ValueError):
    """A file that is not a valid journal; the message names the record and the field.

    ``section``, ``index`` and ``field`` say where (when the problem lies in one record), and
    ``reason`` what is wrong there, so a CSV reader can point at a file, line and column.
    """

    def __init__(self, message: str, section: str | None = None, index: int | None = None,
                 field: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.section, self.index, self.field, self.reason = section, index, field, reason or message


# ----------------------------------------------------------------------------- reading JSON

def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise FormatError(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _no_constants(name: str) -> Any:
    raise FormatError(f"{name} is not a number a journal can hold")


class TooLarge:
    """A number in a file too large for any field; the field's reader refuses it by name."""

    def __init__(self, text: str):
        self.digits = sum(c.isdigit() for c in text.split("e")[0].split("E")[0])

    def __repr__(self) -> str:
        return f"a number {self.digits} digits long" if self.digits > MAX_DIGITS else "a number too large to hold"


def _integer(text: str) -> int | TooLarge:
    return TooLarge(text) if len(text.lstrip("-")) > MAX_DIGITS else int(text)


def _float(text: str) -> float | TooLarge:
    value = float(text)
    return value if math.isfinite(value) else TooLarge(text)


def shown(value: Any, limit: int = 40) -> str:
    """A value from a file as a message may show it: itself when plain and short, else its repr."""
    if isinstance(value, str) and len(value) <= limit and value.isprintable() and text_problem(value) is None:
        return value
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def quoted(value: Any, limit: int = 60) -> str:
    """A value in a message: its repr, cut short (a 10,000-character note is not repeated back)."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def load_json(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants,
                          parse_int=_integer, parse_float=_float)
    except FormatError:
        raise
    except json.JSONDecodeError as exc:
        raise FormatError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise FormatError("not a journal: the JSON is nested too deeply") from None
    except ValueError as exc:  # anything else the decoder refuses, in its words
        raise FormatError(f"not valid JSON: {exc}") from None


# ----------------------------------------------------------------------------- field readers

class _Record:
    """Reads the fields of one record, naming it in every error."""

    def __init__(self, label: str, raw: Any, allowed: Iterable[str], section: str | None = None,
                 index: int | None = None):
        self.label, self.section, self.index = label, section, index
        if not isinstance(raw, dict):
            raise FormatError(f"{label}: must be an object", section, index, None, "must be an object")
        self.raw = raw
        unknown = sorted(set(raw) - set(allowed))
        if unknown:
            name = shown(unknown[0])
            quoted = repr(name) if name == unknown[0] else name  # (a repr already shows its quotes)
            raise FormatError(f"{label}: unknown field {quoted}", section, index, name, "unknown field")
        for name in allowed:  # text no file or journal can hold, in any field
            value = raw.get(name)
            for text in (value if isinstance(value, list) else [value]):
                problem = text_problem(text) if isinstance(text, str) else None
                if problem:
                    raise self.fail(name, problem)

    def fail(self, field: str, message: str) -> FormatError:
        return FormatError(f"{self.label}: {field} {message}", self.section, self.index, field, message)

    def get(self, field: str, required: bool = False) -> Any:
        value = self.raw.get(field)
        if value is None and required:
            raise self.fail(field, "is required")
        return value

    def datetime(self, field: str, required: bool = True) -> datetime | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATETIME_RE.fullmatch(value):
            raise self.fail(field, f"must be a local time like 2026-11-20T22:40 (it is {quoted(value)})")
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not a real date and time ({quoted(value)})") from None

    def date(self, field: str, required: bool = True) -> date | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
            raise self.fail(field, f"must be a date like 2026-11-20 (it is {quoted(value)})")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not a real date ({quoted(value)})") from None

    def integer(self, field: str, required: bool = False) -> int | None:
        value = self.get(field, required)
        if value is None:
            return None
        if isinstance(value, TooLarge):
            raise self.fail(field, f"is far too large ({quoted(value)})")
        if isinstance(value, float) and value.is_integer() and abs(value) < 10**MAX_DIGITS:
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(field, f"must be a whole number (it is {quoted(value)})")
        return value

    def number(self, field: str) -> float | None:
        value = self.get(field)
        if value is None:
            return None
        if isinstance(value, TooLarge):
            raise self.fail(field, f"is far too large ({quoted(value)})")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self.fail(field, f"must be a number (it is {quoted(value)})")
        return float(value)

    def text(self, field: str, required: bool = False) -> str | None:
        value = self.get(field, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(field, f"must be text (it is {quoted(value)})")
        return value

    def boolean(self, field: str) -> bool | None:
        value = self.get(field)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(field, f"must be true or false (it is {quoted(value)})")
        return value

    def text_list(self, field: str) -> tuple[str, ...]:
        value = self.get(field)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(field, "must be a list of text values")
        return tuple(value)

    def record_id(self) -> str:
        """The record's id in one spelling (lower case, with hyphens): an id written in capitals,
        in braces or as a URN names the same record. A record without one gets a new id."""
        value = self.get("id")
        if value is None:
            return new_id()
        if not isinstance(value, str):
            raise self.fail("id", "must be a UUID string")
        bare = value.strip()
        if bare[:9].lower() == "urn:uuid:":
            bare = bare[9:]
        if bare.startswith("{") and bare.endswith("}"):
            bare = bare[1:-1]
        if len(bare) == 32 and all(c in "0123456789abcdefABCDEF" for c in bare):
            bare = f"{bare[:8]}-{bare[8:12]}-{bare[12:16]}-{bare[16:20]}-{bare[20:]}"
        if not _UUID_RE.fullmatch(bare):
            raise self.fail("id", f"is not a UUID ({shown(value)!r})")
        return str(uuid.UUID(bare))


def _raise_first(rec: _Record, errors) -> None:
    if errors:
        raise rec.fail(errors[0].field, errors[0].message)


def _section(doc: dict, name: str) -> list:
    value = doc.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise FormatError(f"{name}: must be a list of records")
    return value
