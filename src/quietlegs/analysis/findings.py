"""The effects of ``analysis.effects`` in plain words a person can act on, best first.

"On nights after a warm soak you slept 26 min longer (95% CI 22–30; 183 nights with, 483
without)". Triggers read as triggers ("After caffeine you slept 22 min less"). The words speak
of association ("on nights after"), never of cause. Kinds with too little data say so and how
many more nights would help; kinds whose interval spans "no difference" say the data cannot
tell yet. A kind's next-night row reads "On the night after exercise …", a slow-acting kind's
sustained row "After four weeks of iron every night …", a dose band "At 400 mg, on nights after
magnesium …". An outcome that never varied gets no verdict. Two notes come with the findings:
a warning first when many nights, or mostly those after bad nights, are unlogged, and last
what the estimates were adjusted for (and what they could not be).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quietlegs.analysis.design import ADJUSTMENT_LABELS, NEXT, SUSTAINED
from quietlegs.analysis.effects import NO_VARIATION, Effect, EffectsResult
from quietlegs.analysis.outcomes import OUTCOMES, Outcome

HELPS, HURTS, UNCLEAR, TOO_LITTLE = "helps", "hurts", "unclear", "too_little_data"
WARNING, NOTE = "warning", "note"  # not verdicts: what the page says about the period itself
VERDICT_ORDER = {WARNING: -1, HELPS: 0, HURTS: 1, UNCLEAR: 2, TOO_LITTLE: 3, NOTE: 4}

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


@dataclass(frozen=True)
class Finding:
    kind: str
    verdict: str  # HELPS, HURTS, UNCLEAR or TOO_LITTLE (WARNING, NOTE: about the period, no effect)
    text: str
    effect: Effect | None


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


def _interval(e: Effect, outcome: Outcome) -> str:
    """The interval in the direction the sentence speaks: "slept 26 min longer (95% CI 22–30"."""
    low, high = sorted((abs(e.ci_low), abs(e.ci_high)))
    return f"95% CI {fmt(low, outcome.decimals)}–{fmt(high, outcome.decimals)}"


def _signed_interval(e: Effect, outcome: Outcome) -> str:
    d = outcome.decimals
    return f"{signed(e.ci_low, d)} to {signed(e.ci_high, d)}{_UNITS.get(outcome.name, '')}"


def _counts(e: Effect) -> str:
    return f"{e.nights_with} nights with, {e.nights_without} without"


def _change(outcome: Outcome, amount: float) -> str:
    more, less = _PHRASES.get(outcome.name, ("{x} higher", "{x} lower"))
    x = fmt(abs(amount), outcome.decimals)
    if x == "0":
        return "no difference"
    return (more if amount >= 0 else less).format(x=x, s="" if x == "1" else "s")


def verdict_of(e: Effect, outcome: Outcome) -> str:
    if e.note == NO_VARIATION:
        return UNCLEAR
    if not e.enough_data or e.adjusted_difference is None:
        return TOO_LITTLE if not e.enough_data else UNCLEAR
    if not e.clear:
        return UNCLEAR
    better = (e.adjusted_difference > 0) == outcome.higher_is_better
    return HELPS if better else HURTS


def describe(e: Effect, outcome: Outcome, phrase: str, is_trigger: bool, compared: int = 1,
             name: str | None = None) -> tuple[str, str]:
    """(verdict, sentence) for one kind's effect; ``phrase`` reads after "after", ``name`` starts a line."""
    verdict = verdict_of(e, outcome)
    title = (name or phrase[:1].upper() + phrase[1:]) + _which(e)
    if e.note == NO_VARIATION:
        return verdict, (f"{title}: {outcome.label.lower()} did not vary in this period "
                         f"({_counts(e)}), so there is nothing to compare.")
    if verdict == TOO_LITTLE:
        if e.short_of == "with":
            need = f"{e.more_nights_needed} more night{'s' if e.more_nights_needed != 1 else ''} with it"
            text = (f"{title}: too few nights to tell yet ({e.nights_with} with it); "
                    f"{need} would allow a first estimate.")
        else:
            need = f"{e.more_nights_needed} more night{'s' if e.more_nights_needed != 1 else ''} without it"
            text = (f"{title}: used on nearly every night ({e.nights_without} without it), so there is "
                    f"nothing to compare with; {need} would allow a first estimate.")
        return verdict, text
    if e.adjusted_difference is None:
        other = e.entangled_with
        together = "always came with the general trend" if other in ("", "the trend") else \
            f"was always used together with {other.replace('_', ' ')}"
        return UNCLEAR, f"{title} {together}, so the data cannot tell them apart."
    change = _change(outcome, e.adjusted_difference)
    if verdict == UNCLEAR:
        if e.ci_low <= 0 <= e.ci_high:
            return verdict, (f"{title}: no clear difference yet ({change} on average, but anything from "
                             f"{_signed_interval(e, outcome)} fits your nights; {_counts(e)}).")
        return verdict, (f"{title}: a hint, not yet clear: {change} on average ({_interval(e, outcome)}), "
                         f"but with {compared} comparisons made a difference this size can turn up by "
                         f"chance ({_counts(e)}).")
    detail = f"({_interval(e, outcome)}; {_counts(e)})"
    if e.lag == NEXT:
        return verdict, f"On the night after {phrase} {change} {detail}."
    if e.lag == SUSTAINED:
        return verdict, (f"After four weeks of {phrase} every night, against four weeks without, {change} "
                         f"({_interval(e, outcome)}; {e.nights_with} nights after mostly-{phrase} weeks, "
                         f"{e.nights_without} after others).")
    if e.dose:
        return verdict, f"At {e.dose}, on nights after {phrase} {change} {detail}."
    if is_trigger:
        return verdict, f"After {phrase} {change} {detail}."
    return verdict, f"On nights after {phrase} {change} {detail}."


def _which(e: Effect) -> str:
    """What sets a row apart from the kind's plain same-night row, for its title."""
    if e.lag == NEXT:
        return " (the night after)"
    if e.lag == SUSTAINED:
        return " (over four weeks)"
    return f" ({e.dose})" if e.dose else ""


def adjustment_note(result: EffectsResult) -> str:
    """What the estimates were adjusted for, and what they could not be, in words."""
    names = [ADJUSTMENT_LABELS.get(a, a.replace("_", " ")) for a in result.adjusted_for]
    said = ", ".join(names) + " and the other habits" if names else "the other habits"
    text = f"Differences are adjusted for {said}."
    missing = [f"{ADJUSTMENT_LABELS.get(a, a)} ({why})" for a, why in result.not_adjusted_for
               if a in ("trend", "weekend", "season", "state_before_bed")]
    if missing:
        text += " Not adjusted for " + "; ".join(missing) + "."
    return text


def findings(result: EffectsResult, kind_names: Mapping[str, str] | None = None,
             categories: Mapping[str, str] | None = None, builtin: frozenset[str] | set[str] = frozenset()
             ) -> list[Finding]:
    """Plain-words findings for ``result``, best first: what seems to help (largest first), what
    seems to hurt (largest first), what is unclear, and what has too little data."""
    outcome = OUTCOMES[result.outcome]
    kind_names = kind_names or {}
    categories = categories or {}
    out = []
    compared = sum(x.adjusted_difference is not None for x in result.effects)
    for e in result.effects:
        phrase = kind_phrase(e.kind, kind_names.get(e.kind), e.kind in builtin)
        verdict, text = describe(e, outcome, phrase, categories.get(e.kind) == "trigger",
                                 compared=compared,
                                 name=kind_names.get(e.kind) or e.kind.replace("_", " ").capitalize())
        if e.lag == NEXT and verdict != HELPS and verdict != HURTS:
            continue  # every kind has a next-night row: only the clear ones are worth a line
        out.append(Finding(kind=e.kind, verdict=verdict, text=text, effect=e))

    def size(f: Finding) -> float:
        if f.effect is None:
            return 0.0
        if f.verdict in (HELPS, HURTS) and f.effect.adjusted_difference is not None:
            return -abs(f.effect.adjusted_difference)
        return -(f.effect.nights_with + f.effect.nights_without)

    unlogged = getattr(result, "unlogged", None)
    if unlogged is not None and unlogged.warning:
        out.append(Finding(kind="", verdict=WARNING, text=unlogged.warning, effect=None))
    if result.effects and getattr(result, "outcome_varies", True):
        out.append(Finding(kind="", verdict=NOTE, text=adjustment_note(result), effect=None))
    out.sort(key=lambda f: (VERDICT_ORDER[f.verdict], size(f), f.kind, _LAG_ORDER.get(f.effect.lag, 0) if f.effect else 0))
    return out


_LAG_ORDER = {"same_night": 0, NEXT: 1, SUSTAINED: 2}


def catalog(kinds) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Names, categories and built-in slugs from a journal's kinds plus the built-in catalog."""
    from quietlegs.domain.vocab import BUILTIN_KINDS

    names = {k.slug: k.name for k in BUILTIN_KINDS}
    cats = {k.slug: k.category for k in BUILTIN_KINDS}
    builtin = {k.slug for k in BUILTIN_KINDS}
    for k in kinds:
        names[k.slug] = k.name
        cats[k.slug] = k.category
        if k.builtin:
            builtin.add(k.slug)
    return names, cats, frozenset(builtin)
