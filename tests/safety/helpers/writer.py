"""A journal writer for the crash tests: saves one intervention after another and prints
``ack <id>`` only after each save has returned (committed). A save that raises prints
``fail <id> <reason>`` instead. Usage: writer.py JOURNAL [COUNT]"""

import sys
from datetime import datetime, timedelta
from pathlib import Path

from quietlegs.domain.records import Intervention
from quietlegs.storage.journal_file import open_journal

journal = open_journal(Path(sys.argv[1]))
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
# A random start in 2030..2084: inside the span a journal can hold (domain.validation), so a
# refused save means the crash test found something, never a date out of range.
start = datetime(2030, 1, 1) + timedelta(days=int.from_bytes(__import__("os").urandom(2), "big") % 20000)
print("ready", flush=True)
for n in range(count):
    item = Intervention(at=start + timedelta(minutes=n), kind="magnesium", amount=300, unit="mg",
                        notes=f"save {n}")
    try:
        journal.save_intervention(item)
    except Exception as exc:  # the failing save must never be acknowledged
        print(f"fail {item.id} {type(exc).__name__}", flush=True)
        continue
    print(f"ack {item.id}", flush=True)
journal.close()
