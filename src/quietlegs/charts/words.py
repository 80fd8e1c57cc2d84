"""The words on the charts: titles, axis labels, legends, month names, numbers.

Charts are Qt-free and drawn wherever they are needed (the command line, a page's runner, the
report), so they take their words as a plain, picklable value: :class:`ChartWords`, English by
default (the command line's ``quietlegs chart``). The window and the report build one in the
user's language with Qt's translations (``report.chart_words``) and pass it in; nothing here
reads a translator or a locale. Texts are ``str.format`` templates with named fields
(``"{outcome} night by night"``), so a translation may put them in any order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.vocab import BUILTIN_KINDS, LEG_PARTS, LOCATIONS, SYMPTOM_KIND_LABELS, location_label

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SHIPPED = {k.slug: k.name for k in BUILTIN_KINDS}


def _outcomes() -> dict[str, str]:
    return {name: o.label for name, o in OUTCOMES.items()}


def _in_sentence() -> dict[str, str]:
    return {name: o.label.lower() for name, o in OUTCOMES.items()}


def _places() -> dict[str, str]:
    return {code: location_label(code) for code in LOCATIONS}


def _leg_parts() -> dict[str, str]:
    return {p: location_label(f"left_{p}").removeprefix("Left ").capitalize() for p in LEG_PARTS}


@dataclass(frozen=True)
class ChartWords:
    # Dates and numbers
    months: tuple[str, ...] = MONTHS  # short month names, January first
    date: str = "{day} {month} {year}"  # 1 Sep 2026
    month_year: str = "{month} {year}"  # a calendar row: Sep 2026
    day_month: str = "{day} {month}"  # an experiment's axis: 05 Sep
    period: str = "{start} – {end}"
    since: str = "since {start}"
    until: str = "until {end}"
    whole_journal: str = "the whole journal"
    decimal_point: str = "."
    # Outcomes, kinds, symptoms and places (keys: the app's names and codes)
    outcomes: Mapping[str, str] = field(default_factory=_outcomes)
    outcomes_in_sentence: Mapping[str, str] = field(default_factory=_in_sentence)
    units: Mapping[str, str] = field(default_factory=lambda: {"min": "min", "%": "%"})
    kinds: Mapping[str, str] = field(default_factory=lambda: dict(_SHIPPED))  # built-in kinds' names
    symptom_kinds: Mapping[str, str] = field(default_factory=lambda: dict(SYMPTOM_KIND_LABELS))
    places: Mapping[str, str] = field(default_factory=_places)
    leg_parts: Mapping[str, str] = field(default_factory=_leg_parts)
    # Shared
    with_unit: str = "{label} ({unit})"
    titled_period: str = "{title} — {period}"
    no_nights: str = "No nights logged in {period}."
    higher_is_better: str = "higher is better"
    lower_is_better: str = "lower is better"
    each_night: str = "each night"
    # timeline
    timeline_title: str = "{outcome} night by night"
    seven_night_average: str = "7-night average"
    lane: str = "{kind} ({nights})"
    nothing_before_bed: str = "Nothing used before bed in this period"
    used_before_bed: str = "Used before bed (nights)"
    legs_axis: str = "Legs\n(0–10)"
    # effects
    effects_title: str = "{outcome}: nights after each habit vs. nights without"
    seems_to_help: str = "seems to help"
    seems_to_hurt: str = "seems to hurt"
    not_clear_yet: str = "not clear yet"
    never_varied: str = "{outcome} was the same on every night in {period}, so there is nothing to compare."
    not_enough_nights: str = ("Not enough nights yet to compare: each kind needs at least 5 nights with it "
                              "and 5 without.")
    too_few_so_far: str = "Too few nights so far: {kinds}"
    few_so_far_kind: str = "{kind} ({with_})"
    effect_row: str = "{kind}\n{with_} with · {without} without"
    difference_axis: str = "Difference in {outcome} ({unit}), \nadjusted as the findings say; lines are 95% intervals"
    percentage_points: str = "percentage points"
    points: str = "points"
    better: str = "better →"
    worse: str = "← worse"
    cannot_tell_yet: str = "Cannot tell yet: {kinds}"
    row_night_after: str = "{kind}, night after"
    row_four_weeks: str = "{kind}, 4 weeks"
    row_dose: str = "{kind} {dose}"
    did_not_vary: str = "{kind} (the outcome did not vary)"
    always_with: str = "{kind} (always with {other})"
    the_trend: str = "the trend"
    only_without: str = "{kind} (only {without} without)"
    nights_with: str = "{kind} ({with_} with)"
    # calendar
    calendar_title: str = "{outcome}, month by month — {period}"
    calendar_empty: str = "No nights with {outcome} in {period}."
    night_of_month: str = "Night of the month (blank: not logged)"
    month_axis: str = "Month (each cell: the month's average; blank: nothing logged)"
    brighter_is_better: str = "{outcome}\nbrighter = better"
    # time of night
    time_of_night_title: str = "When symptoms start — {period}"
    time_of_night_empty: str = "No symptoms logged at night in {period}."
    symptom_legend: str = "{kind} ({events})"
    typical_time_in_bed: str = "typical time in bed"
    hour_axis: str = "Hour the symptom started (18 = 6 pm … 11 = 11 am)"
    symptom_events: str = "Symptom events"
    # locations
    locations_title: str = "Where on the legs — {period}"
    locations_empty: str = "No symptom locations logged in {period}."
    left_leg: str = "Left leg"
    right_leg: str = "Right leg"
    place_count: str = "{place}: {events}"
    with_a_place: str = "Symptom events with a place logged: {events}"
    also: str = "Also: {places}"
    # relief
    nothing_named: str = "Nothing named"
    relief_title: str = "Minutes to relief in the night, by what was used — {period}"
    relief_empty: str = "No eased symptoms in the night logged in {period}."
    median_minutes: str = "median {minutes} min"
    relief_group: tuple[str, str] = ("{group}\n{events} event", "{group}\n{events} events")  # one, many
    relief_axis: str = "Minutes until the symptom eased (shorter is better)"
    # milestones
    milestone_title: str = "{outcome} and milestones"
    seven_night_mean: str = "7-night mean"
    milestone: str = "milestone"
    no_milestones: str = "No milestones in this period"
    days_since_title: str = "{outcome} by days since \u201c{milestone}\u201d ({date})"
    nothing_around: str = "No nights logged around this milestone."
    days_since_axis: str = "days since the milestone (day 0); before it, negative"
    # self-experiments
    experiment_title: str = "{kind}: {outcome} on and off, night by night"
    experiment_empty: str = "No nights of this experiment are logged yet."
    on_kind: str = "On {kind}"
    off: str = "Off"
    period_mean: str = "Period mean"
    taken_before_bed: str = "Taken before bed"
    not_taken: str = "Not taken"

    # ------------------------------------------------------------------ helpers

    def day(self, d: date) -> str:
        """``1 Sep 2026``: the day without a leading zero."""
        return self.date.format(day=d.day, month=self.months[d.month - 1], year=d.year)

    def period_of(self, start: date | None, end: date | None) -> str:
        if start and end:
            return self.period.format(start=self.day(start), end=self.day(end))
        if start:
            return self.since.format(start=self.day(start))
        if end:
            return self.until.format(end=self.day(end))
        return self.whole_journal

    def outcome(self, name: str) -> str:
        return self.outcomes.get(name) or OUTCOMES[name].label

    def outcome_in_sentence(self, name: str) -> str:
        return self.outcomes_in_sentence.get(name) or self.outcome(name).lower()

    def unit(self, unit: str) -> str:
        return self.units.get(unit, unit)

    def labelled(self, name: str) -> str:
        """The outcome with its unit, for an axis: ``Total sleep (min)``."""
        unit = OUTCOMES[name].unit
        label = self.outcome(name)
        return self.with_unit.format(label=label, unit=self.unit(unit)) if unit else label

    def kind(self, data, slug: str) -> str:
        """A kind's name: a built-in kind as shipped in these words, the person's own name otherwise."""
        name = data.kind_names.get(slug)
        if slug in getattr(data, "builtin", ()) and slug in self.kinds and name in (None, "", _SHIPPED.get(slug)):
            return self.kinds[slug]
        return data.name(slug)

    def number(self, value: float, decimals: int, strip: bool = True) -> str:
        """``26``, ``2.5`` (``2,5``), ``−3``; with ``strip`` false, all ``decimals`` are kept."""
        text = f"{value:.{decimals}f}"
        if strip and decimals and "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", "-0.0"):
            text = "0"
        return text.replace("-", "\u2212").replace(".", self.decimal_point)

    def plural(self, forms: tuple[str, str], n: int, **fields) -> str:
        return forms[0 if n == 1 else 1].format(**fields)


ENGLISH = ChartWords()
