"""The findings of ``analysis.findings`` in the user's language, for the window and the report.

Each sentence is translated whole, with placeholders for the kind, the change, the interval and
the counts (``%1`` …) and ``%n`` plurals; numbers as the locale writes them. The English source
text is the command line's wording (``analysis.findings_english``), so an English window reads
as ``quietlegs analyze`` does, except that plurals are right ("1 night with", not "1 nights").
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from quietlegs.analysis import findings as F
from quietlegs.analysis.findings import Finding
from quietlegs.report.words import (
    adjustments_sentence,
    arg,
    english_plural as _s,
    kind_name,
    kind_phrase,
    number,
    outcome_in_sentence,
    plural_count,
    shared,
    signed,
)


class Findings(QObject):
    """The translation context of the findings' sentences."""

    def change(self, f: Finding) -> str:
        """"you slept 26 min longer", "your legs were 1.2 points calmer", "no difference"."""
        x = number(f.amount, f.decimals)
        if x == "0":
            return self.tr("no difference")
        n = plural_count(f.amount, f.decimals)
        more = f.direction != F.LESS
        o = f.outcome
        if o == "total_sleep_min":
            text = self.tr("you slept %1 min longer") if more else self.tr("you slept %1 min less")
        elif o == "sleep_efficiency":
            text = (_s(self.tr("your sleep efficiency was %1 point(s) higher", "", n), n) if more
                    else _s(self.tr("your sleep efficiency was %1 point(s) lower", "", n), n))
        elif o == "sleep_latency_min":
            text = self.tr("you took %1 min longer to fall asleep") if more else self.tr("you fell asleep %1 min sooner")
        elif o == "waso_min":
            text = (self.tr("you lay awake %1 min more in the night") if more
                    else self.tr("you lay awake %1 min less in the night"))
        elif o == "awakenings":
            text = _s(self.tr("you woke %1 more time(s)", "", n), n) if more else _s(self.tr("you woke %1 fewer time(s)", "", n), n)
        elif o == "quality":
            text = (_s(self.tr("you rated your sleep %1 point(s) better", "", n), n) if more
                    else _s(self.tr("you rated your sleep %1 point(s) worse", "", n), n))
        elif o == "rested":
            text = (_s(self.tr("you felt %1 point(s) more rested", "", n), n) if more
                    else _s(self.tr("you felt %1 point(s) less rested", "", n), n))
        elif o == "legs_severity":
            text = (_s(self.tr("your legs were %1 point(s) more uncomfortable", "", n), n) if more
                    else _s(self.tr("your legs were %1 point(s) calmer", "", n), n))
        elif o == "symptom_count":
            text = (_s(self.tr("you had %1 more symptom event(s)", "", n), n) if more
                    else _s(self.tr("you had %1 fewer symptom event(s)", "", n), n))
        elif o == "max_symptom_severity":
            text = (_s(self.tr("your worst symptom was %1 point(s) more severe", "", n), n) if more
                    else _s(self.tr("your worst symptom was %1 point(s) milder", "", n), n))
        else:
            text = self.tr("%1 higher") if more else self.tr("%1 lower")
        return arg(text, x)

    def interval(self, f: Finding) -> str:
        """"95% CI 22–30": in the direction the sentence speaks."""
        low, high = sorted((abs(f.interval[0]), abs(f.interval[1])))
        return arg(self.tr("95% CI %1–%2"), number(low, f.decimals), number(high, f.decimals))

    def signed_interval(self, f: Finding) -> str:
        """"−4 to +5 min"."""
        low, high = signed(f.interval[0], f.decimals), signed(f.interval[1], f.decimals)
        if f.outcome in ("total_sleep_min", "sleep_latency_min", "waso_min"):
            return arg(self.tr("%1 to %2 min"), low, high)
        if f.outcome == "sleep_efficiency":
            return arg(self.tr("%1 to %2 points"), low, high)
        return arg(self.tr("%1 to %2", "an interval"), low, high)

    def counts(self, f: Finding) -> str:
        """"183 nights with, 483 without"."""
        return arg(_s(self.tr("%n night(s) with, %1 without", "", f.nights_with), f.nights_with), f.nights_without)

    def title(self, f: Finding) -> str:
        """The kind's name, and which of its rows: "Exercise (the night after)", "Magnesium (200 mg)"."""
        name = kind_name(f.kind, f.name, f.builtin)
        if f.row == F.NEXT:
            return arg(self.tr("%1 (the night after)"), name)
        if f.row == F.SUSTAINED:
            return arg(self.tr("%1 (over four weeks)"), name)
        if f.dose:
            return arg(self.tr("%1 (%2)", "a kind (its dose band)"), name, f.dose)
        return name

    def unlogged(self, note: F.UnloggedNote) -> str:
        if note.many and note.after_bad:
            text = self.tr("%1 of %2 nights in this period were not logged (%3%); the gaps mostly come after worse "
                           "nights (%4% of %5 gaps). If the missing nights were mostly bad ones, these figures look "
                           "better than your nights were, and differences may be smaller.")
        elif note.many:
            text = self.tr("%1 of %2 nights in this period were not logged (%3%). If the missing nights were mostly "
                           "bad ones, these figures look better than your nights were, and differences may be smaller.")
        else:
            text = self.tr("The gaps mostly come after worse nights (%4% of %5 gaps). If the missing nights were "
                           "mostly bad ones, these figures look better than your nights were, and differences may "
                           "be smaller.")
        return arg(text, number(note.count), number(note.span), number(note.percent),
                   number(note.after_bad_percent), number(note.gaps))

    def sentence(self, f: Finding) -> str:
        """The finding in the user's language."""
        if f.says == F.UNLOGGED:
            return self.unlogged(f.note)
        if f.says == F.ADJUSTMENTS:
            return adjustments_sentence(f.note.adjusted_for, f.note.not_adjusted_for)
        title = self.title(f)
        if f.says == F.NOT_VARIED:
            return arg(self.tr("%1: %2 did not vary in this period (%3), so there is nothing to compare."),
                       title, outcome_in_sentence(f.outcome), self.counts(f))
        if f.says == F.TOO_FEW_WITH:
            return arg(_s(self.tr("%1: too few nights to tell yet (%2 with it); %n more night(s) with it would allow "
                               "a first estimate.", "", f.more_nights_needed), f.more_nights_needed), title, number(f.nights_with))
        if f.says == F.TOO_FEW_WITHOUT:
            return arg(_s(self.tr("%1: used on nearly every night (%2 without it), so there is nothing to compare "
                               "with; %n more night(s) without it would allow a first estimate.", "", f.more_nights_needed), f.more_nights_needed), title, number(f.nights_without))
        if f.says == F.ENTANGLED:
            if not f.entangled_with:
                return arg(self.tr("%1 always came with the general trend, so the data cannot tell them apart."),
                           title)
            other = kind_phrase(f.entangled_with, f.entangled_name, _builtin(f.entangled_with))
            return arg(self.tr("%1 was always used together with %2, so the data cannot tell them apart."),
                       title, other)
        change = self.change(f)
        if f.says == F.NO_DIFFERENCE:
            return arg(self.tr("%1: no clear difference yet (%2 on average, but anything from %3 fits your nights; "
                               "%4)."), title, change, self.signed_interval(f), self.counts(f))
        if f.says == F.HINT:
            return arg(_s(self.tr("%1: a hint, not yet clear: %2 on average (%3), but with %n comparison(s) made a "
                               "difference this size can turn up by chance (%4).", "", f.compared), f.compared),
                       title, change, self.interval(f), self.counts(f))
        phrase = kind_phrase(f.kind, f.name, f.builtin)
        if f.row == F.NEXT:
            return arg(self.tr("On the night after %1 %2 (%3; %4)."), phrase, change, self.interval(f), self.counts(f))
        if f.row == F.SUSTAINED:
            return arg(_s(self.tr("After four weeks of %1 every night, against four weeks without, %2 (%3; %n night(s) "
                               "after mostly-%1 weeks, %4 after others).", "", f.nights_with), f.nights_with),
                       phrase, change, self.interval(f), number(f.nights_without))
        if f.row == F.DOSE:
            return arg(self.tr("At %1, on nights after %2 %3 (%4; %5)."), f.dose, phrase, change, self.interval(f),
                       self.counts(f))
        if f.trigger:
            return arg(self.tr("After %1 %2 (%3; %4)."), phrase, change, self.interval(f), self.counts(f))
        return arg(self.tr("On nights after %1 %2 (%3; %4)."), phrase, change, self.interval(f), self.counts(f))


def _builtin(slug: str) -> bool:
    from quietlegs.domain.vocab import BUILTIN_KINDS

    return any(k.slug == slug for k in BUILTIN_KINDS)


def sentence(f: Finding) -> str:
    """``f`` in the user's language (Qt's translation; English without one)."""
    return shared(Findings).sentence(f)
