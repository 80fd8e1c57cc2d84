"""Runs the (slow, test-only) migrations in LOCATION on JOURNAL. Usage: migrate_slow.py LOCATION JOURNAL"""

import sys
from pathlib import Path

from quietlegs.storage import migrate
from quietlegs.storage.db import create_journal_engine

journal = Path(sys.argv[2])
engine = create_journal_engine(journal)
print("ready", flush=True)
migrate.upgrade(engine, journal, location=Path(sys.argv[1]))
engine.dispose()
print("done", flush=True)
