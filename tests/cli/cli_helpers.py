"""Small helpers of the command-line tests."""

from __future__ import annotations

from pathlib import Path


def one_line(err: str) -> str:
    """A failure's one line on standard error (the contract), never a traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "something went wrong" not in err and "Traceback" not in err
    return lines[0]


def listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode for p in folder.iterdir()}
