"""The Sleep as Android reader on a real export and on generated ones: the night rule decides
the night, parts of a night become one night, naps are left out and counted, nothing is
invented, and the ids are the same every time."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quietlegs.domain.journal_format import dump_journal, parse_journal
from quietlegs.domain.night_rule import night_of_for_bedtime
from quietlegs.domain.readers import DUPLICATE, IMPLAUSIBLE, NAP, SourceFormatError
from quietlegs.domain.readers.sleep_as_android import looks_like, read_sleep_as_android
from quietlegs.domain.validation import validate_night

SAMPLE = Path(__file__).parent / "samples" / "sleep-export.csv"
HEADER = "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo,\"7:00\""


def record(start: datetime, end: datetime, rating: str = "0.0", comment: str = "", rid: str | None = None) -> str:
    rid = rid or str(int(start.timestamp() * 1000))
    hours = (end - start).total_seconds() / 3600
    return (f'{HEADER}\n"{rid}","Europe/London","{start:%d. %m. %Y} {start.hour}:{start:%M}",'
            f'"{end:%d. %m. %Y} {end.hour}:{end:%M}","{end:%d. %m. %Y %H:%M}","{hours:.3f}","{rating}",'
            f'"{comment}","10007","-1","-1.0","-1","-1.0","0","","0.0"\n')


def test_the_real_export_gives_its_three_nights_and_counts_the_day_sleeps():
    text = SAMPLE.read_text(encoding="utf-8")
    assert looks_like(text)
    reading = read_sleep_as_android(text)
    nights = {n.night_of: n for n in reading.data.nights}
    assert sorted(nights) == [date(2020, 11, 12), date(2020, 11, 26), date(2020, 12, 1)]
    n = nights[date(2020, 11, 26)]
    assert (n.in_bed, n.out_of_bed) == (datetime(2020, 11, 26, 20, 0), datetime(2020, 11, 27, 7, 0))
    assert n.lights_out == n.in_bed and n.final_wake == n.out_of_bed and n.sleep_latency_min == 0
    assert n.quality == 3  # three whole stars
    assert n.notes == "Manually added #stress #alcohol"  # the comment with its tags, as it was
    assert nights[date(2020, 12, 1)].quality is None  # 0 stars: not rated, not "very poor"
    # The 8:50–15:25 day sleep after that night, and the short tests in the day, are naps.
    assert [s.what for s in reading.skipped if s.reason == NAP] == [
        "2020-11-27 07:38–07:40", "2020-11-27 08:50–15:25", "2020-11-28 08:10–08:18", "2020-11-30 12:12–12:15"]
    assert all(not validate_night(x) for x in reading.data.nights)


def test_reading_twice_gives_the_same_ids_and_a_repeated_record_counts_once():
    text = SAMPLE.read_text(encoding="utf-8")
    first, again = read_sleep_as_android(text), read_sleep_as_android(text + text)
    assert first.data == again.data
    assert sum(1 for s in again.skipped if s.reason == DUPLICATE) == text.count('"Europe/London"')


def test_segments_of_one_night_become_one_night_with_the_gaps_as_awakenings():
    text = (record(datetime(2026, 3, 2, 23, 10), datetime(2026, 3, 3, 2, 0), rid="1")
            + record(datetime(2026, 3, 3, 2, 40), datetime(2026, 3, 3, 4, 0), rid="2")
            + record(datetime(2026, 3, 3, 3, 50), datetime(2026, 3, 3, 7, 5), rid="3"))  # overlaps the one before
    reading = read_sleep_as_android(text)
    [night] = reading.data.nights
    assert night.night_of == date(2026, 3, 2)
    assert (night.in_bed, night.out_of_bed) == (datetime(2026, 3, 2, 23, 10), datetime(2026, 3, 3, 7, 5))
    assert (night.awakenings, night.wake_after_sleep_onset_min) == (1, 40)
    assert reading.joined_segments == 2 and reading.skipped == ()


def test_a_sleep_that_starts_at_3_34_belongs_to_the_night_before():
    [night] = read_sleep_as_android(record(datetime(2026, 3, 4, 3, 34), datetime(2026, 3, 4, 9, 0))).data.nights
    assert night.night_of == date(2026, 3, 3)


def test_ratings_off_the_quality_scale_are_kept_in_the_notes_not_rounded():
    [night] = read_sleep_as_android(record(datetime(2026, 3, 4, 23, 0), datetime(2026, 3, 5, 7, 0), "3.5",
                                           "#rls bad legs")).data.nights
    assert night.quality is None
    assert night.notes == "#rls bad legs\nSleep as Android rating: 3.5 of 5 stars"


def test_a_night_too_long_to_be_true_is_left_out_with_the_reason():
    reading = read_sleep_as_android(record(datetime(2026, 3, 4, 22, 0), datetime(2026, 3, 5, 19, 0)))
    assert reading.data.nights == ()
    [skipped] = reading.skipped
    assert (skipped.reason, skipped.detail) == (IMPLAUSIBLE, "out_of_bed: makes the time in bed longer than 20 hours")


@pytest.mark.parametrize("bad, message", [
    ("31. 02. 2026 23:00", "line 2: From: '31. 02. 2026 23:00' is not a real date and time"),
    ("yesterday", "line 2: From: 'yesterday' is not a time like"),
])
def test_a_broken_record_is_named_by_line_and_column(bad, message):
    text = record(datetime(2026, 3, 4, 23, 0), datetime(2026, 3, 5, 7, 0)).replace("04. 03. 2026 23:00", bad)
    with pytest.raises(SourceFormatError, match=message):
        read_sleep_as_android(text)


def test_other_csv_files_are_not_taken_for_sleep_as_android():
    assert not looks_like("night_of,in_bed,lights_out\n")
    assert not looks_like("Id,Name,From\n")


# Generated exports: any handful of segments around a few nights, in any order.
SEGMENT = st.tuples(st.integers(0, 6), st.integers(0, 24 * 60 - 1), st.integers(1, 14 * 60),
                    st.sampled_from(["0.0", "1.0", "2.5", "4.0", "5.0"]), st.sampled_from(["", "#rls", "x, y"]))


@given(st.lists(SEGMENT, min_size=1, max_size=12), st.randoms())
@settings(max_examples=150, deadline=None)
def test_generated_exports_give_valid_separate_nights_stable_through_export_and_import(segments, rnd):
    base = datetime(2026, 1, 5)
    lines = []
    for i, (day, minute, length, rating, comment) in enumerate(segments):
        start = base + timedelta(days=day, minutes=minute)
        lines.append(record(start, start + timedelta(minutes=length), rating, comment, rid=str(1000 + i)))
    reading = read_sleep_as_android("".join(lines))
    shuffled = lines[:]
    rnd.shuffle(shuffled)
    assert read_sleep_as_android("".join(shuffled)).data == reading.data  # the order of the file is no matter
    nights = sorted(reading.data.nights, key=lambda n: n.night_of)
    for n in nights:
        assert validate_night(n) == []
        assert n.night_of == night_of_for_bedtime(n.in_bed)
    for a, b in zip(nights, nights[1:]):
        assert a.out_of_bed <= b.in_bed
    # Every segment is in a night, or counted as left out.
    assert len(nights) + reading.joined_segments + sum(s.parts for s in reading.skipped) == len(segments)
    # import → export → import is stable
    once = parse_journal(dump_journal(reading.data, datetime(2026, 2, 1)))
    assert parse_journal(dump_journal(once, datetime(2026, 2, 2))) == once
    assert sorted(once.nights, key=lambda n: n.night_of) == nights


@given(st.lists(SEGMENT, min_size=1, max_size=8))
@settings(max_examples=25, deadline=None)
def test_generated_exports_through_a_real_journal_import_export_import_stably(segments):
    """Import into a journal file, export it, import that into a second one: the same nights."""
    import tempfile

    from quietlegs.paths import DataPaths
    from quietlegs.services.import_preview import plan_import
    from quietlegs.storage.import_sources import ImportSource
    from quietlegs.storage.journal_file import open_journal

    base = datetime(2026, 1, 5)
    text = "".join(record(base + timedelta(days=d, minutes=m), base + timedelta(days=d, minutes=m + n), r, c,
                          rid=str(7000 + i)) for i, (d, m, n, r, c) in enumerate(segments))
    reading = read_sleep_as_android(text)
    with tempfile.TemporaryDirectory() as tmp:
        first = open_journal(DataPaths(Path(tmp) / "a").journal)
        plan = plan_import(first, ImportSource(reading.data, reading))
        first.import_data(plan.to_write)
        exported = dump_journal(first.export(), datetime(2026, 2, 1))
        again = plan_import(first, ImportSource(reading.data, reading))  # the same export a second time
        first.close()
        assert not again.writes_anything
        second = open_journal(DataPaths(Path(tmp) / "b").journal)
        second.import_data(parse_journal(exported))
        assert dump_journal(second.export(), datetime(2026, 2, 1)) == exported
        second.close()
