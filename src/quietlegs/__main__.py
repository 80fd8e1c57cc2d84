"""``python -m quietlegs`` and the ``quietlegs`` command."""

import sys


def main() -> int:
    from quietlegs.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
