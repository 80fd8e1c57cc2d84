"""The effects of ``analysis.effects`` as structured findings, best first, with no words in them.

A :class:`Finding` says *what* there is to say about one row of the analysis (one kind at one
lag or dose band): its verdict (helps, hurts, unclear, too little data), what the sentence
will say (:data:`CLEAR`, :data:`NO_DIFFERENCE`, :data:`HINT`, :data:`TOO_FEW_WITH` …), the
row type (same night, next night, sustained, dose band), the direction and size of the
adjusted difference, its interval, the counts, and the kind's name as the journal has it.
Two notes come with the findings: an :class:`UnloggedNote` first when many nights, or mostly
those after bad nights, are unlogged, and an :class:`AdjustmentNote` last (what the estimates
were adjusted for, and what they could not be).

The words live elsewhere, in one place per face: :mod:`quietlegs.analysis.findings_english`
for the command line (``quietlegs analyze``) and :mod:`quietlegs.report.finding_words` (Qt's
translations, the user's language) for the window and the report. Both speak of association
("on nights after"), never of cause.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quietlegs.analysis.design import NEXT, SAME, SUSTAINED
from quietlegs.analysis.effects import NO_VARIATION, Effect, EffectsResult
from quietlegs.analysis.missing import Unlogged
from quietlegs.analysis.outcomes import OUTCOMES, Outcome

HELPS, HURTS, UNCLEAR, TOO_LITTLE = "helps", "hurts", "unclear", "too_little_data"
WARNING, NOTE = "warning", "note"  # not verdicts: what the page says about the period itself
VERDICT_ORDER = {WARNING: -1, HELPS: 0, HURTS: 1, UNCLEAR: 2, TOO_LITTLE: 3, NOTE: 4}

# Row types: the lags of ``analysis.design`` plus a dose band of a same-night row.
DOSE = "dose"
ROWS = (SAME, NEXT, SUSTAINED, DOSE)

# What a finding says (its sentence's shape).
CLEAR = "clear"  # helps or hurts: the change, its interval and counts
NO_DIFFERENCE = "no_difference"  # unclear: the interval spans no difference
HINT = "hint"  # unclear: the interval misses zero, but not after the many-kinds correction
TOO_FEW_WITH = "too_few_with"  # too little data: too few nights with the kind
TOO_FEW_WITHOUT = "too_few_without"  # too little data: used on nearly every night
ENTANGLED = "entangled"  # unclear: always used together with another kind, or with the trend
NOT_VARIED = NO_VARIATION  # unclear: the outcome did not vary
UNLOGGED = "unlogged"  # the warning about unlogged nights
ADJUSTMENTS = "adjustments"  # the note about what was adjusted for

MORE, LESS, SAME_AMOUNT = "more", "less", "none"  # direction of the outcome's change


@dataclass(frozen=True)
class UnloggedNote:
    """Unlogged nights worth a warning: ``count`` of ``span`` nights (``percent`` %) when
    ``many``; ``after_bad_percent`` % of ``gaps`` gaps after worse nights when ``after_bad``."""

    count: int
    span: int
    percent: int
    many: bool
    after_bad: bool
    after_bad_percent: int
    gaps: int


@dataclass(frozen=True)
class AdjustmentNote:
    """What the estimates were adjusted for, and what they could not be (names as in
    ``EffectsResult.adjusted_for``; the reason for each is :data:`NOT_ADJUSTED_REASONS`'s)."""

    adjusted_for: tuple[str, ...]
    not_adjusted_for: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    kind: str  # "" for the notes
    verdict: str  # HELPS, HURTS, UNCLEAR or TOO_LITTLE (WARNING, NOTE: about the period, no effect)
    says: str  # CLEAR, NO_DIFFERENCE, HINT, TOO_FEW_WITH, TOO_FEW_WITHOUT, ENTANGLED, NOT_VARIED,
    #            UNLOGGED or ADJUSTMENTS
    effect: Effect | None = None
    outcome: str = ""
    row: str = SAME  # SAME, NEXT, SUSTAINED or DOSE
    dose: str | None = None  # the dose band ("400 mg"), as the journal's amounts and unit read
    name: str = ""  # the kind's name as the journal has it ("Warm soak", "Ropinirole"); "" if unknown
    builtin: bool = False  # a built-in kind (its name is the app's, so it can be translated)
    trigger: bool = False  # a trigger (caffeine): reads "After caffeine …"
    direction: str = SAME_AMOUNT  # MORE or LESS of the outcome (the adjusted difference's sign)
    amount: float | None = None  # the adjusted difference's size, in the outcome's units (≥ 0)
    interval: tuple[float, float] | None = None  # the 95% interval of the adjusted difference
    nights_with: int = 0
    nights_without: int = 0
    more_nights_needed: int = 0  # TOO_FEW_*: how many more nights would allow a first estimate
    compared: int = 0  # HINT: how many estimates were made (the correction's reason)
    entangled_with: str = ""  # ENTANGLED: the other kind's slug, "" for the general trend
    entangled_name: str = ""  # ENTANGLED: the other kind's name
    note: UnloggedNote | AdjustmentNote | None = None  # WARNING and NOTE only

    @property
    def decimals(self) -> int:
        return OUTCOMES[self.outcome].decimals if self.outcome in OUTCOMES else 0


def verdict_of(e: Effect, outcome: Outcome) -> str:
    if e.note == NO_VARIATION:
        return UNCLEAR
    if not e.enough_data or e.adjusted_difference is None:
        return TOO_LITTLE if not e.enough_data else UNCLEAR
    if not e.clear:
        return UNCLEAR
    better = (e.adjusted_difference > 0) == outcome.higher_is_better
    return HELPS if better else HURTS


def _says(e: Effect, verdict: str) -> str:
    if e.note == NO_VARIATION:
        return NOT_VARIED
    if verdict == TOO_LITTLE:
        return TOO_FEW_WITH if e.short_of == "with" else TOO_FEW_WITHOUT
    if e.adjusted_difference is None:
        return ENTANGLED
    if verdict == UNCLEAR:
        return NO_DIFFERENCE if e.ci_low <= 0 <= e.ci_high else HINT
    return CLEAR


def row_of(e: Effect) -> str:
    if e.lag in (NEXT, SUSTAINED):
        return e.lag
    return DOSE if e.dose else SAME


def describe(e: Effect, outcome: Outcome, *, name: str = "", builtin: bool = False, trigger: bool = False,
             compared: int = 1, entangled_name: str = "") -> Finding:
    """The finding for one row of the analysis (``name``: the kind's name in the journal)."""
    verdict = verdict_of(e, outcome)
    amount = e.adjusted_difference
    entangled = e.entangled_with if e.entangled_with not in ("", "the trend") else ""
    return Finding(
        kind=e.kind, verdict=verdict, says=_says(e, verdict), effect=e, outcome=outcome.name, row=row_of(e),
        dose=e.dose, name=name, builtin=builtin, trigger=trigger,
        direction=SAME_AMOUNT if amount is None else (MORE if amount >= 0 else LESS),
        amount=None if amount is None else abs(amount),
        interval=None if e.ci_low is None or e.ci_high is None else (e.ci_low, e.ci_high),
        nights_with=e.nights_with, nights_without=e.nights_without, more_nights_needed=e.more_nights_needed,
        compared=compared, entangled_with=entangled,
        entangled_name=entangled_name or entangled.replace("_", " "),
    )


def unlogged_note(unlogged: Unlogged) -> UnloggedNote | None:
    """The warning's numbers, or ``None`` when the unlogged nights are nothing to warn about."""
    if not (unlogged.many or unlogged.mostly_after_bad):
        return None
    return UnloggedNote(count=unlogged.count, span=unlogged.span,
                        percent=round(100 * unlogged.count / unlogged.span) if unlogged.span else 0,
                        many=unlogged.many, after_bad=unlogged.mostly_after_bad,
                        after_bad_percent=round(100 * unlogged.after_bad) if unlogged.after_bad is not None else 0,
                        gaps=unlogged.gaps)


# Adjustments whose absence is worth saying (the others only exist for some kinds).
SAID_WHEN_MISSING = ("trend", "weekend", "season", "state_before_bed")


def adjustment_note(result: EffectsResult) -> AdjustmentNote:
    return AdjustmentNote(adjusted_for=tuple(result.adjusted_for),
                          not_adjusted_for=tuple(a for a, _ in result.not_adjusted_for if a in SAID_WHEN_MISSING))


def findings(result: EffectsResult, kind_names: Mapping[str, str] | None = None,
             categories: Mapping[str, str] | None = None, builtin: frozenset[str] | set[str] = frozenset()
             ) -> list[Finding]:
    """The findings for ``result``, best first: what seems to help (largest first), what
    seems to hurt (largest first), what is unclear, and what has too little data; the warning
    about unlogged nights first and the note about the adjustments last."""
    outcome = OUTCOMES[result.outcome]
    kind_names = kind_names or {}
    categories = categories or {}
    out = []
    compared = sum(x.adjusted_difference is not None for x in result.effects)
    for e in result.effects:
        other = e.entangled_with if e.entangled_with not in ("", "the trend") else ""
        f = describe(e, outcome, name=kind_names.get(e.kind) or "", builtin=e.kind in builtin,
                     trigger=categories.get(e.kind) == "trigger", compared=compared,
                     entangled_name=kind_names.get(other, "") if other else "")
        if e.lag == NEXT and f.verdict != HELPS and f.verdict != HURTS:
            continue  # every kind has a next-night row: only the clear ones are worth a line
        out.append(f)

    def size(f: Finding) -> float:
        if f.effect is None:
            return 0.0
        if f.verdict in (HELPS, HURTS) and f.effect.adjusted_difference is not None:
            return -abs(f.effect.adjusted_difference)
        return -(f.effect.nights_with + f.effect.nights_without)

    unlogged = getattr(result, "unlogged", None)
    warned = unlogged_note(unlogged) if unlogged is not None else None
    if warned is not None:
        out.append(Finding(kind="", verdict=WARNING, says=UNLOGGED, outcome=result.outcome, note=warned))
    if result.effects and getattr(result, "outcome_varies", True):
        out.append(Finding(kind="", verdict=NOTE, says=ADJUSTMENTS, outcome=result.outcome,
                           note=adjustment_note(result)))
    out.sort(key=lambda f: (VERDICT_ORDER[f.verdict], size(f), f.kind, _LAG_ORDER.get(f.effect.lag, 0) if f.effect else 0))
    return out


_LAG_ORDER = {SAME: 0, NEXT: 1, SUSTAINED: 2}


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
