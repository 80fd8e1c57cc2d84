"""Saving an entry on a 10-year journal: a night, a symptom, an intervention (budget 50 ms).

Times the repository call a Save button makes (validation against neighbours, one
transaction with synchronous=FULL), in a fresh process on a real file; median and worst of 50.

    python benchmarks/save_latency.py
"""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from _journal import ten_year_data_dir

from quietlegs.domain.records import Intervention, Night, SymptomEvent, new_id
from quietlegs.storage.journal_file import open_journal

RUNS = 50


def main() -> None:
    source = ten_year_data_dir()
    work = Path(tempfile.mkdtemp(prefix="quietlegs-bench-save-"))
    shutil.copy(source / "journal.sqlite3", work / "journal.sqlite3")
    journal = open_journal(work / "journal.sqlite3")
    first = date(2026, 12, 1)
    nights, symptoms, interventions = [], [], []
    for i in range(RUNS):
        d = first + timedelta(days=i)
        evening = datetime.combine(d, datetime.min.time())
        night = Night(night_of=d, in_bed=evening + timedelta(hours=22, minutes=40),
                      lights_out=evening + timedelta(hours=23), sleep_latency_min=20, awakenings=1,
                      wake_after_sleep_onset_min=15, final_wake=evening + timedelta(hours=30, minutes=30),
                      out_of_bed=evening + timedelta(hours=30, minutes=45), quality=3, legs_severity=4)
        t = time.perf_counter()
        journal.save_night(night)
        nights.append(time.perf_counter() - t)
        t = time.perf_counter()
        journal.save_symptom(SymptomEvent(at=evening + timedelta(hours=26), kind="cramp", severity=6,
                                          locations=("left_calf",), relieved_by=("heat",), relief_min=5))
        symptoms.append(time.perf_counter() - t)
        t = time.perf_counter()
        journal.save_intervention(Intervention(at=evening + timedelta(hours=21), kind="magnesium", amount=300,
                                               unit="mg", id=new_id()))
        interventions.append(time.perf_counter() - t)
    t = time.perf_counter()
    journal.save_night(replace(night, quality=4))
    edit = time.perf_counter() - t
    journal.close()
    shutil.rmtree(work)

    def ms(values):
        return {"median_ms": round(1000 * statistics.median(values), 2), "worst_ms": round(1000 * max(values), 2)}

    print(json.dumps({"night": ms(nights), "symptom": ms(symptoms), "intervention": ms(interventions),
                      "edit_night_ms": round(1000 * edit, 2), "budget_ms": 50, "runs": RUNS}, indent=2))


if __name__ == "__main__":
    main()
