"""The findings (``analysis.findings``) in plain English, for the command line.

``quietlegs analyze`` prints these sentences and ``analyze --json`` the reasons and the warning
below: both are a contract (DESIGN.md), so this wording stays as it is, byte for byte. The
window and the report word the same findings in the user's language through Qt's
translations (``report.finding_words``), whose English source text matches this one.

"On nights after a warm soak you slept 26 min longer (95% CI 22–30; 183 nights with, 483
without)". Triggers read as triggers ("After caffeine you slept 22 min less"). A kind's
next-night row reads "On the night after exercise …", a slow-acting kind's sustained row
"After four weeks of iron every night …", a dose band "At 400 mg, on nights after magnesium …".
"""

from __future__ import annotations

from quietlegs.analysis.design import NEXT_NIGHT_MIN_NIGHTS, SEASON_DAYS
from quietlegs.analysis.findings import (
    ADJUSTMENTS,
    CLEAR,
    DOSE,
    ENTANGLED,
    HINT,
    NEXT,
    NO_DIFFERENCE,
    NOT_VARIED,
    SUSTAINED,
    TOO_FEW_WITH,
    TOO_FEW_WITHOUT,
    UNLOGGED,
    Finding,
)
from quietlegs.analysis.outcomes import OUTCOMES

ADJUSTMENT_LABELS = {
    "trend": "the general trend over time",
    "weekend": "weekend nights",
    "season": "the season",
    "state_before_bed": "symptoms logged before bed",
    "yesterday": "what was used the night before",
    "sustained_use": "weeks of use of slow-acting kinds",
    "dose": "the amount taken",
}
# Why an adjustment was left out (``analyze --json``'s ``not_adjusted_for`` reasons).
NOT_ADJUSTED_REASONS = {
    "trend": "too few nights",
    "weekend": "too few weekend or weekday nights",
    "season": f"less than {SEASON_DAYS} days of nights",
    "state_before_bed": "logged on too few evenings",
    "yesterday": f"fewer than {NEXT_NIGHT_MIN_NIGHTS} nights",
}

# How "more" and "less" of each outcome read in a sentence: (more, less). "{x}" is the amount,
# "{s}" an "s" unless the amount is 1.
_PHRASES: dict[str, tuple[str, str]] = {
    "total_sleep_min": ("you slept {x} min longer", "you slept {x} min less"),
    "sleep_efficiency": ("your sleep efficiency was {x} point{s} higher", "your sleep efficiency was {x} point{s} lower"),
    "sleep_latency_min": ("you took {x} min longer to fall asleep", "you fell asleep {x} min sooner"),
    "waso_min": ("you lay awake {x} min more in the night", "you lay awake {x} min less in the night"),
    "awakenings": ("you woke {x} more time{s}", "you woke {x} fewer time{s}"),
    "quality": ("you rated your sleep {x} point{s} better", "you rated your sleep {x} point{s} worse"),
    "rested": ("you felt {x} point{s} more rested", "you felt {x} point{s} less rested"),
    "legs_severity": ("your legs were {x} point{s} more uncomfortable", "your legs were {x} point{s} calmer"),
    "symptom_count": ("you had {x} more symptom event{s}", "you had {x} fewer symptom event{s}"),
    "max_symptom_severity": ("your worst symptom was {x} point{s} more severe",
                             "your worst symptom was {x} point{s} milder"),
}
# The unit after a signed interval: "−4 to +5 min".
_UNITS = {"total_sleep_min": " min", "sleep_latency_min": " min", "waso_min": " min",
          "sleep_efficiency": " points"}

# Built-in kinds that read better with an article: "after a warm soak", not "after warm soak".
_WITH_ARTICLE = {"warm_soak": "a warm soak", "massage": "a massage", "heavy_meal": "a heavy meal", "nap": "a nap"}


def kind_phrase(kind: str, name: str | None, builtin: bool) -> str:
    """How a kind reads after "after": "a warm soak", "caffeine", "Ropinirole" (the user's own name)."""
    if kind in _WITH_ARTICLE:
        return _WITH_ARTICLE[kind]
    name = name or kind.replace("_", " ")
    return name.lower() if builtin else name


def fmt(value: float, decimals: int) -> str:
    """A number as people write it: "26", "2.5", "−3" (a real minus sign)."""
    text = f"{value:.{decimals}f}"
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):
        text = "0"
    return text.replace("-", "−")


def signed(value: float, decimals: int) -> str:
    text = fmt(value, decimals)
    return text if text.startswith("−") or text == "0" else "+" + text


def _interval(f: Finding) -> str:
    """The interval in the direction the sentence speaks: "slept 26 min longer (95% CI 22–30"."""
    low, high = sorted((abs(f.interval[0]), abs(f.interval[1])))
    return f"95% CI {fmt(low, f.decimals)}–{fmt(high, f.decimals)}"


def _signed_interval(f: Finding) -> str:
    d = f.decimals
    return f"{signed(f.interval[0], d)} to {signed(f.interval[1], d)}{_UNITS.get(f.outcome, '')}"


def _counts(f: Finding) -> str:
    return f"{f.nights_with} nights with, {f.nights_without} without"


def _change(f: Finding) -> str:
    more, less = _PHRASES.get(f.outcome, ("{x} higher", "{x} lower"))
    x = fmt(f.amount, f.decimals)
    if x == "0":
        return "no difference"
    return (more if f.direction != "less" else less).format(x=x, s="" if x == "1" else "s")


def _title(f: Finding, phrase: str) -> str:
    """The kind's name and what sets the row apart from its plain same-night row."""
    name = f.name or f.kind.replace("_", " ").capitalize()
    if f.row == NEXT:
        return name + " (the night after)"
    if f.row == SUSTAINED:
        return name + " (over four weeks)"
    return name + (f" ({f.dose})" if f.dose else "")


def sentence(f: Finding) -> str:
    """The finding in one English sentence (or two, for the notes)."""
    if f.says == UNLOGGED:
        return _unlogged_words(f.note.count, f.note.span, f.note.many, f.note.after_bad,
                               f.note.after_bad_percent, f.note.gaps)
    if f.says == ADJUSTMENTS:
        return adjustment_words(f.note.adjusted_for, f.note.not_adjusted_for)
    phrase = kind_phrase(f.kind, f.name or None, f.builtin)
    title = _title(f, phrase)
    if f.says == NOT_VARIED:
        return (f"{title}: {OUTCOMES[f.outcome].label.lower()} did not vary in this period "
                f"({_counts(f)}), so there is nothing to compare.")
    if f.says == TOO_FEW_WITH:
        need = f"{f.more_nights_needed} more night{'s' if f.more_nights_needed != 1 else ''} with it"
        return (f"{title}: too few nights to tell yet ({f.nights_with} with it); "
                f"{need} would allow a first estimate.")
    if f.says == TOO_FEW_WITHOUT:
        need = f"{f.more_nights_needed} more night{'s' if f.more_nights_needed != 1 else ''} without it"
        return (f"{title}: used on nearly every night ({f.nights_without} without it), so there is "
                f"nothing to compare with; {need} would allow a first estimate.")
    if f.says == ENTANGLED:
        together = (f"was always used together with {f.entangled_with.replace('_', ' ')}" if f.entangled_with
                    else "always came with the general trend")
        return f"{title} {together}, so the data cannot tell them apart."
    change = _change(f)
    if f.says == NO_DIFFERENCE:
        return (f"{title}: no clear difference yet ({change} on average, but anything from "
                f"{_signed_interval(f)} fits your nights; {_counts(f)}).")
    if f.says == HINT:
        return (f"{title}: a hint, not yet clear: {change} on average ({_interval(f)}), "
                f"but with {f.compared} comparisons made a difference this size can turn up by "
                f"chance ({_counts(f)}).")
    assert f.says == CLEAR, f.says
    detail = f"({_interval(f)}; {_counts(f)})"
    if f.row == NEXT:
        return f"On the night after {phrase} {change} {detail}."
    if f.row == SUSTAINED:
        return (f"After four weeks of {phrase} every night, against four weeks without, {change} "
                f"({_interval(f)}; {f.nights_with} nights after mostly-{phrase} weeks, "
                f"{f.nights_without} after others).")
    if f.row == DOSE:
        return f"At {f.dose}, on nights after {phrase} {change} {detail}."
    if f.trigger:
        return f"After {phrase} {change} {detail}."
    return f"On nights after {phrase} {change} {detail}."


def adjustment_words(adjusted_for, not_adjusted_for) -> str:
    """What the estimates were adjusted for, and what they could not be (with why), in words."""
    names = [ADJUSTMENT_LABELS.get(a, a.replace("_", " ")) for a in adjusted_for]
    said = ", ".join(names) + " and the other habits" if names else "the other habits"
    text = f"Differences are adjusted for {said}."
    missing = [f"{ADJUSTMENT_LABELS.get(a, a)} ({NOT_ADJUSTED_REASONS.get(a, '')})" for a in not_adjusted_for]
    if missing:
        text += " Not adjusted for " + "; ".join(missing) + "."
    return text


def _unlogged_words(count: int, span: int, many: bool, after_bad: bool, after_bad_percent: int, gaps: int) -> str:
    parts = []
    if many:
        parts.append(f"{count} of {span} nights in this period were not logged ({round(100 * count / span)}%)")
    if after_bad:
        parts.append(f"the gaps mostly come after worse nights ({after_bad_percent}% of {gaps} gaps)")
    if not parts:
        return ""
    return ("; ".join(parts).capitalize() + ". If the missing nights were mostly bad ones, "
            "these figures look better than your nights were, and differences may be smaller.")


def unlogged_warning(u) -> str:
    """``analysis.missing.Unlogged``'s warning ("" when nothing to say)."""
    return _unlogged_words(u.count, u.span, u.many, u.mostly_after_bad,
                           round(100 * u.after_bad) if u.after_bad is not None else 0, u.gaps)
