"""The report's sections as blocks for the page flow: summary, charts, nights, this visit."""

from __future__ import annotations

from datetime import date

from quietlegs.domain import red_flags as rules
from quietlegs.domain import vocab
from quietlegs.domain.appointments import has_afterwards
from quietlegs.domain.records import Appointment
from quietlegs.report import formatting as F
from quietlegs.report.content import ReportContent
from quietlegs.report.formatting import tr
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
    k = c.kinds.get(slug)
    return k.name if k else slug.replace("_", " ").capitalize()


def summary_blocks(c: ReportContent) -> list[Block]:
    o, s, p = c.options, c.summary, c.previous_summary
    prev_start, prev_end = o.previous_period
    who = f"{o.person}, " if o.person.strip() else ""
    logged, total = s["nights_logged"], s["nights_in_period"]
    share = f" ({100 * logged / total:.0f} %)" if total else ""
    blocks: list[Block] = [
        Text(tr("Sleep and leg symptoms"), "title"),
        Text(f"{who}" + tr("nights of") + f" {F.day(o.start)} " + tr("to") + f" {F.day(o.end)}", "subtitle",
             space_before=2),
        Text(tr("Nights logged:") + f" {logged} " + tr("of") + f" {total}{share}. "
             + tr("Compared with the same number of nights just before") + f" ({F.period(prev_start, prev_end)}, "
             + f"{p['nights_logged']} " + tr("logged") + ").", "body", space_before=8),
        Text(tr("Averages per logged night"), "h2", space_before=12, keep_with_next=True),
    ]
    rows = [[tr(label), F.value_text(key, s[key]), F.value_text(key, p[key]), F.change_text(key, s[key], p[key])]
            for key, _, label, _, _ in F.SUMMARY_MEASURES]
    blocks.append(Table([
        Column(tr("Measure"), 3.0), Column(tr("This period"), 1.3, RIGHT),
        Column(tr("Previous period"), 1.4, RIGHT), Column(tr("Change"), 1.9),
    ], rows))

    blocks.append(Text(tr("Leg symptoms"), "h2", space_before=12, keep_with_next=True))
    if s["symptom_events"]:
        kinds = sorted(s["symptoms_by_kind"], key=lambda k: (-s["symptoms_by_kind"][k], k))
        rows = [[vocab.SYMPTOM_KIND_LABELS.get(k, k), str(s["symptoms_by_kind"][k]),
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
            category = vocab.CATEGORY_LABELS.get(k.category, "") if k else ""
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

def _adjusted_words(c: ReportContent) -> str:
    """What the effects chart's estimate adjusted for, and what it could not (and why), named."""
    from quietlegs.analysis.design import ADJUSTMENT_LABELS

    chart = next((ch for ch in c.charts if ch.adjusted_for or ch.not_adjusted_for), None)
    names = [tr(ADJUSTMENT_LABELS.get(a, a.replace("_", " "))) for a in (chart.adjusted_for if chart else ())]
    said = ", ".join(names) + " " + tr("and the other habits") if names else tr("the other habits")
    text = tr("adjusted for") + " " + said
    missing = [f"{tr(ADJUSTMENT_LABELS.get(a, a.replace('_', ' ')))} ({tr(why)})"
               for a, why in (chart.not_adjusted_for if chart else ())]
    if missing:
        text += "; " + tr("not adjusted for") + " " + "; ".join(missing)
    return text


def chart_blocks(c: ReportContent) -> list[Block]:
    if not c.charts:
        return []
    blocks: list[Block] = [
        Text(tr("Charts"), "h1", keep_with_next=True),
        Text(tr("Sleep efficiency is shown night by night and by month; the effects chart compares nights "
                "after each habit with nights without, ") + _adjusted_words(c)
             + tr(" (associations, not proof of cause)."), "note", space_before=2, keep_with_next=True),
    ]
    for chart in c.charts:  # each figure carries its own title, as text
        blocks.append(Svg(chart.svg, chart.aspect, space_before=14))
    return blocks


# ----------------------------------------------------------------------------- self-experiments

def _number(x: float | None, decimals: int) -> str:
    return F.DASH if x is None else f"{x:+.{decimals}f}"


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
        blocks.append(Text(tr("Self-experiment:") + f" {e.kind_name}", "h1", keep_with_next=True))
        nights = tr("washout night before each switch") if exp.washout_nights == 1 else \
            tr("washout nights before each switch")
        washout = f" {tr('with')} {exp.washout_nights} {nights}" if exp.washout_nights else ""
        blocks.append(Text(
            f"{exp.pairs} " + tr("pairs of") + f" {exp.period_nights}" + tr("-night periods on and off") + f" {e.kind_name}"
            + washout + ", " + tr("the order within each pair drawn at random; nights of")
            + f" {F.day(exp.start)} " + tr("to") + f" {F.day(end_of(exp))}. " + tr("Judged by:") + f" {o.label}. "
            + tr("Smallest p-value this design can reach:") + f" {e.smallest_p:.3g}.", "body", space_before=4))
        if exp.stopped_on is not None:
            blocks.append(Text(tr("Stopped early after the night of") + f" {F.day(exp.stopped_on)}.", "body",
                               space_before=2))
        followed = F.DASH if r.adherence is None else f"{100 * r.adherence:.0f} %"
        unit = f" ({o.unit})" if o.unit else ""
        rows = [[tr("Nights logged on / off"), f"{r.nights_on} / {r.nights_off}"],
                [tr("Nights that followed the plan"), followed],
                [tr("Difference, on − off") + unit, _number(r.difference, o.decimals)],
                [tr("95% interval (over the pairs)"), F.DASH if r.ci_low is None
                 else f"{r.ci_low:.{o.decimals}f} " + tr("to") + f" {r.ci_high:.{o.decimals}f}"],
                [tr("Randomisation p-value"), F.DASH if r.p_value is None else f"{r.p_value:.3g}"]]
        blocks.append(Table([Column(tr("Result"), 2.6), Column("", 1.6, RIGHT)], rows, space_before=6, share=0.6))
        blocks.append(Text(r.words, "body", space_before=6, keep_with_next=True))
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
        woke = " " + tr("(woke)") if e.woke_me else ""
        parts.append(f"{F.SHORT_SYMPTOM.get(e.kind, e.kind)} {e.severity}{woke}")
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
            F.h_mm(r.values["total_sleep_min"]), F.DASH if eff is None else f"{eff:.0f} %",
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
    when = F.day(a.date) + (f", {a.time:%H:%M}" if a.time else "")
    return f"{when} · {a.with_whom}"


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
            blocks.append(Text(tr("Purpose:") + f" {a.purpose}", "body", space_before=2))
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
        blocks.append(Text(tr("Last visit:") + f" {_when(last)}", "h2", space_before=4, keep_with_next=True))
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
        rows.append([F.short_day(date.fromisoformat(f["night_of"])), tr(rules.TITLES.get(f["rule"], f["rule"])),
                     tr("Urgent: care the same day") if urgent else tr("Soon: worth telling the doctor")])
    return [
        Text(tr("Worth raising at this visit"), "h2", space_before=12, keep_with_next=True),
        Text(tr("Warning signs in what was logged, from the background guidance on leg symptoms. They are "
                "prompts to ask about, not diagnoses; the date is the first night of each episode."),
             "note", space_before=2, keep_with_next=True),
        Table([Column(tr("First night"), 1.1), Column(tr("What was logged"), 3.6), Column(tr("Advice given"), 1.9)],
              rows, space_before=4),
    ]
