"""Fixed vocabularies of the journal (FORMAT.md) and the built-in intervention kinds (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = ("self_care", "supplement", "medication", "therapy", "trigger", "other")

CATEGORY_LABELS: dict[str, str] = {
    "self_care": "Self-care",
    "supplement": "Supplement",
    "medication": "Medication",
    "therapy": "Therapy",
    "trigger": "Trigger",
    "other": "Other",
}

SYMPTOM_KINDS: tuple[str, ...] = (
    "rls_urge", "cramp", "spasm", "limb_movements", "pain", "soreness", "numbness_tingling",
    "swelling", "weakness", "other",
)

SYMPTOM_KIND_LABELS: dict[str, str] = {
    "rls_urge": "Urge to move (RLS)",
    "cramp": "Cramp / charley horse",
    "spasm": "Spasm / twitching",
    "limb_movements": "Kicks in sleep",
    "pain": "Pain / aching",
    "soreness": "Soreness",
    "numbness_tingling": "Numbness / tingling",
    "swelling": "Swelling, redness or warmth",
    "weakness": "Weakness or imbalance",
    "other": "Other",
}

_SIDES = ("left", "right")
_PARTS = ("foot", "calf", "shin", "knee", "thigh_front", "thigh_back", "hip")
LEG_PARTS: tuple[str, ...] = _PARTS
LOCATIONS: tuple[str, ...] = tuple(f"{s}_{p}" for s in _SIDES for p in _PARTS) + (
    "both_legs", "arms", "back", "other",
)


def location_label(code: str) -> str:
    """``left_thigh_back`` → ``Left thigh (back)``."""
    special = {"both_legs": "Both legs", "arms": "Arms", "back": "Back", "other": "Elsewhere"}
    if code in special:
        return special[code]
    side, _, part = code.partition("_")
    part_label = {
        "thigh_front": "thigh (front)", "thigh_back": "thigh (back)",
    }.get(part, part)
    return f"{side.capitalize()} {part_label}"


PRECEDED_BY: tuple[str, ...] = ("dehydration", "stress", "long_sitting", "cold", "exercise", "fasting", "other")

PRECEDED_BY_LABELS: dict[str, str] = {
    "dehydration": "Dehydration",
    "stress": "Stress",
    "long_sitting": "Long sitting",
    "cold": "Cold",
    "exercise": "Exercise",
    "fasting": "Fasting",
    "other": "Other",
}

QUALITY_LABELS: dict[int, str] = {1: "very poor", 2: "poor", 3: "fair", 4: "good", 5: "very good"}
RESTED_LABELS: dict[int, str] = {1: "not at all", 2: "slightly", 3: "somewhat", 4: "well", 5: "very well"}


@dataclass(frozen=True)
class BuiltinKind:
    slug: str
    name: str
    category: str
    default_amount: float | None = None
    default_unit: str | None = None


BUILTIN_KINDS: tuple[BuiltinKind, ...] = (
    BuiltinKind("stretching", "Stretching", "self_care", 10, "min"),
    BuiltinKind("magnesium", "Magnesium", "supplement", 300, "mg"),
    BuiltinKind("heat", "Heat", "self_care", 15, "min"),
    BuiltinKind("warm_soak", "Warm soak", "self_care", 20, "min"),
    BuiltinKind("massage", "Massage", "self_care", 10, "min"),
    BuiltinKind("hydration", "Hydration", "self_care", 500, "ml"),
    BuiltinKind("exercise", "Exercise", "self_care", 30, "min"),
    BuiltinKind("compression", "Compression", "self_care"),
    BuiltinKind("leg_elevation", "Leg elevation", "self_care"),
    BuiltinKind("relaxation", "Relaxation", "self_care", 10, "min"),
    BuiltinKind("iron", "Iron", "supplement", 65, "mg"),
    BuiltinKind("potassium", "Potassium", "supplement"),
    BuiltinKind("dry_needling", "Dry needling", "therapy"),
    BuiltinKind("acupuncture", "Acupuncture", "therapy"),
    BuiltinKind("physical_therapy", "Physical therapy", "therapy"),
    BuiltinKind("caffeine", "Caffeine", "trigger", 1, "cups"),
    BuiltinKind("alcohol", "Alcohol", "trigger", 1, "drinks"),
    BuiltinKind("nicotine", "Nicotine", "trigger"),
    BuiltinKind("heavy_meal", "Heavy meal", "trigger"),
    BuiltinKind("late_exercise", "Late exercise", "trigger"),
    BuiltinKind("long_sitting", "Long sitting", "trigger"),
    BuiltinKind("nap", "Nap", "trigger", 20, "min"),
)

BUILTIN_SLUGS: frozenset[str] = frozenset(k.slug for k in BUILTIN_KINDS)

# Kinds that act over weeks rather than on the night they are taken: the analysis also looks at
# their sustained use (the share of the last weeks' nights). A kind's own flag in the catalog
# (``InterventionKind.slow_acting``) decides; when it is not set, this built-in set and every
# kind of these categories are slow-acting.
SLOW_ACTING_KINDS: frozenset[str] = frozenset({"iron"})
SLOW_ACTING_CATEGORIES: frozenset[str] = frozenset({"medication"})


def is_slow_acting_by_default(slug: str, category: str | None) -> bool:
    """The default rule for a kind whose slow-acting flag is not set."""
    return slug in SLOW_ACTING_KINDS or category in SLOW_ACTING_CATEGORIES
