"""Appointments: checking one, and finding the next and the last around a given day.

The preparation follows the advice in the domain notes: a list of questions before the visit;
afterwards the diagnosis, any new medicine, treatment or test, the instructions, and the date
of the follow-up. The functions take ``today`` as an argument; the domain never reads the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, timedelta

from quietlegs.domain.records import Appointment
from quietlegs.domain.validation import MAX_NOTES, FieldError, date_problem, text_problem

MAX_WITH_WHOM = 120
MAX_PURPOSE = 300
MAX_QUESTION = 500
MAX_QUESTIONS = 40
AFTERWARDS_FIELDS = ("diagnosis", "new_medicine", "treatment_or_test", "instructions")
TEXT_FIELDS = ("purpose", *AFTERWARDS_FIELDS, "notes")
DEFAULT_REPORT_NIGHTS = 90


def _text(errors: list[FieldError], name: str, value, limit: int) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        errors.append(FieldError(name, "must be text"))
    elif text_problem(value):
        errors.append(FieldError(name, text_problem(value)))
    elif len(value) > limit:
        errors.append(FieldError(name, f"is longer than {limit} characters"))


def validate_appointment(item: Appointment) -> list[FieldError]:
    """Every problem with ``item``, each naming its field; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if not isinstance(item.date, date):
        errors.append(FieldError("date", "is required"))
    elif date_problem(item.date):
        errors.append(FieldError("date", date_problem(item.date)))
    if item.time is not None and not isinstance(item.time, time):
        errors.append(FieldError("time", "must be a time of day like 10:30"))
    who = item.with_whom.strip() if isinstance(item.with_whom, str) else ""
    if not who:
        errors.append(FieldError("with_whom", "is required: who the appointment is with"))
    elif text_problem(who):
        errors.append(FieldError("with_whom", text_problem(who)))
    elif len(who) > MAX_WITH_WHOM:
        errors.append(FieldError("with_whom", f"is longer than {MAX_WITH_WHOM} characters"))
    _text(errors, "purpose", item.purpose, MAX_PURPOSE)
    if not isinstance(item.questions, tuple) or not all(isinstance(q, str) for q in item.questions):
        errors.append(FieldError("questions", "must be a list of text"))
    else:
        if len(item.questions) > MAX_QUESTIONS:
            errors.append(FieldError("questions", f"has more than {MAX_QUESTIONS} questions"))
        for n, q in enumerate(item.questions, 1):
            if not q.strip():
                errors.append(FieldError("questions", f"question {n} is empty"))
                break
            if text_problem(q):
                errors.append(FieldError("questions", f"question {n} {text_problem(q)}"))
                break
            if len(q) > MAX_QUESTION:
                errors.append(FieldError("questions", f"question {n} is longer than {MAX_QUESTION} characters"))
                break
    for name in (*AFTERWARDS_FIELDS, "notes"):
        _text(errors, name, getattr(item, name), MAX_NOTES)
    if item.follow_up_date is not None:
        if not isinstance(item.follow_up_date, date):
            errors.append(FieldError("follow_up_date", "must be a date"))
        elif date_problem(item.follow_up_date):
            errors.append(FieldError("follow_up_date", date_problem(item.follow_up_date)))
        elif isinstance(item.date, date) and item.follow_up_date < item.date:
            errors.append(FieldError(
                "follow_up_date", f"is before the appointment itself ({item.date:%a %d %b %Y})"))
    return errors


def questions_from_text(text: str) -> tuple[str, ...]:
    """One question per non-empty line, as typed in a form."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def has_afterwards(item: Appointment) -> bool:
    """Whether anything was written down after the visit."""
    return any(getattr(item, name).strip() for name in AFTERWARDS_FIELDS) or item.follow_up_date is not None


def _ordered(items: Iterable[Appointment]) -> list[Appointment]:
    return sorted(items, key=lambda a: (a.date, a.time or time(0), a.id))


def next_appointment(items: Iterable[Appointment], today: date) -> Appointment | None:
    """The first appointment on ``today`` or later: the one to prepare for."""
    return next((a for a in _ordered(items) if a.date >= today), None)


def last_appointment(items: Iterable[Appointment], today: date) -> Appointment | None:
    """The latest appointment before ``today``: the one whose advice is being followed."""
    past = [a for a in _ordered(items) if a.date < today]
    return past[-1] if past else None


def default_report_period(items: Iterable[Appointment], today: date) -> tuple[date, date]:
    """The nights since the last appointment, or the last 90 nights: ``(first, last)``.

    The last night is the one that began yesterday evening (last night's entry).
    """
    end = today - timedelta(days=1)
    last = last_appointment(items, today)
    if last is not None and last.date <= end:
        return last.date, end
    return end - timedelta(days=DEFAULT_REPORT_NIGHTS - 1), end


__all__ = [
    "validate_appointment", "questions_from_text", "has_afterwards", "next_appointment",
    "last_appointment", "default_report_period", "AFTERWARDS_FIELDS", "TEXT_FIELDS",
]
