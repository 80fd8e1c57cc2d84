"""Every symptom kind FORMAT.md names is one the app takes, shows and writes back."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from quietlegs.cli import main
from quietlegs.domain import vocab

FORMAT_MD = Path(__file__).resolve().parents[3] / "shared" / "FORMAT.md"


def test_the_vocabulary_is_the_one_format_md_lists():
    if not FORMAT_MD.exists():  # the contract lies beside the project (../shared)
        import pytest

        pytest.skip("../shared/FORMAT.md is not beside the project")
    row = next(line for line in FORMAT_MD.read_text(encoding="utf-8").splitlines()
               if line.startswith("| `kind` | required: `rls_urge`"))
    listed = re.findall(r"`([a-z_]+)`", row.split("|")[2])
    assert tuple(listed) == vocab.SYMPTOM_KINDS


def test_swelling_and_weakness_import_and_export_as_written(tmp_path, capsys):
    night = {"night_of": "2026-11-20", "in_bed": "2026-11-20T23:00:00", "lights_out": "2026-11-20T23:10:00",
             "sleep_latency_min": 20, "awakenings": 1, "wake_after_sleep_onset_min": 15,
             "final_wake": "2026-11-21T06:30:00", "out_of_bed": "2026-11-21T06:45:00"}
    symptoms = [{"at": "2026-11-21T02:00:00", "kind": "swelling", "severity": 6, "locations": ["left_calf"]},
                {"at": "2026-11-21T03:00:00", "kind": "weakness", "severity": 4}]
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "quietlegs-journal", "version": 1,
                                  "exported_at": datetime(2026, 11, 21, 8).isoformat(),
                                  "nights": [night], "symptoms": symptoms}), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0, capsys.readouterr().err
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(data), "export", str(out)]) == 0
    kinds = sorted(s["kind"] for s in json.loads(out.read_text(encoding="utf-8"))["symptoms"])
    assert kinds == ["swelling", "weakness"]
