"""The charts' words (:class:`quietlegs.charts.words.ChartWords`) in the user's language, for the
window and the report: every title, axis label and legend through Qt's translations (context
``ChartWords``), month names and the decimal point from ``QLocale``. Built where the translator
is (the window's process, on any thread) and passed into the chart as a plain value, so a chart
drawn elsewhere needs no translator of its own. Without a translation the words are the charts'
English, the same as ``quietlegs chart`` draws. (Every comment below is a literal string:
``pyside6-lupdate`` reads them, and a translation is found by its text and its comment.)
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from quietlegs.charts.words import ChartWords
from quietlegs.report.words import Kinds, Outcomes, shared, vocabulary

class ChartWordsQt(QObject):
    """The translation context of the charts' words."""

    def words(self, locale: QLocale | None = None) -> ChartWords:
        locale = locale or QLocale()
        outcomes, kinds = shared(Outcomes), shared(Kinds)
        english = ChartWords()
        places = dict(english.places)
        places.update({
            'both_legs': self.tr('Both legs'),
            'arms': self.tr('Arms'),
            'back': self.tr('Back'),
            'other': self.tr('Elsewhere'),
        })
        return ChartWords(
            months=tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)),
            date=self.tr("{day} {month} {year}", "a date on a chart: 1 Sep 2026; keep the names in braces as they are: they are filled in"),
            month_year=self.tr("{month} {year}", "a month on a chart: Sep 2026; keep the names in braces as they are: they are filled in"),
            day_month=self.tr("{day} {month}", "a day on a chart's axis: 05 Sep; keep the names in braces as they are: they are filled in"),
            decimal_point=locale.decimalPoint(),
            outcomes={name: outcomes.label(name) for name in english.outcomes},
            outcomes_in_sentence={name: outcomes.in_sentence(name) for name in english.outcomes},
            units={"min": self.tr("min", "minutes, short"), "%": self.tr("%", "percent sign")},
            kinds={slug: kinds.name(slug, "", True) for slug in english.kinds},
            symptom_kinds={kind: vocabulary(label) for kind, label in english.symptom_kinds.items()},
            places=places,
            leg_parts={
            'foot': self.tr('Foot', 'a part of the leg'),
            'calf': self.tr('Calf', 'a part of the leg'),
            'shin': self.tr('Shin', 'a part of the leg'),
            'knee': self.tr('Knee', 'a part of the leg'),
            'thigh_front': self.tr('Thigh (front)', 'a part of the leg'),
            'thigh_back': self.tr('Thigh (back)', 'a part of the leg'),
            'hip': self.tr('Hip', 'a part of the leg'),

            },
            period=self.tr('{start} – {end}', "keep the names in braces as they are: they are filled in"),
            since=self.tr('since {start}', "keep the names in braces as they are: they are filled in"),
            until=self.tr('until {end}', "keep the names in braces as they are: they are filled in"),
            whole_journal=self.tr('the whole journal'),
            with_unit=self.tr('{label} ({unit})', "keep the names in braces as they are: they are filled in"),
            titled_period=self.tr('{title} — {period}', "keep the names in braces as they are: they are filled in"),
            no_nights=self.tr('No nights logged in {period}.', "keep the names in braces as they are: they are filled in"),
            higher_is_better=self.tr('higher is better'),
            lower_is_better=self.tr('lower is better'),
            each_night=self.tr('each night'),
            timeline_title=self.tr('{outcome} night by night', "keep the names in braces as they are: they are filled in"),
            seven_night_average=self.tr('7-night average'),
            lane=self.tr('{kind} ({nights})', "keep the names in braces as they are: they are filled in"),
            nothing_before_bed=self.tr('Nothing used before bed in this period'),
            used_before_bed=self.tr('Used before bed (nights)'),
            legs_axis=self.tr('Legs\n(0–10)'),
            effects_title=self.tr('{outcome}: nights after each habit vs. nights without', "keep the names in braces as they are: they are filled in"),
            seems_to_help=self.tr('seems to help'),
            seems_to_hurt=self.tr('seems to hurt'),
            not_clear_yet=self.tr('not clear yet'),
            never_varied=self.tr('{outcome} was the same on every night in {period}, so there is nothing to compare.', "keep the names in braces as they are: they are filled in"),
            not_enough_nights=self.tr('Not enough nights yet to compare: each kind needs at least 5 nights with it and 5 without.'),
            too_few_so_far=self.tr('Too few nights so far: {kinds}', "keep the names in braces as they are: they are filled in"),
            few_so_far_kind=self.tr('{kind} ({with_})', "keep the names in braces as they are: they are filled in"),
            effect_row=self.tr('{kind}\n{with_} with · {without} without', "keep the names in braces as they are: they are filled in"),
            difference_axis=self.tr('Difference in {outcome} ({unit}), \nadjusted as the findings say; lines are 95% intervals', "keep the names in braces as they are: they are filled in"),
            percentage_points=self.tr('percentage points'),
            points=self.tr('points'),
            better=self.tr('better →'),
            worse=self.tr('← worse'),
            cannot_tell_yet=self.tr('Cannot tell yet: {kinds}', "keep the names in braces as they are: they are filled in"),
            row_night_after=self.tr('{kind}, night after', "keep the names in braces as they are: they are filled in"),
            row_four_weeks=self.tr('{kind}, 4 weeks', "keep the names in braces as they are: they are filled in"),
            row_dose=self.tr('{kind} {dose}', "keep the names in braces as they are: they are filled in"),
            did_not_vary=self.tr('{kind} (the outcome did not vary)', "keep the names in braces as they are: they are filled in"),
            always_with=self.tr('{kind} (always with {other})', "keep the names in braces as they are: they are filled in"),
            the_trend=self.tr('the trend'),
            only_without=self.tr('{kind} (only {without} without)', "keep the names in braces as they are: they are filled in"),
            nights_with=self.tr('{kind} ({with_} with)', "keep the names in braces as they are: they are filled in"),
            calendar_title=self.tr('{outcome}, month by month — {period}', "keep the names in braces as they are: they are filled in"),
            calendar_empty=self.tr('No nights with {outcome} in {period}.', "keep the names in braces as they are: they are filled in"),
            night_of_month=self.tr('Night of the month (blank: not logged)'),
            month_axis=self.tr("Month (each cell: the month's average; blank: nothing logged)"),
            brighter_is_better=self.tr('{outcome}\nbrighter = better', "keep the names in braces as they are: they are filled in"),
            time_of_night_title=self.tr('When symptoms start — {period}', "keep the names in braces as they are: they are filled in"),
            time_of_night_empty=self.tr('No symptoms logged at night in {period}.', "keep the names in braces as they are: they are filled in"),
            symptom_legend=self.tr('{kind} ({events})', "keep the names in braces as they are: they are filled in"),
            typical_time_in_bed=self.tr('typical time in bed'),
            hour_axis=self.tr('Hour the symptom started (18 = 6 pm … 11 = 11 am)'),
            symptom_events=self.tr('Symptom events'),
            locations_title=self.tr('Where on the legs — {period}', "keep the names in braces as they are: they are filled in"),
            locations_empty=self.tr('No symptom locations logged in {period}.', "keep the names in braces as they are: they are filled in"),
            left_leg=self.tr('Left leg'),
            right_leg=self.tr('Right leg'),
            place_count=self.tr('{place}: {events}', "keep the names in braces as they are: they are filled in"),
            with_a_place=self.tr('Symptom events with a place logged: {events}', "keep the names in braces as they are: they are filled in"),
            also=self.tr('Also: {places}', "keep the names in braces as they are: they are filled in"),
            nothing_named=self.tr('Nothing named'),
            relief_title=self.tr('Minutes to relief in the night, by what was used — {period}', "keep the names in braces as they are: they are filled in"),
            relief_empty=self.tr('No eased symptoms in the night logged in {period}.', "keep the names in braces as they are: they are filled in"),
            median_minutes=self.tr('median {minutes} min', "keep the names in braces as they are: they are filled in"),
            relief_group=(self.tr('{group}\n{events} event', 'one'), self.tr('{group}\n{events} events', 'many')),
            relief_axis=self.tr('Minutes until the symptom eased (shorter is better)'),
            milestone_title=self.tr('{outcome} and milestones', "keep the names in braces as they are: they are filled in"),
            seven_night_mean=self.tr('7-night mean'),
            milestone=self.tr('milestone'),
            no_milestones=self.tr('No milestones in this period'),
            days_since_title=self.tr('{outcome} by days since “{milestone}” ({date})', "keep the names in braces as they are: they are filled in"),
            nothing_around=self.tr('No nights logged around this milestone.'),
            days_since_axis=self.tr('days since the milestone (day 0); before it, negative'),
            experiment_title=self.tr('{kind}: {outcome} on and off, night by night', "keep the names in braces as they are: they are filled in"),
            experiment_empty=self.tr('No nights of this experiment are logged yet.'),
            on_kind=self.tr('On {kind}', "keep the names in braces as they are: they are filled in"),
            off=self.tr('Off'),
            period_mean=self.tr('Period mean'),
            taken_before_bed=self.tr('Taken before bed'),
            not_taken=self.tr('Not taken'),
        )


def chart_words(locale: QLocale | None = None) -> ChartWords:
    """The charts' words in the installed translation and the locale (``QLocale()`` by default)."""
    return shared(ChartWordsQt).words(locale)
