"""Entry point of the PyInstaller bundle: the same command line as ``python -m quietlegs``."""

import sys

from quietlegs.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
