"""Readers of other apps' exports: pure parsing from text to the journal's records.

Each source has one module (``sleep_as_android``, ``fitbit``); each says whether some text or
decoded JSON is its own (:func:`looks_like`) and turns it into a :class:`Reading`: the nights
it will bring, and what it left out and why (naps, the same record twice, implausible nights).
Finding the files (a folder, a .zip) is storage's work; deciding against the journal what is
new and what is already logged is the import preview's (``services.import_preview``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from quietlegs.domain.records import JournalData

# Ids of imported records are derived from the source's own ids, so that the same export
# imported twice brings the same ids (and changes nothing).
_NAMESPACE = uuid.UUID("5b0f7e3c-2d7a-4c55-9a43-8f1c6e2b9d10")


def derived_id(source: str, source_id: str) -> str:
    """The journal id of the record ``source_id`` of ``source``: the same every time."""
    return str(uuid.uuid5(_NAMESPACE, f"{source}:{source_id}"))


class SourceFormatError(ValueError):
    """A file that is another app's export but cannot be read: names the file, line and field."""


# Why something in the source was left out (the preview counts them by these words).
NAP = "a nap or day sleep"
DUPLICATE = "the same record appears more than once in the export"
IMPLAUSIBLE = "not a plausible night"
OVERLAP = "overlaps another night in the export"


@dataclass(frozen=True)
class Skipped:
    """One record of the source left out: ``what`` names it (its times), ``reason`` is one of
    the words above, ``detail`` adds the particular (e.g. the validation's message)."""

    what: str
    reason: str
    detail: str = ""
    parts: int = 1  # records of the source it stands for (a nap tracked in two parts is one nap)


@dataclass(frozen=True)
class Reading:
    """What a reader made of an export: the records, and what it left out or joined."""

    source: str  # the app, for people: "Sleep as Android"
    data: JournalData
    skipped: tuple[Skipped, ...] = ()
    joined_segments: int = 0  # segments folded into a night they belong to (a night in parts)
    files: int = 1
    extra: dict = field(default_factory=dict)  # per-source figures for the preview, e.g. {"habits": 3}
