"""The widest values the validators accept, and everything they refuse.

Generated journals sit at the edges of every range (the first and last dates of the span, the
longest nights, the largest amounts, the longest texts in odd Unicode). Through JSON and CSV they
come back unchanged; imported into a real journal, every face of the app works on them:
``summary``, ``analyze``, ``report``, every chart, ``export``, and every page of the window.
Anything the readers or validators refuse raises their one typed error with a one-line message,
never another exception.
"""

from __future__ import annotations

import json
import string
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quietlegs.charts import CHART_NAMES
from quietlegs.cli import main
from quietlegs.domain import vocab
from quietlegs.domain.appointments import MAX_PURPOSE, MAX_QUESTION, MAX_QUESTIONS, MAX_WITH_WHOM
from quietlegs.domain.csv_format import SECTIONS, CsvImportError, dump_csv, parse_csv
from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal
from quietlegs.domain.records import Appointment, Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.domain.validation import (
    FIRST_DATE,
    FIRST_TIME,
    LAST_DATE,
    LAST_TIME,
    MAX_AMOUNT,
    MAX_AWAKENINGS,
    MAX_MINUTES,
    MAX_NAME,
    MAX_NOTES,
    MAX_UNIT,
    FieldError,
    validate_intervention,
    validate_kind,
    validate_night,
    validate_symptom,
)

# Odd but keepable Unicode: combining marks, right-to-left, emoji with joiners, astral letters,
# line and paragraph separators, a BOM, noncharacters, markup, formula starts, CSV's own marks.
ODD = st.sampled_from(list("aé\u0301\u05d0\u0627\u202e\u200d\u2028\u2029\ufeff\ufffe\uffff\U0001f9b5\U0001d11e"
                           "\U0001f468<>&=+-@\t\r\n\"';,|\\ "))
KEEPABLE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


def long_text(limit: int, min_size: int = 0) -> st.SearchStrategy[str]:
    """Short odd text, or text filled to exactly ``limit`` characters."""
    short = st.text(st.one_of(ODD, KEEPABLE), min_size=min_size, max_size=min(30, limit))
    full = st.builds(lambda head, fill: (head + fill * limit)[:limit], short, ODD)
    return st.one_of(short, full)


def edge(low, high, *inside):
    """The ends of a range, just inside them, and anything between."""
    return st.one_of(st.sampled_from([low, high, *inside]), st.integers(low, high))


EDGE_DATES = [FIRST_DATE, FIRST_DATE + timedelta(days=2), LAST_DATE - timedelta(days=2), LAST_DATE]
DATES = st.one_of(st.sampled_from(EDGE_DATES), st.dates(FIRST_DATE, LAST_DATE))
TIMES = st.one_of(st.sampled_from([FIRST_TIME, LAST_TIME.replace(second=0), datetime(2026, 11, 21, 3)]),
                  st.datetimes(FIRST_TIME, LAST_TIME).map(lambda t: t.replace(second=0, microsecond=0)))
AMOUNTS = st.one_of(st.none(), st.sampled_from([0.0, float(MAX_AMOUNT), 0.001, 5e-324, 0.1 + 0.2]),
                    st.floats(0, MAX_AMOUNT))
MINUTES = st.one_of(st.none(), edge(0, MAX_MINUTES))


@st.composite
def nights(draw, day: date) -> Night:
    noon = datetime.combine(day, time(12))
    in_bed = noon + timedelta(minutes=draw(edge(0, 24 * 60 - 1)))
    in_bed_for = draw(edge(0, 20 * 60))  # time in bed: up to 20 hours
    to_lights = draw(edge(0, in_bed_for))
    latency = draw(edge(0, min(MAX_MINUTES, in_bed_for - to_lights)))
    waso = draw(edge(0, min(MAX_MINUTES, in_bed_for - to_lights - latency)))
    asleep = draw(edge(0, in_bed_for - to_lights - latency - waso))
    lights_out = in_bed + timedelta(minutes=to_lights)
    final_wake = lights_out + timedelta(minutes=latency + waso + asleep)
    return Night(
        night_of=day, in_bed=in_bed, lights_out=lights_out, sleep_latency_min=latency,
        awakenings=draw(edge(0, MAX_AWAKENINGS)), wake_after_sleep_onset_min=waso, final_wake=final_wake,
        out_of_bed=in_bed + timedelta(minutes=in_bed_for),
        quality=draw(st.one_of(st.none(), st.integers(1, 5))), rested=draw(st.one_of(st.none(), st.integers(1, 5))),
        legs_severity=draw(st.one_of(st.none(), st.integers(0, 10))), notes=draw(long_text(MAX_NOTES)))


@st.composite
def widest_journals(draw, max_nights: int = 4) -> JournalData:
    custom = draw(st.lists(st.builds(
        InterventionKind, slug=st.from_regex(r"\A[a-z0-9_]{1,40}\Z").filter(lambda s: s not in vocab.BUILTIN_SLUGS),
        name=long_text(MAX_NAME, 1).map(str.strip).filter(lambda s: 1 <= len(s) <= MAX_NAME),
        category=st.sampled_from(vocab.CATEGORIES), default_amount=AMOUNTS,
        default_unit=st.one_of(st.none(), long_text(MAX_UNIT, 1))), max_size=2, unique_by=lambda k: k.slug))
    renamed = [InterventionKind(b.slug, draw(long_text(MAX_NAME, 1).map(str.strip).filter(bool)), b.category,
                                b.default_amount, b.default_unit, builtin=True)
               for b in draw(st.lists(st.sampled_from(vocab.BUILTIN_KINDS), max_size=1))]
    slugs = sorted(vocab.BUILTIN_SLUGS) + [k.slug for k in custom]
    days = sorted(set(draw(st.lists(DATES, max_size=max_nights))))
    days = [d for i, d in enumerate(days) if i == 0 or (d - days[i - 1]).days >= 2]  # never overlapping
    symptoms = draw(st.lists(st.builds(
        SymptomEvent, at=TIMES, kind=st.sampled_from(vocab.SYMPTOM_KINDS), severity=edge(0, 10),
        locations=st.lists(st.sampled_from(vocab.LOCATIONS), unique=True).map(tuple), duration_min=MINUTES,
        woke_me=st.one_of(st.none(), st.booleans()),
        preceded_by=st.lists(st.sampled_from(vocab.PRECEDED_BY), unique=True).map(tuple),
        relieved_by=st.lists(st.sampled_from(slugs), unique=True, max_size=6).map(tuple), relief_min=MINUTES,
        notes=long_text(MAX_NOTES)), max_size=3))
    interventions = draw(st.lists(st.builds(
        Intervention, at=TIMES, kind=st.sampled_from(slugs), amount=AMOUNTS,
        unit=st.one_of(st.none(), long_text(MAX_UNIT, 1)), duration_min=MINUTES, notes=long_text(MAX_NOTES)),
        max_size=3))
    appointments = draw(st.lists(st.builds(
        Appointment, date=DATES, with_whom=long_text(MAX_WITH_WHOM, 1).map(str.strip).filter(bool),
        time=st.one_of(st.none(), st.sampled_from([time(0), time(23, 59)])), purpose=long_text(MAX_PURPOSE),
        questions=st.lists(long_text(MAX_QUESTION, 1).filter(str.strip), max_size=MAX_QUESTIONS).map(tuple),
        notes=long_text(MAX_NOTES)), max_size=1))
    return JournalData(kinds=tuple(custom + renamed), nights=tuple(draw(nights(d)) for d in days),
                       symptoms=tuple(symptoms), interventions=tuple(interventions), appointments=tuple(appointments))


def both_ends() -> JournalData:
    """The widest journal there is: nights on the first and last dates, events at the first and
    last moments, the largest amounts and the longest texts."""
    def night(day: date, latency: int) -> Night:  # 20 hours in bed, all of them awake
        in_bed = datetime.combine(day, time(12))
        return Night(night_of=day, in_bed=in_bed, lights_out=in_bed, sleep_latency_min=latency, awakenings=100,
                     wake_after_sleep_onset_min=20 * 60 - latency, final_wake=in_bed + timedelta(hours=20),
                     out_of_bed=in_bed + timedelta(hours=20), quality=1, rested=5, legs_severity=10,
                     notes="\U0001f9b5\u202e" * (MAX_NOTES // 2))
    return JournalData(
        nights=(night(FIRST_DATE, 0), night(LAST_DATE, 20 * 60)),
        symptoms=(SymptomEvent(at=FIRST_TIME, kind="cramp", severity=10, locations=tuple(vocab.LOCATIONS),
                               duration_min=MAX_MINUTES, relief_min=MAX_MINUTES, relieved_by=("heat",)),
                  SymptomEvent(at=LAST_TIME.replace(second=0), kind="rls_urge", severity=0)),
        interventions=(Intervention(at=FIRST_TIME, kind="magnesium", amount=MAX_AMOUNT, unit="µ" * MAX_UNIT),
                       Intervention(at=LAST_TIME.replace(second=0), kind="heat", amount=0.0, duration_min=MAX_MINUTES)),
        appointments=(Appointment(date=LAST_DATE, with_whom="D" * MAX_WITH_WHOM, time=time(23, 59),
                                  questions=tuple("?" * MAX_QUESTION for _ in range(MAX_QUESTIONS))),))


def same(a: JournalData, b: JournalData, appointments: bool = True) -> None:
    assert sorted(b.nights, key=lambda n: n.night_of) == sorted(a.nights, key=lambda n: n.night_of)
    assert sorted(b.symptoms, key=lambda s: s.id) == sorted(a.symptoms, key=lambda s: s.id)
    assert sorted(b.interventions, key=lambda i: i.id) == sorted(a.interventions, key=lambda i: i.id)
    if appointments:
        assert sorted(b.appointments, key=lambda x: x.id) == sorted(a.appointments, key=lambda x: x.id)
    got = {k.slug: (k.name.strip(), k.category, k.default_amount, k.default_unit) for k in b.kinds}
    for k in a.kinds:
        assert got[k.slug] == (k.name.strip(), k.category, k.default_amount, k.default_unit)


# ----------------------------------------------------------------------------- the readers alone

@given(widest_journals())
@example(both_ends())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_the_widest_values_are_valid_and_come_back_through_json_and_csv(data):
    for n in data.nights:
        assert validate_night(n) == []
    slugs = vocab.BUILTIN_SLUGS | {k.slug for k in data.kinds}
    assert all(validate_symptom(s, slugs) == [] for s in data.symptoms)
    assert all(validate_intervention(i, slugs) == [] for i in data.interventions)
    assert all(validate_kind(k) == [] for k in data.kinds)
    same(data, parse_journal(dump_journal(data, datetime(2026, 1, 1))))
    same(data, parse_csv({name: text.encode("utf-8") for name, text in dump_csv(data).items()}), appointments=False)


# Values of every JSON type, many of them just past a range or in odd forms.
NASTY_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**30), 10**30), st.floats(),
    st.sampled_from(["9999-12-31", "0001-01-01", "1969-12-31", "2100-01-03T00:00", "9999-12-31T23:59", "2_5", "٢٥",
                     "\ud800", "a\x00b", "", " ", "1e308", "NaN", "0B8E8F7E-6C1A-4A57-9F57-1D1F4D6B7A10",
                     "{0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10}", "２０２６-11-20", "2026-11-20\n", "magnesium"]),
    st.text(max_size=20), st.builds(lambda c, n: c * n, st.characters(), st.integers(MAX_NOTES - 1, MAX_NOTES + 1)))
NASTY = st.one_of(NASTY_SCALARS, st.lists(NASTY_SCALARS, max_size=3), st.dictionaries(st.text(max_size=5),
                                                                                       NASTY_SCALARS, max_size=2))
GOOD = {
    "kinds": {"slug": "my_pill", "name": "My pill", "category": "medication", "default_amount": 5, "default_unit": "mg"},
    "nights": {"id": "0b8e8f7e-6c1a-4a57-9f57-1d1f4d6b7a10", "night_of": "2026-11-20", "in_bed": "2026-11-20T22:40",
               "lights_out": "2026-11-20T23:00", "sleep_latency_min": 10, "awakenings": 1,
               "wake_after_sleep_onset_min": 5, "final_wake": "2026-11-21T06:00", "out_of_bed": "2026-11-21T06:10",
               "quality": 3, "rested": 3, "legs_severity": 2, "notes": "ok"},
    "symptoms": {"at": "2026-11-21T02:00", "kind": "cramp", "severity": 5, "locations": ["left_calf"],
                 "duration_min": 3, "woke_me": True, "preceded_by": ["cold"], "relieved_by": ["heat"],
                 "relief_min": 4, "notes": ""},
    "interventions": {"at": "2026-11-20T21:00", "kind": "magnesium", "amount": 300, "unit": "mg",
                      "duration_min": 1, "notes": ""},
    "appointments": {"date": "2026-12-03", "time": "10:30", "with_whom": "Dr O", "purpose": "p", "questions": ["q"],
                     "follow_up_date": "2027-01-01", "notes": ""},
}
FIELDS = [(section, name) for section, record in GOOD.items() for name in record]


@given(st.sampled_from(FIELDS), NASTY)
@settings(max_examples=600, deadline=None)
def test_whatever_a_json_field_holds_the_reader_accepts_it_or_names_it_in_one_line(where, value):
    section, name = where
    text = json.dumps({"format": "quietlegs-journal", "version": 1, section: [{**GOOD[section], name: value}]})
    try:
        data = parse_journal(text)
    except FormatError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message
        message.encode("utf-8")  # printable as it stands: no lone surrogate
    else:
        (record,) = getattr(data, section)
        assert record is not None


CELLS = st.one_of(st.text(max_size=12), st.sampled_from(["2_5", "٢٥", "1e999", "9" * 5000, '"', 'a"b', "\x00", "1,000",
                                                          "9999-12-31", "1969-12-31T23:59", "0,5", "-1", "nan"]))


@given(st.sampled_from([s for s in SECTIONS if s != "kinds"]), st.data())
@settings(max_examples=400, deadline=None)
def test_whatever_a_csv_cell_holds_the_reader_accepts_it_or_names_it_in_one_line(section, data):
    record = {k: v for k, v in GOOD[section].items() if k in SECTIONS[section]}
    column = data.draw(st.sampled_from(list(record)))
    cells = dict(record)
    cells[column] = data.draw(CELLS)

    def cell(v):
        text = ";".join(v) if isinstance(v, list) else ("true" if v is True else str(v))
        return '"' + text.replace('"', '""') + '"' if data.draw(st.booleans()) else text

    raw = (",".join(cells) + "\r\n" + ",".join(cell(v) for v in cells.values()) + "\r\n").encode("utf-8")
    try:
        parse_csv({f"{section}.csv": raw})
    except CsvImportError as exc:
        assert exc.problems and "\n" not in str(exc) and "\r" not in str(exc)


@given(st.sampled_from(["night", "symptom", "intervention", "kind"]), st.data())
@settings(max_examples=300, deadline=None)
def test_the_validators_give_field_errors_for_anything_never_an_exception(what, data):
    anything = st.one_of(NASTY_SCALARS, st.dates(), st.datetimes(), st.just(date.max), st.just(datetime.min),
                         st.sampled_from([10**400, -(10**400), 2**64]))  # (Hypothesis cannot print 10**5000)
    if what == "night":
        night = Night(night_of=data.draw(st.one_of(st.dates(), anything)), in_bed=data.draw(st.one_of(st.datetimes(), anything)),
                      lights_out=data.draw(st.datetimes()), sleep_latency_min=data.draw(anything), awakenings=data.draw(anything),
                      wake_after_sleep_onset_min=data.draw(anything), final_wake=data.draw(st.datetimes()),
                      out_of_bed=data.draw(st.datetimes()), quality=data.draw(anything), notes=data.draw(anything))
        errors = validate_night(night)
    elif what == "symptom":
        errors = validate_symptom(SymptomEvent(at=data.draw(anything), kind=data.draw(anything), severity=data.draw(anything),
                                               duration_min=data.draw(anything), notes=data.draw(anything)))
    elif what == "intervention":
        errors = validate_intervention(Intervention(at=data.draw(anything), kind="heat", amount=data.draw(anything),
                                                    unit=data.draw(anything), notes=data.draw(anything)))
    else:
        errors = validate_kind(InterventionKind(slug=data.draw(anything), name=data.draw(anything),
                                                category=data.draw(anything), default_amount=data.draw(anything),
                                                default_unit=data.draw(anything)))
    assert all(isinstance(e, FieldError) and e.message and "\n" not in str(e) for e in errors)


# ----------------------------------------------------------------------------- the whole app

def every_face_works(root, tmp_path, capsys) -> None:
    span = ["--from", FIRST_DATE.isoformat(), "--to", LAST_DATE.isoformat()]
    commands = [["summary", "--json"], ["summary", "--json", *span], ["analyze", "--json", *span],
                ["report", *span, "--out", tmp_path / "r.pdf"], ["export", tmp_path / "e.json"],
                ["export", "--format", "csv", tmp_path / "csv"],
                *[["chart", name, *span, "--out", tmp_path / f"{name}.png"] for name in CHART_NAMES]]
    for command in commands:
        status = main(["--data-dir", str(root), *map(str, command)])
        assert status == 0, (command, capsys.readouterr().err)


def every_page_opens(root, qtbot) -> None:
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    paths = DataPaths(root)
    journal = open_journal(paths.journal)
    try:
        window = build_main_window(JournalService(journal, paths))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for name in window._page_names:
            page = window.show_page(name)
            if name == "journal":
                qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
                for night in journal.nights():
                    page.open_night(night.night_of)
            if name == "insights":
                with qtbot.waitSignal(page.ready, timeout=60_000):
                    page.set_period("all")
            qtbot.wait(10)
            page.grab()  # painted, whatever it holds
        window.close()
    finally:
        journal.close()


@pytest.mark.slow
@given(widest_journals(max_nights=3), st.sampled_from(["json", "csv"]))
@example(both_ends(), "json")
@example(both_ends(), "csv")
@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
def test_after_importing_the_widest_values_every_command_and_every_page_works(
        tmp_path_factory, capsys, qtbot, data, form):
    tmp = tmp_path_factory.mktemp("widest")
    root = tmp / "data"
    if form == "json":
        source = tmp / "journal.json"
        source.write_text(dump_journal(data, datetime(2026, 11, 21)), encoding="utf-8")
    else:
        source = tmp / "in"
        source.mkdir()
        for name, text in dump_csv(data).items():
            (source / name).write_text(text, encoding="utf-8", newline="")
    assert main(["--data-dir", str(root), "import", str(source)]) == 0, capsys.readouterr().err
    every_face_works(root, tmp, capsys)
    every_page_opens(root, qtbot)


@pytest.mark.slow
def test_a_season_at_each_end_of_the_span_is_analysed_with_real_estimates(tmp_path, capsys, qapp):
    """Enough nights at both ends for the regression (statsmodels, pandas dates) to run there."""
    from quietlegs.domain.demo_journal import generate_demo_journal

    root = tmp_path / "data"
    ends = [(FIRST_DATE, FIRST_DATE + timedelta(days=119)), (LAST_DATE - timedelta(days=119), LAST_DATE)]
    for seed, (_, last) in enumerate(ends):
        source = tmp_path / f"{last}.json"
        source.write_text(dump_journal(generate_demo_journal(last, nights=120, seed=seed), datetime(2026, 1, 1)),
                          encoding="utf-8")
        assert main(["--data-dir", str(root), "import", str(source)]) == 0
    capsys.readouterr()
    for first, last in ends:
        period = ["--from", first.isoformat(), "--to", last.isoformat()]
        assert main(["--data-dir", str(root), "analyze", "--json", *period]) == 0
        answer = json.loads(capsys.readouterr().out)
        estimated = [e for e in answer["effects"] if e["enough_data"]]
        assert estimated and all(e["ci_low"] <= e["adjusted_difference"] <= e["ci_high"] for e in estimated)
        for command in (["report", "--out", tmp_path / "r.pdf"], ["chart", "timeline", "--out", tmp_path / "t.png"],
                        ["chart", "calendar", "--out", tmp_path / "c.svg"]):
            assert main(["--data-dir", str(root), *map(str, command), *period]) == 0, capsys.readouterr().err
            capsys.readouterr()
