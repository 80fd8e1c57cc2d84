"""A generated journal that looks like a real person's: for ``--demo``, tests and benchmarks.

Habits have built-in effects (a warm soak shortens the time to fall asleep, caffeine in the
afternoon lengthens it, heat eases cramps in the night), nights drift slowly better over the
months, bad weeks cluster (AR(1) noise), and a few mornings go unlogged, as in life. The
medication, started part-way through, is kept on a regimen (taken most evenings, not all).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.domain.regimens import Regimen

MEDICATION = InterventionKind("ropinirole", "Ropinirole", "medication", 0.25, "mg")


@dataclass(frozen=True)
class Habit:
    kind: str
    probability: float
    clock: time
    amount: float | None
    unit: str | None
    latency_effect: float  # minutes added to the time to fall asleep
    waso_effect: float  # minutes added awake in the night
    legs_effect: float  # points added to the night's leg discomfort


HABITS: tuple[Habit, ...] = (
    Habit("warm_soak", 0.35, time(21, 15), 20, "min", -9, -12, -1.2),
    Habit("stretching", 0.45, time(21, 45), 10, "min", -4, -6, -0.6),
    Habit("magnesium", 0.5, time(20, 30), 300, "mg", -1, -2, -0.2),
    Habit("caffeine", 0.3, time(15, 30), 1, "cups", 11, 8, 0.5),
    Habit("alcohol", 0.15, time(19, 45), 2, "drinks", -3, 18, 0.8),
    Habit("long_sitting", 0.25, time(18, 0), None, None, 3, 4, 0.9),
    Habit("hydration", 0.4, time(17, 0), 500, "ml", 0, -2, -0.3),
)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _clock(base: datetime, minutes: float) -> datetime:
    return (base + timedelta(minutes=round(minutes))).replace(second=0, microsecond=0)


def generate_demo_journal(last_night: date, nights: int = 120, seed: int = 7) -> JournalData:
    """``nights`` consecutive nights ending with ``last_night``, about 8% left unlogged."""
    rng = random.Random(seed)
    out_nights: list[Night] = []
    symptoms: list[SymptomEvent] = []
    interventions: list[Intervention] = []
    first = last_night - timedelta(days=nights - 1)
    mood = 0.0  # AR(1): a bad week is a bad week
    medication_from = first + timedelta(days=int(nights * 0.6))
    for day in range(nights):
        d = first + timedelta(days=day)
        mood = 0.7 * mood + rng.gauss(0, 1)
        progress = day / max(1, nights - 1)  # slow improvement over the months
        evening = datetime.combine(d, time(0))
        used = [h for h in HABITS if rng.random() < h.probability]
        on_medication = d >= medication_from and rng.random() < 0.9
        latency = 22 + 6 * mood - 6 * progress + sum(h.latency_effect for h in used) + rng.gauss(0, 5)
        waso = 35 + 8 * mood - 10 * progress + sum(h.waso_effect for h in used) + rng.gauss(0, 8)
        legs = 5.2 + 1.1 * mood - 1.5 * progress + sum(h.legs_effect for h in used) + rng.gauss(0, 0.8)
        if on_medication:
            latency, waso, legs = latency - 6, waso - 8, legs - 1.5
        latency, waso = max(2, round(latency)), max(0, round(waso))
        legs_severity = min(10, max(0, round(legs)))
        awakenings = max(0, min(8, round(waso / 14 + rng.gauss(0, 0.7))))
        if awakenings == 0:
            waso = 0
        in_bed = _clock(evening, 22 * 60 + 40 + rng.gauss(0, 25))
        lights_out = _clock(in_bed, abs(rng.gauss(15, 8)))
        asleep_hours = 7.0 + rng.gauss(0, 0.4)
        final_wake = _clock(lights_out, latency + waso + asleep_hours * 60)
        out_of_bed = _clock(final_wake, abs(rng.gauss(12, 8)))
        quality = min(5, max(1, round(3.4 - 0.5 * mood - legs_severity * 0.18 + rng.gauss(0, 0.5))))
        rested = min(5, max(1, quality + rng.choice((-1, 0, 0, 1))))
        logged = rng.random() > 0.08 or day == nights - 1
        if logged:
            out_nights.append(Night(
                night_of=d, in_bed=in_bed, lights_out=lights_out, sleep_latency_min=latency,
                awakenings=awakenings, wake_after_sleep_onset_min=waso, final_wake=final_wake,
                out_of_bed=out_of_bed, quality=quality, rested=rested, legs_severity=legs_severity,
                id=_id(rng),
                notes=rng.choice(("", "", "", "", "Restless evening on the sofa.", "Long day on my feet.",
                                  "Slept at my sister's.", "Legs calmer after the walk.")),
            ))
        for h in used:
            interventions.append(Intervention(
                at=_clock(evening, h.clock.hour * 60 + h.clock.minute + rng.gauss(0, 20)),
                kind=h.kind, amount=h.amount, unit=h.unit, id=_id(rng),
            ))
        if on_medication:
            interventions.append(Intervention(at=_clock(evening, 20 * 60 + rng.gauss(0, 10)), kind="ropinirole",
                                              amount=0.25, unit="mg", id=_id(rng)))
        # Urges to move around lights out, more on bad-leg nights.
        if rng.random() < 0.25 + 0.06 * legs_severity:
            symptoms.append(SymptomEvent(
                at=_clock(lights_out, rng.uniform(-40, 30)), kind="rls_urge",
                severity=min(10, max(1, legs_severity + rng.choice((-1, 0, 1)))),
                locations=rng.choice((("left_calf", "right_calf"), ("both_legs",), ("left_shin",))),
                duration_min=rng.randint(10, 60), woke_me=False,
                preceded_by=rng.choice(((), ("long_sitting",), ("stress",))),
                relieved_by=rng.choice(((), ("stretching",), ("massage",))),
                relief_min=rng.randint(5, 30), id=_id(rng),
            ))
        # Cramps in the night; heat eases them faster than stretching alone.
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2)) if legs_severity >= 4 else rng.choice((0, 0, 0, 0, 1))):
            at = _clock(lights_out, latency + rng.uniform(30, asleep_hours * 60))
            relief = rng.choice((("heat",), ("stretching",), ("heat", "stretching"), ()))
            relief_min = None
            if relief:
                relief_min = max(1, round((4 if "heat" in relief else 9) + rng.gauss(0, 2)))
                interventions.append(Intervention(at=_clock(at, 2), kind=relief[0], id=_id(rng),
                                                  duration_min=10 if relief[0] == "heat" else 5))
            symptoms.append(SymptomEvent(
                at=at, kind="cramp", severity=rng.randint(5, 9),
                locations=(rng.choice(("left_calf", "right_calf", "left_foot", "right_thigh_back")),),
                duration_min=rng.randint(1, 6), woke_me=True,
                preceded_by=rng.choice(((), ("dehydration",), ("exercise",), ("cold",))),
                relieved_by=relief, relief_min=relief_min, id=_id(rng),
            ))
    # The medication is on a regimen from its first evening: the Today card and the report's
    # "taken 27 of 30 evenings" show what a person who keeps one sees. (Its id is drawn last, so
    # every other record is the same as before it was added.)
    regimen = Regimen(kind="ropinirole", started_on=medication_from, clock=time(20, 0), amount=0.25, unit="mg",
                      id=_id(rng))
    return JournalData(kinds=(MEDICATION,), nights=tuple(out_nights), symptoms=tuple(symptoms),
                       interventions=tuple(interventions), regimens=(regimen,))
