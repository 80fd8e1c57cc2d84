"""Property tests: random bytes and random bad rows get a clear error and write nothing; random
records with any unicode survive export and import, through JSON and CSV and a real journal."""

import string
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quietlegs.cli import main
from quietlegs.domain import vocab
from quietlegs.domain.csv_format import CsvImportError, dump_csv, parse_csv
from quietlegs.domain.journal_format import FormatError, dump_journal, parse_journal
from quietlegs.domain.records import Intervention, InterventionKind, JournalData, Night, SymptomEvent
from quietlegs.storage.journal_file import open_journal

from .breakers import digest

# Any unicode a person can type or paste (no lone surrogates: no file can hold those; no NUL,
# which is not text: the validators refuse both, tests/safety/test_widest_values.py).
KEEPABLE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
ANY_TEXT = st.text(KEEPABLE, max_size=60)
NAME = ANY_TEXT.map(str.strip).filter(lambda s: 1 <= len(s) <= 80)
UNIT = st.one_of(st.none(), st.text(KEEPABLE, min_size=1, max_size=20))
CSV_NAMES = st.sampled_from(["nights.csv", "symptoms.csv", "interventions.csv", "kinds.csv"])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_random_bytes_are_refused_clearly_by_the_json_reader(raw):
    try:
        parse_journal(raw.decode("utf-8", errors="replace"))
    except FormatError as exc:
        assert str(exc)
    else:
        pytest.fail("random bytes parsed as a journal")


@given(st.dictionaries(CSV_NAMES, st.binary(max_size=1500), min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_random_bytes_are_refused_clearly_by_the_csv_reader(files):
    try:
        data = parse_csv(files)
    except CsvImportError as exc:
        assert exc.problems and all(p.file and p.line >= 1 and p.reason for p in exc.problems)
    else:  # only a header-less, empty-ish file can be "nothing"
        assert data == JournalData()


GOOD_NIGHTS = (
    "night_of,in_bed,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,final_wake,out_of_bed,quality\r\n"
    "2026-11-18,2026-11-18T22:40,2026-11-18T23:00,10,1,5,2026-11-19T06:00,2026-11-19T06:10,3\r\n"
    "2026-11-19,2026-11-19T22:40,2026-11-19T23:00,10,1,5,2026-11-20T06:00,2026-11-20T06:10,4\r\n"
)


@given(row=st.integers(1, 2), column=st.integers(0, 8),
       # (no line breaks: a bare one in an unquoted cell really does start a new line of the file)
       junk=st.text(string.printable, min_size=1, max_size=12).filter(
           lambda s: not set(s) & {",", '"', "\r", "\n"}))
@settings(max_examples=200, deadline=None)
def test_a_random_bad_cell_is_reported_at_its_line_and_column(row, column, junk):
    lines = GOOD_NIGHTS.split("\r\n")
    cells = lines[row].split(",")
    cells[column] = junk
    lines[row] = ",".join(cells)
    try:
        parse_csv({"nights.csv": "\r\n".join(lines).encode()})
    except CsvImportError as exc:
        assert exc.problems[0].file == "nights.csv"
        assert exc.problems[0].line in (row + 1, 2, 3)  # the row, or the night it now overlaps
    # (a junk value that happens to be valid is simply accepted)


@given(st.binary(min_size=1, max_size=800), st.sampled_from(["x.json", "x.zip", "nights.csv"]))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_import_command_writes_nothing_for_random_files(tmp_path_factory, raw, name):
    root = tmp_path_factory.mktemp("data")
    assert main(["--data-dir", str(root), "check"]) == 0
    # Opened once as every command opens it (the one-time screening of services.repair included),
    # so what is compared is the import alone.
    from datetime import datetime

    from quietlegs.paths import DataPaths
    from quietlegs.services.opening import open_for_command

    open_for_command(DataPaths(root), datetime(2026, 11, 21, 8), writes=True).close()
    before = digest(root / "journal.sqlite3")
    bad = root.parent / name
    bad.write_bytes(raw)
    assert main(["--data-dir", str(root), "import", str(bad)]) == 2
    assert digest(root / "journal.sqlite3") == before
    assert not (root / "backups").exists() or not list((root / "backups").iterdir())


# ----------------------------------------------------------------------------- round trips

@st.composite
def journals(draw):
    custom = draw(st.lists(st.builds(
        InterventionKind,
        slug=st.from_regex(r"\Amy_[a-z0-9_]{1,20}\Z"),
        name=NAME, category=st.sampled_from(vocab.CATEGORIES),
        default_amount=st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False).map(lambda x: round(x, 3))),
        default_unit=UNIT), max_size=3, unique_by=lambda k: k.slug))
    slugs = sorted(vocab.BUILTIN_SLUGS) + [k.slug for k in custom]
    first = draw(st.dates(date(2000, 1, 1), date(2040, 1, 1)))
    nights, symptoms, items = [], [], []
    for i in range(draw(st.integers(0, 4))):
        d = first + timedelta(days=2 * i)
        in_bed = datetime(d.year, d.month, d.day, 22) + timedelta(minutes=draw(st.integers(0, 120)))
        lights_out = in_bed + timedelta(minutes=draw(st.integers(0, 60)))
        latency, waso = draw(st.integers(0, 90)), draw(st.integers(0, 120))
        final_wake = lights_out + timedelta(minutes=latency + waso + draw(st.integers(0, 500)))
        nights.append(Night(
            night_of=d, in_bed=in_bed, lights_out=lights_out, sleep_latency_min=latency,
            awakenings=draw(st.integers(0, 9)), wake_after_sleep_onset_min=waso, final_wake=final_wake,
            out_of_bed=final_wake + timedelta(minutes=draw(st.integers(0, 60))),
            quality=draw(st.one_of(st.none(), st.integers(1, 5))), rested=draw(st.one_of(st.none(), st.integers(1, 5))),
            legs_severity=draw(st.one_of(st.none(), st.integers(0, 10))), notes=draw(ANY_TEXT)))
        symptoms.append(SymptomEvent(
            at=in_bed + timedelta(minutes=draw(st.integers(0, 400))),
            kind=draw(st.sampled_from(vocab.SYMPTOM_KINDS)), severity=draw(st.integers(0, 10)),
            locations=tuple(draw(st.lists(st.sampled_from(vocab.LOCATIONS), max_size=3, unique=True))),
            duration_min=draw(st.one_of(st.none(), st.integers(0, 600))), woke_me=draw(st.one_of(st.none(), st.booleans())),
            preceded_by=tuple(draw(st.lists(st.sampled_from(vocab.PRECEDED_BY), max_size=2, unique=True))),
            relieved_by=tuple(draw(st.lists(st.sampled_from(slugs), max_size=2, unique=True))),
            relief_min=draw(st.one_of(st.none(), st.integers(0, 300))), notes=draw(ANY_TEXT)))
        items.append(Intervention(
            at=in_bed - timedelta(minutes=draw(st.integers(1, 300))), kind=draw(st.sampled_from(slugs)),
            amount=draw(st.one_of(st.none(), st.integers(0, 5000).map(float))), unit=draw(UNIT),
            duration_min=draw(st.one_of(st.none(), st.integers(0, 600))), notes=draw(ANY_TEXT)))
    return JournalData(kinds=tuple(custom), nights=tuple(nights), symptoms=tuple(symptoms), interventions=tuple(items))


def same(a: JournalData, b: JournalData) -> None:
    assert sorted(b.nights, key=lambda n: n.night_of) == sorted(a.nights, key=lambda n: n.night_of)
    assert sorted(b.symptoms, key=lambda s: s.id) == sorted(a.symptoms, key=lambda s: s.id)
    assert sorted(b.interventions, key=lambda i: i.id) == sorted(a.interventions, key=lambda i: i.id)
    mine = {k.slug: (k.name, k.category, k.default_amount, k.default_unit) for k in a.kinds}
    got = {k.slug: (k.name, k.category, k.default_amount, k.default_unit) for k in b.kinds if k.slug in mine}
    assert got == mine


@given(journals())
@settings(max_examples=150, deadline=None)
def test_any_unicode_survives_json_and_csv(data):
    same(data, parse_journal(dump_journal(data, datetime(2026, 1, 1))))
    same(data, parse_csv({name: text.encode("utf-8") for name, text in dump_csv(data).items()}))


@given(journals())
@SLOW
def test_any_unicode_survives_a_real_journal_and_back(tmp_path_factory, data):
    j = open_journal(tmp_path_factory.mktemp("j") / "journal.sqlite3")
    try:
        j.import_data(data)
        exported = j.export()
    finally:
        j.close()
    same(data, exported)
    same(data, parse_csv({name: text.encode("utf-8") for name, text in dump_csv(exported).items()}))
