"""Journals generated from the situations of real lives that fool a naive analysis (issue 11),
each with its true effects, and the rates that judge the analysis on them.

Every situation: total sleep = 400 min + its own pattern + the true effects of what was used
+ AR(1) noise (a bad week is a bad week; φ = 0.6, innovations sd 20 min unless said). The true
effect of a row is keyed (kind, lag, dose) as the analysis reports it.

* ``bad_evenings``: an urge logged before bed comes on bad evenings (the noise) and costs sleep;
  a warm soak (no effect) and a massage (+15) are taken mostly on those evenings.
* ``next_night``: exercise on a Mon/Wed/Fri routine helps the *following* night (+20), not its
  own; Friday and Saturday nights are 20 min shorter.
* ``weekends``: Friday/Saturday nights are 30 min shorter and bring caffeine (−15), alcohol
  (−10) and a massage (no effect).
* ``seasons``: two years, 40 min more sleep in midwinter; warm soaks (no effect) mostly in winter.
* ``slow_iron``: iron taken on most days of two stretches; its benefit is 20 min × the share of
  the last 28 days with a dose, so tonight's dose alone changes nothing.
* ``flare``: a flare (−70 min, settling over about a month) at the start; stretching (no
  effect) starts on day 60; urges before bed are frequent during the flare.
* ``unlogged``: a quarter of the nights unlogged, mostly the nights after bad ones and bad
  nights themselves.
* ``dose``: magnesium at 200 mg (no effect) or 400 mg (+20).
* ``short_sticky``: 120 nights, day-to-day correlation 0.9.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from quietlegs.domain.records import Intervention, JournalData, Night, SymptomEvent

FIRST = date(2024, 1, 1)  # a Monday


@dataclass
class Day:
    """What the generator decided for one night."""

    day: int
    night_of: date
    noise: float
    used: dict = field(default_factory=dict)  # kind -> amount (None: no amount)
    urge: int = 0  # severity of the urge logged before bed (0: none)
    sleep: float = 400.0
    logged: bool = True


@dataclass(frozen=True)
class Situation:
    name: str
    nights: int
    truths: dict  # (kind, lag, dose) -> true effect
    day: Callable  # (rng, Day, history: list[Day]) -> None: sets used, urge, sleep, logged
    phi: float = 0.6
    noise_sd: float = 20.0
    outcome: str = "total_sleep_min"


def _p(rng: random.Random, chance: float) -> bool:
    return rng.random() < chance


def _weekend(d: Day) -> bool:
    return d.night_of.weekday() in (4, 5)


def _bad_evenings(rng, d: Day, history) -> None:
    if _p(rng, 0.7 if d.noise < -10 else 0.12):
        d.urge = max(1, min(10, round(4 - d.noise / 12 + rng.gauss(0, 1))))
    d.used = {k: None for k, chance in (("warm_soak", 0.7 if d.urge else 0.1), ("massage", 0.5 if d.urge else 0.1),
                                         ("caffeine", 0.3)) if _p(rng, chance)}
    d.sleep += -4 * d.urge + 15 * ("massage" in d.used) - 15 * ("caffeine" in d.used)


def _next_night(rng, d: Day, history) -> None:
    routine = d.night_of.weekday() in (0, 2, 4)
    d.used = {k: None for k, chance in (("exercise", 0.85 if routine else 0.05), ("stretching", 0.4)) if _p(rng, chance)}
    yesterday = history[-1].used if history else {}
    d.sleep += 20 * ("exercise" in yesterday) + 10 * ("stretching" in d.used) - 20 * _weekend(d)


def _weekends(rng, d: Day, history) -> None:
    w = _weekend(d)
    d.used = {k: None for k, chance in (("caffeine", 0.6 if w else 0.15), ("alcohol", 0.5 if w else 0.05),
                                         ("massage", 0.5 if w else 0.1)) if _p(rng, chance)}
    d.sleep += -30 * w - 15 * ("caffeine" in d.used) - 10 * ("alcohol" in d.used)


def _seasons(rng, d: Day, history) -> None:
    winter = math.cos(2 * math.pi * (d.night_of.timetuple().tm_yday - 15) / 365.25)
    d.used = {k: None for k, chance in (("warm_soak", 0.7 if winter > 0.3 else 0.05), ("stretching", 0.4))
              if _p(rng, chance)}
    d.sleep += 40 * winter + 10 * ("stretching" in d.used)


def _slow_iron(rng, d: Day, history) -> None:
    on = 100 <= d.day < 240 or 290 <= d.day
    d.used = {k: None for k, chance in (("iron", 0.85 if on else 0.0), ("magnesium", 0.5)) if _p(rng, chance)}
    back = history[-28:] or [d]
    share = sum("iron" in h.used for h in back) / len(back)
    d.sleep += 20 * share


def _flare(rng, d: Day, history) -> None:
    flare = math.exp(-d.day / 35)
    if _p(rng, 0.15 + 0.6 * flare):
        d.urge = max(1, min(10, round(3 + 4 * flare + rng.gauss(0, 1.5))))
    d.used = {k: None for k, chance in (("stretching", 0.7 if d.day >= 60 else 0.0), ("warm_soak", 0.3))
              if _p(rng, chance)}
    d.sleep += -70 * flare - 3 * d.urge + 20 * ("warm_soak" in d.used)


def _unlogged(rng, d: Day, history) -> None:
    d.used = {k: None for k, chance in (("warm_soak", 0.3), ("caffeine", 0.3), ("magnesium", 0.5)) if _p(rng, chance)}
    d.sleep += 25 * ("warm_soak" in d.used) - 20 * ("caffeine" in d.used)
    after_bad = bool(history) and history[-1].noise < -15
    d.logged = not _p(rng, 0.08 + (0.45 if after_bad else 0.0) + (0.15 if d.noise < -20 else 0.0))


def _dose(rng, d: Day, history) -> None:
    r = rng.random()
    d.used = {"magnesium": 200.0} if r < 0.25 else {"magnesium": 400.0} if r < 0.5 else {}
    if _p(rng, 0.3):
        d.used["warm_soak"] = None
    d.sleep += 20 * (d.used.get("magnesium") == 400.0) + 25 * ("warm_soak" in d.used)


def _short(rng, d: Day, history) -> None:
    d.used = {k: None for k, chance in (("warm_soak", 0.3), ("magnesium", 0.5)) if _p(rng, chance)}
    d.sleep += 25 * ("warm_soak" in d.used)


SITUATIONS: dict[str, Situation] = {s.name: s for s in (
    Situation("bad_evenings", 365, {("warm_soak", "same_night", None): 0.0, ("massage", "same_night", None): 15.0,
                                    ("caffeine", "same_night", None): -15.0}, _bad_evenings),
    Situation("next_night", 365, {("exercise", "same_night", None): 0.0, ("exercise", "next_night", None): 20.0,
                                  ("stretching", "same_night", None): 10.0,
                                  ("stretching", "next_night", None): 0.0}, _next_night),
    Situation("weekends", 365, {("caffeine", "same_night", None): -15.0, ("alcohol", "same_night", None): -10.0,
                                ("massage", "same_night", None): 0.0}, _weekends),
    Situation("seasons", 730, {("warm_soak", "same_night", None): 0.0,
                               ("stretching", "same_night", None): 10.0}, _seasons),
    Situation("slow_iron", 365, {("iron", "same_night", None): 0.0, ("iron", "sustained", None): 20.0,
                                 ("magnesium", "same_night", None): 0.0}, _slow_iron),
    Situation("flare", 365, {("stretching", "same_night", None): 0.0,
                             ("warm_soak", "same_night", None): 20.0}, _flare),
    Situation("unlogged", 365, {("warm_soak", "same_night", None): 25.0, ("caffeine", "same_night", None): -20.0,
                                ("magnesium", "same_night", None): 0.0}, _unlogged),
    Situation("dose", 365, {("magnesium", "same_night", "200 mg"): 0.0, ("magnesium", "same_night", "400 mg"): 20.0,
                            ("warm_soak", "same_night", None): 25.0}, _dose),
    Situation("short_sticky", 120, {("warm_soak", "same_night", None): 25.0,
                                    ("magnesium", "same_night", None): 0.0}, _short, phi=0.9, noise_sd=10.0),
)}


def generate(situation: Situation, seed: int) -> JournalData:
    """One journal of ``situation``: its nights (the logged ones), urges and interventions."""
    rng = random.Random(f"{situation.name}-{seed}")
    s = situation
    noise = rng.gauss(0, s.noise_sd / math.sqrt(1 - s.phi ** 2))
    history: list[Day] = []
    nights, symptoms, items = [], [], []
    for day in range(s.nights):
        noise = s.phi * noise + rng.gauss(0, s.noise_sd)
        d = Day(day=day, night_of=FIRST + timedelta(days=day), noise=noise)
        d.sleep += noise
        s.day(rng, d, history)
        history.append(d)
        in_bed = datetime.combine(d.night_of, time(22, 30))
        for kind, amount in d.used.items():
            items.append(Intervention(at=in_bed - timedelta(minutes=rng.randint(30, 180)), kind=kind, amount=amount,
                                      unit="mg" if amount is not None else None))
        if d.urge:
            symptoms.append(SymptomEvent(at=in_bed - timedelta(minutes=20), kind="urge", severity=d.urge))
        if not d.logged:
            continue
        lights_out = in_bed + timedelta(minutes=10)
        final_wake = lights_out + timedelta(minutes=15 + 30 + round(d.sleep))
        nights.append(Night(night_of=d.night_of, in_bed=in_bed, lights_out=lights_out, sleep_latency_min=15,
                            awakenings=2, wake_after_sleep_onset_min=30, final_wake=final_wake,
                            out_of_bed=final_wake + timedelta(minutes=10), quality=3, legs_severity=5))
    return JournalData(nights=tuple(nights), symptoms=tuple(symptoms), interventions=tuple(items))


@dataclass
class Rates:
    """Per true row: runs, covered, flagged (the interval excludes 0), wrong side, no estimate."""

    runs: int = 0
    covered: int = 0
    flagged: int = 0
    wrong_side: int = 0
    missing: int = 0

    def add(self, truth: float, effect) -> None:
        self.runs += 1
        if effect is None or effect.ci_low is None:
            self.missing += 1
            return
        lo, hi = effect.ci_low, effect.ci_high
        self.covered += lo <= truth <= hi
        self.flagged += lo > 0 or hi < 0
        self.wrong_side += (truth > 0 and hi < 0) or (truth < 0 and lo > 0)


def judge(situation: Situation, runs: int, estimate=None, first_seed: int = 0) -> dict:
    """{(kind, lag, dose): Rates} over ``runs`` journals of ``situation``."""
    from quietlegs.analysis.outcomes import build_night_table

    if estimate is None:
        from quietlegs.analysis.effects import estimate_effects as estimate
    rates = {key: Rates() for key in situation.truths}
    for seed in range(first_seed, first_seed + runs):
        result = estimate(build_night_table(generate(situation, seed)), situation.outcome)
        for (kind, lag, dose), truth in situation.truths.items():
            effect = next((e for e in result.effects if e.kind == kind and getattr(e, "lag", "same_night") == lag
                           and getattr(e, "dose", None) == dose), None)
            rates[kind, lag, dose].add(truth, effect)
    return rates
