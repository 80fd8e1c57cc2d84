"""Each Insights chart said in a sentence or two, for people who cannot see it (a screen reader
reads it as the chart's accessible description): what it shows, over which nights, and the one
or two figures a sighted person would take from it. Computed from the night table the page
already holds; no statistics and no matplotlib here."""

from __future__ import annotations

from collections import Counter, defaultdict
from statistics import mean

from quietlegs.analysis.outcomes import OUTCOMES
from quietlegs.domain.vocab import location_label
from quietlegs.ui.models.formatting import day_label, number, outcome_value
from quietlegs.ui.translation import tr, vocab_tr


def _outcome_words(rows, outcome: str) -> str:
    spec = OUTCOMES[outcome]
    known = [(r.values.get(outcome), r.night_of) for r in rows if r.values.get(outcome) is not None]
    if not known:
        return tr("No night in this period has a value for it.")
    best = (max if spec.higher_is_better else min)(known, key=lambda vn: vn[0])
    worst = (min if spec.higher_is_better else max)(known, key=lambda vn: vn[0])
    return tr("%n night(s) logged; average {0}, best {1} on {2}, worst {3} on {4}.", "", len(known)).format(
        outcome_value(spec, mean(v for v, _ in known)), outcome_value(spec, best[0]), day_label(best[1], year=True),
        outcome_value(spec, worst[0]), day_label(worst[1], year=True))


def chart_summary(chart: str, rows, outcome: str, names, findings: int = 0) -> str:
    """What chart ``chart`` shows for night-table ``rows`` (oldest first) and ``outcome``;
    ``names(slug)`` names a kind; ``findings`` is how many findings the list beside it holds."""
    label = vocab_tr(OUTCOMES[outcome].label)
    if not rows:
        return tr("No nights logged in this period.")
    span = tr("{0} – {1}", "a period: from – to").format(day_label(rows[0].night_of, year=True),
                                                         day_label(rows[-1].night_of, year=True))
    if chart == "timeline":
        return tr("{0} night by night, {1}: {2}").format(label, span, _outcome_words(rows, outcome))
    if chart == "calendar":
        return tr("A calendar of {0}, one square a night, {1}: {2}").format(label, span, _outcome_words(rows, outcome))
    if chart == "effects":
        return tr("How each thing you tried lines up with {0}, {1}: %n finding(s), "
                  "said in words in the list beside the chart.", "", findings).format(label, span)
    symptoms = [s for r in rows for s in r.symptoms if s.at.hour >= 18 or s.at.hour < 12]
    if chart == "time_of_night":
        if not symptoms:
            return tr("When in the night symptoms started, {0}: none logged.").format(span)
        hour, _count = Counter(s.at.hour for s in symptoms).most_common(1)[0]
        return tr("When in the night symptoms started, {0}: %n symptom(s), most often between "
                  "{1}:00 and {2}:00.", "", len(symptoms)).format(span, f"{hour:02d}", f"{(hour + 1) % 24:02d}")
    if chart == "locations":
        places = Counter(p for r in rows for s in r.symptoms for p in s.locations)
        if not places:
            return tr("Where on the legs symptoms were felt, {0}: no places logged.").format(span)
        place, count = places.most_common(1)[0]
        return tr("Where on the legs symptoms were felt, {0}: most often {1} (%n time(s)).", "", count).format(
            span, vocab_tr(location_label(place)))
    if chart == "relief":
        groups: dict[str, list[int]] = defaultdict(list)
        for r in rows:
            for s in r.symptoms:
                if s.at >= r.night.in_bed and s.relief_min is not None:
                    what = " + ".join(names(k) for k in sorted(s.relieved_by)) or tr("nothing named")
                    groups[what].append(s.relief_min)
        if not groups:
            return tr("Minutes to relief in the night, {0}: no eased symptoms logged.").format(span)
        fastest = min(groups, key=lambda g: mean(groups[g]))
        return tr("Minutes to relief in the night by what was used, {0}: %n symptom(s) eased; "
                  "fastest on average {1}, {2} min.", "", sum(map(len, groups.values()))).format(
            span, fastest, number(mean(groups[fastest])))
    return ""
