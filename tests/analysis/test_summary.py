"""The summary's figures: exact inside, rounded once where they are shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from quietlegs.analysis.summary import rounded, summarize
from quietlegs.domain.records import JournalData, Night
from quietlegs.report.formatting import value_text


def _night(day: date, awake_min: int) -> Night:
    bed = datetime.combine(day, datetime.min.time()) + timedelta(hours=23)
    return Night(night_of=day, in_bed=bed, lights_out=bed, sleep_latency_min=0, awakenings=1,
                 wake_after_sleep_onset_min=awake_min, final_wake=bed + timedelta(minutes=480),
                 out_of_bed=bed + timedelta(minutes=480))


def test_the_report_rounds_the_exact_mean_once_84_35185_reads_84_4_percent():
    # Nine nights of 480 min in bed, 676 min awake in all: a mean sleep efficiency of 84.35185 %.
    # Rounded to 84.35 first and then to one decimal it would print "84.3 %" (rounded twice).
    start = date(2026, 11, 1)
    nights = tuple(_night(start + timedelta(days=k), 76 if k == 0 else 75) for k in range(9))
    figures = summarize(JournalData(nights=nights), None, None)
    assert abs(figures["mean_sleep_efficiency"] - 100 * (1 - 676 / (9 * 480))) < 1e-9
    assert value_text("mean_sleep_efficiency", figures["mean_sleep_efficiency"]) == "84.4 %"


def test_summary_json_prints_two_decimals():
    figures = {"mean_sleep_efficiency": 84.35123, "nights_logged": 3, "from": "2026-11-01", "mean_quality": None}
    assert rounded(figures) == {"mean_sleep_efficiency": 84.35, "nights_logged": 3, "from": "2026-11-01",
                                "mean_quality": None}
