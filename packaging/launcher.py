"""Entry point of the PyInstaller bundle: the same command line as ``python -m quietlegs``."""

import multiprocessing
import sys

from quietlegs.__main__ import main

if __name__ == "__main__":
    # The statistics run in a second process started with "spawn": in the bundle that process
    # is this program again, told by its arguments to serve, never to open a window.
    multiprocessing.freeze_support()
    sys.exit(main())
