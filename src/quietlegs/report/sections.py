"""The report's sections as blocks for the page flow: summary, charts, nights, this visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from quietlegs.domain import red_flags as rules
from quietlegs.domain import vocab
from quietlegs.domain.appointments import has_afterwards
from quietlegs.domain.records import Appointment
from quietlegs.report import formatting as F
from quietlegs.report.content import ReportContent
from quietlegs.report.formatting import tr
from quietlegs.report.words import MINUS, arg, english_plural as _s, outcome_unit, vocabulary
from quietlegs.report.layout import CENTER, RIGHT, Block, Column, Numbered, PageBreak, Rule, Svg, Table, Text, WritingLines


def report_blocks(c: ReportContent) -> list[Block]:
    blocks: list[Block] = []
    parts = [
        ("summary", summary_blocks),
        ("charts", chart_blocks),
        ("experiments", experiment_blocks),
        ("nights", nights_blocks),
        ("visit", visit_blocks),
    ]
    for name, build in parts:
        if not c.has(name):
            continue
        section = build(c)
        if section:
            if blocks:
                blocks.append(PageBreak())
            blocks += section
    return blocks


# ----------------------------------------------------------------------------- 1. summary

def _kind_name(c: ReportContent, slug: str) -> str:
    from quietlegs.report.words import kind_name

    k = c.kinds.get(slug)
    return kind_name(slug, k.name, k.builtin) if k else slug.replace("_", " ").capitalize()


def summary_blocks(c: ReportContent) -> list[Block]:
    o, s, p = c.options, c.summary, c.previous_summary
    prev_start, prev_end = o.previous_period
    logged, total = s["nights_logged"], s["nights_in_period"]
    nights = (arg(tr("%1, nights of %2 to %3", "the person, the period"), o.person, F.day(o.start), F.day(o.end))
              if o.person.strip() else arg(tr("nights of %1 to %2"), F.day(o.start), F.day(o.end)))
    if total:
        counted = arg(tr("Nights logged: %1 of %2 (%3). Compared with the same number of nights just before "
                                "(%4, %5 logged)."), logged, total, F.percent(100 * logged / total),
                      F.period(prev_start, prev_end), p["nights_logged"])
    else:
        counted = arg(tr("Nights logged: %1 of %2. Compared with the same number of nights just before "
                                "(%3, %4 logged)."), logged, total, F.period(prev_start, prev_end), p["nights_logged"])
    blocks: list[Block] = [
        Text(tr("Sleep and leg symptoms"), "title"),
        Text(nights, "subtitle", space_before=2),
        Text(counted, "body", space_before=8),
        Text(tr("Averages per logged night"), "h2", space_before=12, keep_with_next=True),
    ]
    rows = [[F.measure_label(key), F.value_text(key, s[key]), F.value_text(key, p[key]),
             F.change_text(key, s[key], p[key])] for key, _, _, _ in F.SUMMARY_MEASURES]
    blocks.append(Table([
        Column(tr("Measure"), 3.0), Column(tr("This period"), 1.3, RIGHT),
        Column(tr("Previous period"), 1.4, RIGHT), Column(tr("Change"), 1.9),
    ], rows))

    blocks.append(Text(tr("Leg symptoms"), "h2", space_before=12, keep_with_next=True))
    if s["symptom_events"]:
        kinds = sorted(s["symptoms_by_kind"], key=lambda k: (-s["symptoms_by_kind"][k], k))
        rows = [[_symptom_kind(k), str(s["symptoms_by_kind"][k]),
                 str(s["symptoms_that_woke"].get(k, 0))] for k in kinds]
        rows.append([tr("All leg symptoms"), str(s["symptom_events"]), str(sum(s["symptoms_that_woke"].values()))])
        blocks.append(Table([Column(tr("Kind"), 3.0), Column(tr("Events"), 1.0, RIGHT),
                             Column(tr("Woke the person"), 1.4, RIGHT)],
                            rows, bold_rows=frozenset({len(rows) - 1}), share=0.7))
    else:
        blocks.append(Text(tr("No leg symptoms were logged in this period."), "body", space_before=2))

    blocks.append(Text(tr("What was used"), "h2", space_before=12, keep_with_next=True))
    if c.usage:
        rows = []
        for u in c.usage:
            k = c.kinds.get(u.kind)
            category = _category(k.category) if k else ""
            rows.append([_kind_name(c, u.kind), category, str(u.times), str(u.nights_before_bed),
                         str(u.nights_during_night), F.amount(u.typical_amount, u.unit)])
        blocks.append(Table([
            Column(tr("What"), 1.6), Column(tr("Kind"), 1.1), Column(tr("Times used"), 0.95, RIGHT),
            Column(tr("Before bed"), 1.3, RIGHT), Column(tr("In the night"), 1.3, RIGHT),
            Column(tr("Typical dose"), 1.05, RIGHT),
        ], rows))
    else:
        blocks.append(Text(tr("Nothing was logged as used in this period."), "body", space_before=2))

    blocks += regimen_blocks(c)

    if c.findings:
        blocks.append(Text(tr("Top findings from Insights (associations, not proof of cause)"), "h2",
                           space_before=12, keep_with_next=True))
        blocks += [Numbered("•", f.text) for f in c.findings]

    blocks.append(Text(
        tr("Averages are per logged night. Total sleep is the time from lights out to the final awakening, "
           "less the minutes to fall asleep and the minutes awake. Sleep efficiency is total sleep as a share "
           "of the time in bed. \u201cBefore bed\u201d and \u201cIn the night\u201d count the nights on which "
           "something was used at that time: uses before bed belong to the night that followed; uses in the "
           "night were usually reactions to symptoms."), "note", space_before=12))
    return blocks


def regimen_blocks(c: ReportContent) -> list[Block]:
    """"Regimen: Magnesium taken 26 of 30 evenings; missed 2, skipped 2", a line per kind, with
    the evenings missed when they are few enough to name."""
    if not c.regimen:
        return []
    blocks: list[Block] = [Text(tr("Regimen"), "h2", space_before=12, keep_with_next=True)]
    for a in c.regimen:
        text = tr("{0}: taken {1} of {2} evenings; missed {3}, skipped {4} on purpose.").format(
            _kind_name(c, a.kind), a.taken, a.due, a.missed, a.skipped)
        if 0 < len(a.missed_nights) <= 6:
            text += " " + tr("Missed on {0}.").format(", ".join(F.short_day(d) for d in a.missed_nights))
        blocks.append(Text(text, "body", space_before=2))
    return blocks


# ----------------------------------------------------------------------------- 2. charts

def _charts_note(c: ReportContent) -> str:
    """What the charts show and what the effects chart's estimate adjusted for, and what it could
    not (and why), named: one sentence of four, by what there is to say."""
    from quietlegs.report.words import Adjustments, shared

    words = shared(Adjustments)
    chart = next((ch for ch in c.charts if ch.adjusted_for or ch.not_adjusted_for), None)
    names = ", ".join(words.label(a) for a in (chart.adjusted_for if chart else ()))
    missing = "; ".join(words.left_out(a) for a, _ in (chart.not_adjusted_for if chart else ()))
    if names and missing:
        text = tr("Sleep efficiency is shown night by night and by month; the effects chart compares nights after "
                  "each habit with nights without, adjusted for %1 and the other habits; not adjusted for %2 "
                  "(associations, not proof of cause).")
    elif names:
        text = tr("Sleep efficiency is shown night by night and by month; the effects chart compares nights after "
                  "each habit with nights without, adjusted for %1 and the other habits (associations, not proof "
                  "of cause).")
    elif missing:
        text = tr("Sleep efficiency is shown night by night and by month; the effects chart compares nights after "
                  "each habit with nights without, adjusted for the other habits; not adjusted for %2 "
                  "(associations, not proof of cause).")
    else:
        text = tr("Sleep efficiency is shown night by night and by month; the effects chart compares nights after "
                  "each habit with nights without, adjusted for the other habits (associations, not proof of cause).")
    return arg(text, names, missing)


def chart_blocks(c: ReportContent) -> list[Block]:
    if not c.charts:
        return []
    blocks: list[Block] = [
        Text(tr("Charts"), "h1", keep_with_next=True),
        Text(_charts_note(c), "note", space_before=2, keep_with_next=True),
    ]
    for chart in c.charts:  # each figure carries its own title, as text
        blocks.append(Svg(chart.svg, chart.aspect, space_before=14))
    return blocks


# ----------------------------------------------------------------------------- self-experiments

def _number(x: float | None, decimals: int) -> str:
    """``+1.5``, ``−0.3``"""
    if x is None:
        return F.DASH
    text = F.number(x, decimals)
    return text if text.startswith(MINUS) else QLocale().positiveSign() + text


def _p(p: float) -> str:
    """A p-value to three significant digits: ``0.125``."""
    return f"{p:.3g}".replace(".", QLocale().decimalPoint())


def _symptom_kind(kind: str) -> str:
    return vocabulary(vocab.SYMPTOM_KIND_LABELS.get(kind, kind))


def _category(category: str) -> str:
    return vocabulary(vocab.CATEGORY_LABELS.get(category, ""))


def _red_flag_title(rule: str) -> str:
    return vocabulary(rules.TITLES.get(rule, rule))


def experiment_blocks(c: ReportContent) -> list[Block]:
    """One part per self-experiment: the design, how well it was followed, the result, the chart."""
    from quietlegs.analysis.outcomes import OUTCOMES
    from quietlegs.domain.experiments import end_of

    blocks: list[Block] = []
    for e in c.experiments:
        r, exp = e.result, e.result.experiment
        o = OUTCOMES[exp.outcome]
        if blocks:
            blocks.append(Rule(space_before=10))
        blocks.append(Text(arg(tr("Self-experiment: %1"), e.kind_name), "h1", keep_with_next=True))
        if exp.washout_nights:
            design = _s(tr("%1 pairs of %2-night periods on and off %3 with %n washout night(s) before each "
                                  "switch, the order within each pair drawn at random; nights of %4 to %5.", "",
                                  exp.washout_nights), exp.washout_nights)
        else:
            design = tr("%1 pairs of %2-night periods on and off %3, the order within each pair drawn at "
                               "random; nights of %4 to %5.")
        design = arg(design, exp.pairs, exp.period_nights, e.kind_name, F.day(exp.start), F.day(end_of(exp)))
        judged = arg(tr("Judged by: %1."), e.outcome_label)
        smallest = arg(tr("Smallest p-value this design can reach: %1."), _p(e.smallest_p))
        blocks.append(Text(f"{design} {judged} {smallest}", "body", space_before=4))
        if exp.stopped_on is not None:
            blocks.append(Text(arg(tr("Stopped early after the night of %1."), F.day(exp.stopped_on)), "body",
                               space_before=2))
        followed = F.DASH if r.adherence is None else F.percent(100 * r.adherence)
        difference = (arg(tr("Difference, on − off (%1)", "its unit"), outcome_unit(exp.outcome)) if o.unit
                      else tr("Difference, on − off"))
        rows = [[tr("Nights logged on / off"), f"{r.nights_on} / {r.nights_off}"],
                [tr("Nights that followed the plan"), followed],
                [difference, _number(r.difference, o.decimals)],
                [tr("95% interval (over the pairs)"), F.DASH if r.ci_low is None
                 else arg(tr("%1 to %2", "an interval"), F.number(r.ci_low, o.decimals),
                          F.number(r.ci_high, o.decimals))],
                [tr("Randomisation p-value"), F.DASH if r.p_value is None else _p(r.p_value)]]
        blocks.append(Table([Column(tr("Result"), 2.6), Column("", 1.6, RIGHT)], rows, space_before=6, share=0.6))
        blocks.append(Text(e.words or r.words, "body", space_before=6, keep_with_next=True))
        blocks.append(Svg(e.chart.svg, e.chart.aspect, space_before=8))
    if blocks:
        blocks.append(Text(tr("Nights count in the period the schedule gave them, whatever was taken, so a plan "
                              "not followed shows a smaller, less certain difference. The p-value is exact over "
                              "the orders the design allowed."), "note", space_before=8))
    return blocks


# ----------------------------------------------------------------------------- 3. nights

def _symptoms_cell(row) -> str:
    parts = []
    for e in sorted(row.symptoms, key=lambda e: e.at):
        said = (tr("%1 %2 (woke)", "a symptom, its severity, and that it woke the person") if e.woke_me
                else tr("%1 %2", "a symptom and its severity"))
        parts.append(arg(said, F.short_symptom(e.kind), e.severity))
    return ", ".join(parts)


def nights_blocks(c: ReportContent) -> list[Block]:
    blocks: list[Block] = [
        Text(tr("Nights"), "h1"),
        Text(tr("Bed: into bed. Woke: final awakening. Sleep: total sleep (hours:minutes). Eff.: sleep "
                "efficiency. Qual.: sleep quality 1–5 (5 very good). Legs: leg discomfort 0–10. Symptoms: kind and severity 0–10, "
                "(woke) when it woke the person. Before bed: what was used or met before going to bed."),
             "note", space_before=3, keep_with_next=True),
    ]
    if not c.night_rows:
        blocks.append(Text(tr("No nights were logged in this period."), "body", space_before=6))
        return blocks
    rows = []
    for r in c.night_rows:
        n = r.night
        eff = r.values["sleep_efficiency"]
        rows.append([
            F.short_day(n.night_of), F.clock(n.in_bed), F.clock(n.final_wake),
            F.h_mm(r.values["total_sleep_min"]), F.DASH if eff is None else F.percent(eff),
            F.DASH if n.quality is None else str(n.quality),
            F.DASH if n.legs_severity is None else str(n.legs_severity),
            _symptoms_cell(r), ", ".join(sorted(_kind_name(c, k) for k in r.before_bed)),
        ])
    blocks.append(Table([
        Column(tr("Night of"), 1.1), Column(tr("Bed"), 0.6, CENTER), Column(tr("Woke"), 0.6, CENTER),
        Column(tr("Sleep"), 0.6, RIGHT), Column(tr("Eff."), 0.55, RIGHT), Column(tr("Qual."), 0.55, CENTER),
        Column(tr("Legs"), 0.5, CENTER), Column(tr("Symptoms"), 2.2), Column(tr("Before bed"), 3.0),
    ], rows, space_before=6))
    return blocks


# ----------------------------------------------------------------------------- 4. this visit

def _when(a: Appointment) -> str:
    if a.time:
        return arg(tr("%1, %2 · %3", "an appointment: date, time · with whom"), F.day(a.date),
                   F.clock(a.time), a.with_whom)
    return arg(tr("%1 · %2", "an appointment: date · with whom"), F.day(a.date), a.with_whom)


def visit_blocks(c: ReportContent) -> list[Block]:
    a = c.visit
    blocks: list[Block] = [Text(tr("For this visit"), "h1")]
    # The warning signs lead the page a clinician reads with the person (the first page is full
    # with the averages: there they pushed its footnote onto a page of its own).
    blocks += red_flag_blocks(c)
    if a is None:
        blocks.append(Text(tr("No appointment is planned in the journal. Questions to ask:"), "body",
                           space_before=6))
        blocks += [WritingLines(1, f"{n}.", space_before=0) for n in range(1, 6)]
    else:
        blocks.append(Text(_when(a), "h2", space_before=6))
        if a.purpose:
            blocks.append(Text(arg(tr("Purpose: %1"), a.purpose), "body", space_before=2))
        blocks.append(Text(tr("Questions to ask"), "h2", space_before=12, keep_with_next=True))
        if a.questions:
            for n, q in enumerate(a.questions, 1):
                blocks.append(Numbered(f"{n}.", q, keep_with_next=True, space_before=5))
                blocks.append(WritingLines(1))
        else:
            blocks.append(Text(tr("None written down yet."), "body", space_before=2))
            blocks += [WritingLines(1, f"{n}.", space_before=0) for n in range(1, 4)]
        if a.notes.strip():
            blocks.append(Text(tr("Notes"), "h2", space_before=12, keep_with_next=True))
            blocks += [Text(line, "body", space_before=2) for line in a.notes.strip().splitlines() if line.strip()]
    last = c.last_visit
    if last is not None and has_afterwards(last):
        blocks.append(Rule(space_before=14))
        blocks.append(Text(arg(tr("Last visit: %1"), _when(last)), "h2", space_before=4, keep_with_next=True))
        said = [(tr("Diagnosis"), last.diagnosis), (tr("New medicine"), last.new_medicine),
                (tr("Treatment or test"), last.treatment_or_test), (tr("Instructions"), last.instructions)]
        rows = [[label, text] for label, text in said if text.strip()]
        if last.follow_up_date:
            rows.append([tr("Follow-up date"), F.day(last.follow_up_date)])
        blocks.append(Table([Column(tr("What was said"), 1.2), Column("", 4.0)], rows, zebra=False))
    blocks.append(Text(tr("Write down during the visit"), "h2", space_before=16, keep_with_next=True))
    for label, lines in ((tr("Diagnosis"), 1), (tr("New medicine"), 1), (tr("Treatment or test"), 1),
                         (tr("Instructions"), 2), (tr("Follow-up date"), 1)):
        blocks.append(WritingLines(lines, label, indent=0, space_before=0))

    return blocks


# ----------------------------------------------------------------------------- warning signs

def red_flag_blocks(c: ReportContent) -> list[Block]:
    """The period's warning signs (domain/red_flags.py), one row per episode, urgent first:
    a clinician must hear about them even when the person put the prompt away."""
    flags = c.summary.get("red_flags") or []
    if not flags:
        return []
    rows = []
    for f in flags:
        urgent = rules.URGENCY.get(f["rule"]) == rules.URGENT
        rows.append([F.short_day(date.fromisoformat(f["night_of"])), _red_flag_title(f["rule"]),
                     tr("Urgent: care the same day") if urgent else tr("Soon: worth telling the doctor")])
    return [
        Text(tr("Worth raising at this visit"), "h2", space_before=12, keep_with_next=True),
        Text(tr("Warning signs in what was logged, from the background guidance on leg symptoms. They are "
                "prompts to ask about, not diagnoses; the date is the first night of each episode."),
             "note", space_before=2, keep_with_next=True),
        Table([Column(tr("First night"), 1.1), Column(tr("What was logged"), 3.6), Column(tr("Advice given"), 1.9)],
              rows, space_before=4),
    ]
