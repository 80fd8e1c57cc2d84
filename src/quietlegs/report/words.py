"""Words the window and the report share, in the user's language (Qt's translations, QtCore
only): numbers as the locale writes them, placeholders filled in one pass, plurals, and the
names of outcomes, built-in kinds and adjustments.

Sentences are translated whole with ``%1``, ``%2`` … placeholders (:func:`arg`) and ``%n``
plurals; each class below is a translation context (its name, through ``self.tr``, which is
also how ``pyside6-lupdate`` finds the strings and marks the plurals). The journal's fixed
words that the window translates already (outcome labels, symptom kinds, categories, warning
signs) come from its "vocab" context (:func:`vocabulary`). Without a translator (or for
English) the text is the English source, the same words as the command line's
(``analysis.findings_english``); an English plural written ``(s)`` is resolved here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from quietlegs.analysis.outcomes import OUTCOMES

_PLACEHOLDER = re.compile(r"%(\d)")
MINUS = "\u2212"  # a real minus sign, as people write it


def arg(text: str, *values) -> str:
    """``text`` with ``%1`` … ``%9`` replaced by ``values`` in one pass (a value that itself
    holds "%2", a kind named so, is never replaced again)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)


def english_plural(translated: str, n: int) -> str:
    """The English source's "(s)" plural resolved where no translation was found (a translation
    has its own plural forms, chosen by Qt from ``n``): "1 night", "3 nights"."""
    return translated.replace("(s)", "" if n == 1 else "s") if "(s)" in translated else translated


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number as the locale writes it, without trailing zeros: "26", "2.5" ("2,5"), "−3"."""
    locale = locale or QLocale()
    value = float(f"{value:.{decimals}f}")  # rounded as the command line rounds (half to even)
    if value == 0:
        return "0"
    text = locale.toString(value, "f", decimals)
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text.replace(locale.negativeSign(), MINUS)


def signed(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``+5``, ``−3``, ``0``."""
    text = number(value, decimals, locale)
    return text if text.startswith(MINUS) or text == "0" else (locale or QLocale()).positiveSign() + text


def plural_count(value: float, decimals: int) -> int:
    """The ``n`` that picks a plural form for an amount shown with ``decimals``: a whole
    number as itself, a fraction as "many" (2): "1 point", "1.5 points"."""
    shown = round(abs(value), decimals)
    return int(shown) if shown == int(shown) else 2


class Outcomes(QObject):
    """The outcomes' names: as a label ("Sleep efficiency") and inside a sentence ("sleep efficiency")."""

    def label(self, name: str) -> str:
        """The outcome's name as the window's choices show it (the shared "vocab" context, whose
        words tools/update_translations.py lists for lupdate)."""
        label = OUTCOMES[name].label if name in OUTCOMES else name
        return QCoreApplication.translate("vocab", label)

    def in_sentence(self, name: str) -> str:
        said = {
            "total_sleep_min": self.tr("total sleep", "an outcome inside a sentence"),
            "sleep_efficiency": self.tr("sleep efficiency", "an outcome inside a sentence"),
            "sleep_latency_min": self.tr("minutes to fall asleep", "an outcome inside a sentence"),
            "waso_min": self.tr("minutes awake in the night", "an outcome inside a sentence"),
            "awakenings": self.tr("awakenings", "an outcome inside a sentence"),
            "quality": self.tr("sleep quality (1–5)", "an outcome inside a sentence"),
            "rested": self.tr("feeling rested (1–5)", "an outcome inside a sentence"),
            "legs_severity": self.tr("leg discomfort (0–10)", "an outcome inside a sentence"),
            "symptom_count": self.tr("symptom events", "an outcome inside a sentence"),
            "max_symptom_severity": self.tr("worst symptom (0–10)", "an outcome inside a sentence"),
        }
        return said.get(name) or self.label(name).lower()

    def unit(self, name: str) -> str:
        """The outcome's unit as a label shows it: "min", "%" or ""."""
        unit = OUTCOMES[name].unit if name in OUTCOMES else ""
        return {"min": self.tr("min", "minutes, short"), "%": self.tr("%", "percent sign")}.get(unit, unit)


class Kinds(QObject):
    """The built-in intervention kinds' names, and how a kind reads after "after"."""

    def _names(self) -> dict[str, str]:
        return {
            "stretching": self.tr("Stretching"), "magnesium": self.tr("Magnesium"), "heat": self.tr("Heat"),
            "warm_soak": self.tr("Warm soak"), "massage": self.tr("Massage"), "hydration": self.tr("Hydration"),
            "exercise": self.tr("Exercise"), "compression": self.tr("Compression"),
            "leg_elevation": self.tr("Leg elevation"), "relaxation": self.tr("Relaxation"), "iron": self.tr("Iron"),
            "potassium": self.tr("Potassium"), "dry_needling": self.tr("Dry needling"),
            "acupuncture": self.tr("Acupuncture"), "physical_therapy": self.tr("Physical therapy"),
            "caffeine": self.tr("Caffeine"), "alcohol": self.tr("Alcohol"), "nicotine": self.tr("Nicotine"),
            "heavy_meal": self.tr("Heavy meal"), "late_exercise": self.tr("Late exercise"),
            "long_sitting": self.tr("Long sitting"), "nap": self.tr("Nap"),
        }

    def _phrases(self) -> dict[str, str]:
        after = "a kind after the word 'after': 'On nights after …'"
        return {
            "stretching": self.tr("stretching", after), "magnesium": self.tr("magnesium", after),
            "heat": self.tr("heat", after), "warm_soak": self.tr("a warm soak", after),
            "massage": self.tr("a massage", after), "hydration": self.tr("hydration", after),
            "exercise": self.tr("exercise", after), "compression": self.tr("compression", after),
            "leg_elevation": self.tr("leg elevation", after), "relaxation": self.tr("relaxation", after),
            "iron": self.tr("iron", after), "potassium": self.tr("potassium", after),
            "dry_needling": self.tr("dry needling", after), "acupuncture": self.tr("acupuncture", after),
            "physical_therapy": self.tr("physical therapy", after), "caffeine": self.tr("caffeine", after),
            "alcohol": self.tr("alcohol", after), "nicotine": self.tr("nicotine", after),
            "heavy_meal": self.tr("a heavy meal", after), "late_exercise": self.tr("late exercise", after),
            "long_sitting": self.tr("long sitting", after), "nap": self.tr("a nap", after),
        }

    @staticmethod
    def _as_shipped(slug: str, name: str, builtin: bool) -> bool:
        """A built-in kind under the name the app gave it (a renamed one keeps the person's name)."""
        from quietlegs.domain.vocab import BUILTIN_KINDS

        default = next((k.name for k in BUILTIN_KINDS if k.slug == slug), None)
        return builtin and default is not None and (not name or name == default)

    def name(self, slug: str, name: str = "", builtin: bool = False) -> str:
        """"Warm soak" (translated), or the person's own name for their kind."""
        return kind_name_from(self._names() if self._as_shipped(slug, name, builtin) else {}, slug, name, builtin)

    def phrase(self, slug: str, name: str = "", builtin: bool = False) -> str:
        """How a kind reads after "after": "a warm soak", "caffeine", "Ropinirole"."""
        if slug in ("warm_soak", "massage", "heavy_meal", "nap") or self._as_shipped(slug, name, builtin):
            return self._phrases()[slug]
        name = name or slug.replace("_", " ")
        return name.lower() if builtin else name


class Adjustments(QObject):
    """What the effects were adjusted for, and why something was not."""

    def label(self, key: str) -> str:
        return {
            "trend": self.tr("the general trend over time"),
            "weekend": self.tr("weekend nights"),
            "season": self.tr("the season"),
            "state_before_bed": self.tr("symptoms logged before bed"),
            "yesterday": self.tr("what was used the night before"),
            "sustained_use": self.tr("weeks of use of slow-acting kinds"),
            "dose": self.tr("the amount taken"),
        }.get(key, key.replace("_", " "))

    def reason(self, key: str) -> str:
        from quietlegs.analysis.design import NEXT_NIGHT_MIN_NIGHTS, SEASON_DAYS

        return {
            "trend": self.tr("too few nights"),
            "weekend": self.tr("too few weekend or weekday nights"),
            "season": arg(self.tr("less than %1 days of nights"), number(SEASON_DAYS)),
            "state_before_bed": self.tr("logged on too few evenings"),
            "yesterday": arg(self.tr("fewer than %1 nights"), number(NEXT_NIGHT_MIN_NIGHTS)),
        }.get(key, "")

    def left_out(self, key: str) -> str:
        """"the season (less than 300 days of nights)"."""
        return arg(self.tr("%1 (%2)", "an adjustment left out (why)"), self.label(key), self.reason(key))

    def sentence(self, adjusted_for, not_adjusted_for) -> str:
        """"Differences are adjusted for A, B and the other habits. Not adjusted for C (why)."""
        names = [self.label(a) for a in adjusted_for]
        text = (arg(self.tr("Differences are adjusted for %1 and the other habits."), ", ".join(names)) if names
                else self.tr("Differences are adjusted for the other habits."))
        missing = [self.left_out(a) for a in not_adjusted_for]
        if missing:
            text += " " + arg(self.tr("Not adjusted for %1."), "; ".join(missing))
        return text


_shared: dict[type, QObject] = {}


def shared(cls):
    """One object of a words class (they hold nothing but their translation context). Made on
    whichever thread asks first (a report is composed off the UI thread), it then belongs to the
    application's thread, which outlives any worker thread."""
    if cls not in _shared:
        obj = cls()
        app = QCoreApplication.instance()
        if app is not None and obj.thread() is not app.thread():
            obj.moveToThread(app.thread())
        _shared[cls] = obj
    return _shared[cls]


def outcome_label(name: str) -> str:
    return shared(Outcomes).label(name)


def outcome_in_sentence(name: str) -> str:
    return shared(Outcomes).in_sentence(name)


def outcome_unit(name: str) -> str:
    return shared(Outcomes).unit(name)


def kind_name(slug: str, name: str = "", builtin: bool = False) -> str:
    return shared(Kinds).name(slug, name, builtin)


def builtin_kind_names() -> dict[str, str]:
    """The built-in kinds' names in the window's language, asked for once (on the UI thread) by
    work that names many kinds on another thread: see :func:`kind_name_from`."""
    return shared(Kinds)._names()


def kind_name_from(names: dict[str, str], slug: str, name: str = "", builtin: bool = False) -> str:
    """:func:`kind_name` from ``names`` (:func:`builtin_kind_names`), without asking Qt's
    translators: safe and cheap on any thread, thousands of times."""
    if Kinds._as_shipped(slug, name, builtin) and slug in names:
        return names[slug]
    return name or slug.replace("_", " ").capitalize()


def kind_phrase(slug: str, name: str = "", builtin: bool = False) -> str:
    return shared(Kinds).phrase(slug, name, builtin)


def adjustments_sentence(adjusted_for, not_adjusted_for) -> str:
    return shared(Adjustments).sentence(adjusted_for, not_adjusted_for)


def vocabulary(label: str) -> str:
    """One of the journal's fixed words (a symptom's kind, a category, a warning sign's title) in
    the window's language: the shared "vocab" context (listed for lupdate in ``ui/vocab_words.py``)."""
    return QCoreApplication.translate("vocab", label) if label else label
