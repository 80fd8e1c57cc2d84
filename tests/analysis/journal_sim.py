"""Generated journals with known effects, for checking the statistics by simulation.

Each night's total sleep is a baseline, plus a linear trend (nights get better through the
year), plus the true effect of every habit used before bed, plus AR(1) noise (a bad week is a
bad week). ``magnesium`` has no effect and only starts halfway through, while things are
improving anyway: an analysis without the trend would credit it. Heat is used *during* the
night after a cramp, and cramps come on the bad nights: an analysis that counted in-night heat
would blame it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain.records import Intervention, JournalData, Night, SymptomEvent

TRUE_EFFECTS = {"warm_soak": 25.0, "caffeine": -20.0, "stretching": 8.0, "magnesium": 0.0, "heat": 0.0}


@dataclass(frozen=True)
class Plan:
    nights: int = 365
    phi: float = 0.6  # AR(1) coefficient of the night-to-night noise
    noise_sd: float = 20.0  # sd of the AR(1) innovations, minutes
    trend_min: float = 30.0  # total improvement from the first to the last night, minutes
    heat_before_bed: float = 0.1  # chance of (null) heat before bed on a night
    first: date = date(2025, 1, 1)


def _use(rng: random.Random, day: int, plan: Plan) -> list[str]:
    chances = {"warm_soak": 0.3, "caffeine": 0.3, "stretching": 0.5,
               "magnesium": 0.6 if day >= plan.nights // 2 else 0.0, "heat": plan.heat_before_bed}
    return [k for k, p in chances.items() if rng.random() < p]


def simulate_journal(seed: int, plan: Plan = Plan()) -> JournalData:
    rng = random.Random(seed)
    nights, symptoms, interventions = [], [], []
    noise = rng.gauss(0, plan.noise_sd / (1 - plan.phi ** 2) ** 0.5)
    for day in range(plan.nights):
        d = plan.first + timedelta(days=day)
        noise = plan.phi * noise + rng.gauss(0, plan.noise_sd)
        used = _use(rng, day, plan)
        sleep = 400 + plan.trend_min * day / (plan.nights - 1) + sum(TRUE_EFFECTS[k] for k in used) + noise
        in_bed = datetime.combine(d, time(22, 30))
        lights_out = in_bed + timedelta(minutes=10)
        latency, waso = 15, 30
        final_wake = lights_out + timedelta(minutes=latency + waso + round(sleep))
        nights.append(Night(night_of=d, in_bed=in_bed, lights_out=lights_out, sleep_latency_min=latency,
                            awakenings=2, wake_after_sleep_onset_min=waso, final_wake=final_wake,
                            out_of_bed=final_wake + timedelta(minutes=10), legs_severity=5))
        for k in used:
            interventions.append(Intervention(at=in_bed - timedelta(minutes=rng.randint(30, 240)), kind=k))
        if noise < -10:  # a cramp on a bad night, eased by heat in the night
            at = lights_out + timedelta(minutes=90)
            symptoms.append(SymptomEvent(at=at, kind="cramp", severity=7, locations=("left_calf",),
                                         relieved_by=("heat",), relief_min=5))
            interventions.append(Intervention(at=at + timedelta(minutes=2), kind="heat", duration_min=10))
    return JournalData(nights=tuple(nights), symptoms=tuple(symptoms), interventions=tuple(interventions))
