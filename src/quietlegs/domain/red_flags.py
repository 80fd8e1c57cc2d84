"""Warning signs a clinician must hear about, found in the journal's records.

The rules come from the background articles (``shared/domain``): swelling, redness or warmth in
one leg (a clot must be ruled out the same day), a cramp lasting more than 10 minutes,
weakness, numbness or imbalance together with spasms or cramps, needling soreness that outlasts
the usual 72 hours, and leg discomfort that keeps rising although remedies are used most nights.

Each rule finds *episodes*: a sign logged again within a few nights belongs to the same
episode, so a swollen calf logged three nights running is one flag, not three. A flag is dated
by the first night of its episode. The messages are calm and say what to do; they never name
a diagnosis. Nothing here reads the clock: the records and the period are passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import fmean

from quietlegs.domain.night_rule import NightPlacer
from quietlegs.domain.records import Intervention, Night, SymptomEvent
from quietlegs.domain.vocab import BUILTIN_KINDS

URGENT = "urgent"
SOON = "soon"

ONE_LEG_SWELLING = "one_leg_swelling"
CRAMP_OVER_10_MIN = "cramp_over_10_min"
WEAKNESS_OR_NUMBNESS = "weakness_or_numbness"
NEEDLING_SORENESS_OVER_72H = "needling_soreness_over_72h"
WORSENING_DESPITE_CARE = "worsening_despite_care"

RULES: tuple[str, ...] = (
    ONE_LEG_SWELLING, CRAMP_OVER_10_MIN, WEAKNESS_OR_NUMBNESS, NEEDLING_SORENESS_OVER_72H, WORSENING_DESPITE_CARE,
)

URGENCY: dict[str, str] = {
    ONE_LEG_SWELLING: URGENT,
    CRAMP_OVER_10_MIN: SOON,
    WEAKNESS_OR_NUMBNESS: SOON,
    NEEDLING_SORENESS_OVER_72H: SOON,
    WORSENING_DESPITE_CARE: SOON,
}

# English source texts; the faces translate them (the window with tr(), the report likewise).
MESSAGES: dict[str, str] = {
    ONE_LEG_SWELLING: (
        "Swelling, redness or warmth was logged in one leg. In one leg this should be checked the same "
        "day, so that a blood clot can be ruled out: please seek care today. If you are short of breath "
        "or have chest pain, call emergency services."),
    CRAMP_OVER_10_MIN: (
        "A cramp lasted more than 10 minutes. Cramps this long are worth telling your doctor about soon; "
        "if one lasts this long again or is unbearable, seek care straight away."),
    WEAKNESS_OR_NUMBNESS: (
        "Weakness, numbness or imbalance was logged together with spasms or cramps. This is worth "
        "telling your doctor soon, so that the nerves can be checked."),
    NEEDLING_SORENESS_OVER_72H: (
        "Soreness was still logged more than 72 hours after a dry-needling session; it usually settles "
        "within 72 hours. Worth telling your practitioner or doctor soon, sooner if the spot is red, "
        "warm or swollen, or you have a fever."),
    WORSENING_DESPITE_CARE: (
        "Leg discomfort has been rising for two weeks or more although remedies were used most nights. "
        "Worth telling your doctor soon: the plan may need a change."),
}

TITLES: dict[str, str] = {
    ONE_LEG_SWELLING: "Swelling, redness or warmth in one leg",
    CRAMP_OVER_10_MIN: "A cramp longer than 10 minutes",
    WEAKNESS_OR_NUMBNESS: "Weakness or numbness with spasms or cramps",
    NEEDLING_SORENESS_OVER_72H: "Soreness more than 72 hours after dry needling",
    WORSENING_DESPITE_CARE: "Leg discomfort rising despite remedies",
}

LONG_CRAMP_MIN = 10  # "a leg cramp that lasts more than 10 minutes"
NEEDLING_SORENESS = timedelta(hours=72)  # needling soreness "resolves within 72 hours"
NEEDLING_FOLLOW = timedelta(days=14)  # soreness later than this is no longer about that session
EPISODE_GAP_DAYS = 3  # a sign logged again within this many nights is the same episode
WORSENING_WINDOW_DAYS = 14  # "over two weeks or more"
WORSENING_RISE = 2.0  # points of 0–10 leg discomfort, second week's mean over the first's
WORSENING_MIN_LEVEL = 4.0  # ... and the second week at least moderate: a rise from 0 to 2 is no alarm
WORSENING_MIN_PER_WEEK = 4  # nights with a leg score in each week of the window
WORSENING_GAP_DAYS = WORSENING_WINDOW_DAYS  # a rise that carries on is the same episode
NOT_REMEDIES = frozenset({"trigger"})  # categories that are exposures, not care


@dataclass(frozen=True)
class RedFlag:
    rule: str
    night_of: date  # the first night of the episode
    urgency: str  # URGENT or SOON
    message: str

    @property
    def episode(self) -> str:
        """A stable name for the episode: the window remembers which ones were dismissed."""
        return f"{self.rule}:{self.night_of.isoformat()}"

    @property
    def title(self) -> str:
        return TITLES[self.rule]

    def as_json(self) -> dict:
        return {"rule": self.rule, "night_of": self.night_of.isoformat(), "message": self.message}


def _flag(rule: str, night_of: date) -> RedFlag:
    return RedFlag(rule, night_of, URGENCY[rule], MESSAGES[rule])


def _episodes(nights: Iterable[date], gap_days: int = EPISODE_GAP_DAYS) -> list[date]:
    """The first night of each run of nights whose neighbours are at most ``gap_days`` apart."""
    firsts: list[date] = []
    last: date | None = None
    for night in sorted(set(nights)):
        if last is None or (night - last).days > gap_days:
            firsts.append(night)
        last = night
    return firsts


def _present(s: SymptomEvent) -> bool:
    return s.severity > 0  # severity 0 means "none": nothing was felt


# ---------------------------------------------------------------------- the rules

def _legs_sides(locations: Iterable[str]) -> set[str]:
    sides: set[str] = set()
    for loc in locations:
        if loc == "both_legs":
            sides |= {"left", "right"}
        elif loc.startswith(("left_", "right_")):
            sides.add(loc.split("_", 1)[0])
    return sides


def one_leg_swelling(symptoms: Iterable[SymptomEvent], placer: NightPlacer) -> list[date]:
    """Nights with swelling, redness or warmth on one side only. Both legs swollen that night (one
    event or two) is not this sign; nor is swelling logged without a side."""
    sides: dict[date, set[str]] = {}
    for s in symptoms:
        if s.kind == "swelling" and _present(s):
            sides.setdefault(placer.night_of(s.at), set()).update(_legs_sides(s.locations))
    return [night for night, found in sides.items() if len(found) == 1]


def cramp_over_10_min(symptoms: Iterable[SymptomEvent], placer: NightPlacer) -> list[date]:
    """Nights with a cramp lasting more than 10 minutes (exactly 10 is not more). When its length
    is not logged, a cramp that took more than 10 minutes to ease lasted at least that long."""
    nights = []
    for s in symptoms:
        if s.kind != "cramp" or not _present(s):
            continue
        lasted = s.duration_min if s.duration_min is not None else s.relief_min
        if lasted is not None and lasted > LONG_CRAMP_MIN:
            nights.append(placer.night_of(s.at))
    return nights


def weakness_or_numbness(symptoms: Iterable[SymptomEvent], placer: NightPlacer) -> list[date]:
    """Nights with weakness, imbalance or numbness and, the same night, spasms or cramps."""
    nerve: set[date] = set()
    muscle: set[date] = set()
    for s in symptoms:
        if not _present(s):
            continue
        if s.kind in ("weakness", "numbness_tingling"):
            nerve.add(placer.night_of(s.at))
        elif s.kind in ("spasm", "cramp"):
            muscle.add(placer.night_of(s.at))
    return sorted(nerve & muscle)


def needling_soreness_over_72h(symptoms: Iterable[SymptomEvent], interventions: Iterable[Intervention],
                               placer: NightPlacer) -> list[date]:
    """For each dry-needling session, the night of the first soreness logged more than 72 hours
    after it (and before the next session, within two weeks): one flag per session."""
    sessions = sorted(i.at for i in interventions if i.kind == "dry_needling")
    soreness = sorted(s.at for s in symptoms if s.kind == "soreness" and _present(s))
    nights = []
    for k, session in enumerate(sessions):
        until = min(session + NEEDLING_FOLLOW, sessions[k + 1] if k + 1 < len(sessions) else datetime.max)
        late = [at for at in soreness if session + NEEDLING_SORENESS < at < until]
        if late:
            nights.append(placer.night_of(late[0]))
    return nights


def _is_remedy(kind: str, categories: Mapping[str, str]) -> bool:
    category = categories.get(kind) or _BUILTIN_CATEGORIES.get(kind, "other")
    return category not in NOT_REMEDIES


_BUILTIN_CATEGORIES = {k.slug: k.category for k in BUILTIN_KINDS}


def worsening_despite_care(nights: Iterable[Night], interventions: Iterable[Intervention], placer: NightPlacer,
                           categories: Mapping[str, str]) -> list[date]:
    """Last nights of a two-week window in which leg discomfort rose (the second week's mean at
    least 2 points over the first's and at least 4, each week with 4 scored nights or more, the window's first
    night scored) while remedies (any
    kind that is not a trigger; a user's kind of unknown category counts) were used on most of
    the window's nights (8 of 14 or more)."""
    cared = {placer.night_of(i.at) for i in interventions if _is_remedy(i.kind, categories)}
    scores = {n.night_of: n.legs_severity for n in nights if n.legs_severity is not None}
    if not scores:
        return []
    half = WORSENING_WINDOW_DAYS // 2
    found = []
    for end in sorted(scores):
        first_week = [scores[d] for k in range(half, WORSENING_WINDOW_DAYS)
                      if (d := end - timedelta(days=k)) in scores]
        second_week = [scores[d] for k in range(half) if (d := end - timedelta(days=k)) in scores]
        if end - timedelta(days=WORSENING_WINDOW_DAYS - 1) not in scores:
            continue  # the rise must be measured over two whole weeks
        if len(first_week) < WORSENING_MIN_PER_WEEK or len(second_week) < WORSENING_MIN_PER_WEEK:
            continue
        if fmean(second_week) - fmean(first_week) < WORSENING_RISE or fmean(second_week) < WORSENING_MIN_LEVEL:
            continue
        cared_nights = sum(1 for k in range(WORSENING_WINDOW_DAYS) if end - timedelta(days=k) in cared)
        if 2 * cared_nights > WORSENING_WINDOW_DAYS:
            found.append(end)
    return found


# ---------------------------------------------------------------------- all together

def find_red_flags(nights: Iterable[Night], symptoms: Iterable[SymptomEvent], interventions: Iterable[Intervention],
                   first: date | None = None, last: date | None = None,
                   categories: Mapping[str, str] | None = None) -> list[RedFlag]:
    """Every red-flag episode whose first night lies in ``first``..``last`` (inclusive; ``None`` =
    open), the urgent ones first, then by night. ``categories``: the journal's kinds by slug (a
    user's own kinds), for telling remedies from triggers."""
    nights, symptoms, interventions = list(nights), list(symptoms), list(interventions)
    placer = NightPlacer(nights)
    found: dict[str, list[date]] = {
        ONE_LEG_SWELLING: _episodes(one_leg_swelling(symptoms, placer)),
        CRAMP_OVER_10_MIN: _episodes(cramp_over_10_min(symptoms, placer)),
        WEAKNESS_OR_NUMBNESS: _episodes(weakness_or_numbness(symptoms, placer)),
        NEEDLING_SORENESS_OVER_72H: sorted(set(needling_soreness_over_72h(symptoms, interventions, placer))),
        WORSENING_DESPITE_CARE: _episodes(worsening_despite_care(nights, interventions, placer, categories or {}),
                                          WORSENING_GAP_DAYS),
    }
    flags = [_flag(rule, night) for rule, starts in found.items() for night in starts
             if (first is None or night >= first) and (last is None or night <= last)]
    return sorted(flags, key=lambda f: (f.urgency != URGENT, f.night_of, RULES.index(f.rule)))
