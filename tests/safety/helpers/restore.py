"""Restores BACKUP into DATA_DIR's journal, as the app does. Usage: restore.py BACKUP DATA_DIR"""

import sys
from datetime import datetime
from pathlib import Path

from quietlegs.paths import DataPaths
from quietlegs.storage.restore import restore_backup

paths = DataPaths(Path(sys.argv[2]))
print("ready", flush=True)
restore_backup(Path(sys.argv[1]), paths.journal, paths.backups, datetime(2032, 1, 1))
print("done", flush=True)
