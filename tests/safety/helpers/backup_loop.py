"""Makes backups one after another, printing ``made <name>`` after each. Usage: backup_loop.py DATA_DIR"""

import sys
from datetime import datetime, timedelta
from pathlib import Path

from quietlegs.paths import DataPaths
from quietlegs.storage.backup import make_backup

paths = DataPaths(Path(sys.argv[1]))
t = datetime(2031, 1, 1)
print("ready", flush=True)
while True:
    t += timedelta(seconds=1)
    print(f"made {make_backup(paths.journal, paths.backups, t, 'periodic').name}", flush=True)
