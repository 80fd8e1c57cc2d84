"""The plain ways of opening the app are read without building the parser, and read exactly as
the parser reads them; everything else goes to the parser (its help, its messages)."""

from __future__ import annotations

import pytest

from quietlegs.cli import build_parser, plain_start


@pytest.mark.parametrize("argv", [[], ["--demo"], ["--data-dir", "/home/me/legs"], ["--data-dir", ""],
                                  ["--data-dir", "gui"], ["--data-dir", "folder with spaces"]])
def test_a_plain_start_reads_as_the_parser_reads_it(argv):
    assert plain_start(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["gui"], ["--help"], ["-h"], ["--version"], ["--data-dir"],
                                  ["--data-dir", "-x"], ["--data-dir=/x"], ["--data", "/x"],
                                  ["--demo", "--data-dir", "/x"], ["--demo", "--demo"],
                                  ["summary"], ["--data-dir", "/x", "summary"], ["--dem"]])
def test_anything_else_is_left_to_the_parser(argv):
    assert plain_start(argv) is None
