"""A generated 10-year journal in a data folder, shared by the benchmarks (built once, cached)."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

LAST_NIGHT = date(2026, 11, 20)
CACHE = Path(tempfile.gettempdir()) / "quietlegs-bench-10y"


def ten_year_data_dir(fresh: bool = False) -> Path:
    """A data folder holding a 10-year journal (about 3,300 logged nights)."""
    from quietlegs.domain.demo_journal import generate_demo_journal
    from quietlegs.paths import DataPaths
    from quietlegs.storage.journal_file import open_journal

    root = Path(tempfile.mkdtemp(prefix="quietlegs-bench-")) if fresh else CACHE
    paths = DataPaths(root)
    if fresh or not paths.journal.exists():
        if paths.journal.exists():
            paths.journal.unlink()
        journal = open_journal(paths.journal)
        journal.import_data(generate_demo_journal(LAST_NIGHT, nights=3650, seed=11))
        journal.close()
    return root
