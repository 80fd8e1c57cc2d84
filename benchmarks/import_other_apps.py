"""Reading other apps' exports and planning their import, at the size of ten years.

A generated Sleep as Android export (10 years, each night in two parts, a nap a week) and a
Fitbit export (monthly sleep-*.json files that overlap by a few days), read and planned against
the 10-year journal: the time from the file to the preview. Median and best of 5 runs.

    python benchmarks/import_other_apps.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _journal import ten_year_data_dir

from quietlegs.services.import_preview import plan_import
from quietlegs.storage.import_sources import read_import_source
from quietlegs.storage.journal_file import open_journal

RUNS = 5
START = datetime(2016, 11, 21)
HEADER = "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo\n"


def saa_line(start: datetime, end: datetime, rid: int) -> str:
    return (f'{HEADER}"{rid}","Europe/London","{start:%d. %m. %Y %H:%M}","{end:%d. %m. %Y %H:%M}",'
            f'"{end:%d. %m. %Y %H:%M}","{(end - start).total_seconds() / 3600:.3f}","4.0"," #rls","10007","-1",'
            f'"-1.0","-1","-1.0","0",""\n')


def write_exports(folder: Path) -> tuple[Path, Path]:
    saa, lines = folder / "sleep-export.csv", []
    fitbit = folder / "MyFitbitData" / "Sleep"
    fitbit.mkdir(parents=True)
    logs = []
    for day in range(3650):
        bed = START + timedelta(days=day, hours=23)
        lines.append(saa_line(bed, bed + timedelta(hours=3), 3 * day))
        lines.append(saa_line(bed + timedelta(hours=3, minutes=20), bed + timedelta(hours=7, minutes=30), 3 * day + 1))
        if day % 7 == 0:
            nap = bed + timedelta(hours=15)
            lines.append(saa_line(nap, nap + timedelta(minutes=40), 3 * day + 2))
        logs.append({"logId": 10_000 + day, "startTime": f"{bed:%Y-%m-%dT%H:%M:%S}.000",
                     "endTime": f"{bed + timedelta(hours=7, minutes=30):%Y-%m-%dT%H:%M:%S}.000",
                     "minutesToFallAsleep": 12, "minutesAwake": 40, "minutesAfterWakeup": 3, "mainSleep": True,
                     "type": "stages", "levels": {"summary": {"deep": {"count": 4, "minutes": 70},
                                                              "wake": {"count": 20, "minutes": 40}}}})
    saa.write_text("".join(lines), encoding="utf-8")
    for month in range(0, 3650, 30):
        part = logs[max(0, month - 3):month + 30]  # each file overlaps the one before by three days
        (fitbit / f"sleep-{START + timedelta(days=month):%Y-%m-%d}.json").write_text(json.dumps(part), encoding="utf-8")
    return saa, folder / "MyFitbitData"


def timed(call) -> dict:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(times), 3), "best_s": round(min(times), 3)}


def main() -> None:
    journal = open_journal(ten_year_data_dir() / "journal.sqlite3")
    with tempfile.TemporaryDirectory() as tmp:
        saa, fitbit = write_exports(Path(tmp))
        result = {"benchmark": "import_other_apps", "journal_nights": journal.counts()["nights"]}
        for name, path in (("sleep_as_android", saa), ("fitbit", fitbit)):
            source = read_import_source(path)
            plan = plan_import(journal, source)
            result[name] = {"nights_read": len(source.data.nights), "skipped": len(plan.skipped),
                            "read": timed(lambda p=path: read_import_source(p)),
                            "read_and_plan": timed(lambda p=path: plan_import(journal, read_import_source(p)))}
    journal.close()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
