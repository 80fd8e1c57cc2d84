"""Hatched fills of a matplotlib SVG turned into plain vector lines.

matplotlib writes a hatch as an SVG ``<pattern>`` tile. Qt SVG paints a pattern by rendering
the tile into a bitmap, for every shape that uses it, and Qt's PDF engine embeds each of those
bitmaps: the "time of night" chart alone put nineteen 45 kB pictures into the report and was
the slowest thing on its pages to paint. Here each hatched rectangle (bars, legend keys)
becomes its face colour, the pattern's lines repeated as the tile repeats and cut to the
rectangle (Qt SVG has no clip paths, so the cutting is done here), and its outline: the same
picture, as vectors (crisper on paper, a fraction of the size, quick to paint).

Only the pattern form matplotlib writes (a background ``<rect>`` and one ``<path>`` of
straight lines, in user space) on rectangles is rewritten; any other pattern or shape is
left for Qt to paint as before.
"""

from __future__ import annotations

import math
import re

_NUMBER = rb"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_PATTERN = re.compile(
    rb'<pattern id="(?P<id>[^"]+)" patternUnits="userSpaceOnUse" x="0" y="0" '
    rb'width="(?P<w>' + _NUMBER + rb')" height="(?P<h>' + _NUMBER + rb')">\s*'
    rb'<rect x="0" y="0" width="[^"]*" height="[^"]*" fill="(?P<face>#[0-9a-fA-F]{6})"/>\s*'
    rb'<path d="(?P<d>[^"]*)" style="(?P<style>[^"]*)"/>\s*</pattern>')
_SHAPE = rb'<path d="(?P<d>[^"]*)"(?P<clip> clip-path="url\(#[^)"]+\)")? style="fill: url\(#%s\);(?P<rest>[^"]*)"/>'
_LINE = re.compile(rb"([ML])\s*(" + _NUMBER + rb")\s+(" + _NUMBER + rb")")
_ANY_NUMBER = re.compile(_NUMBER)


def _lines(d: bytes) -> list[tuple[bytes, float, float]] | None:
    """The pattern's moves and lines; ``None`` for anything but a path of straight lines."""
    found = _LINE.findall(d)
    if not found or re.sub(rb"[\sMLz\d.eE+-]", b"", d):
        return None
    return [(op, float(x), float(y)) for op, x, y in found]


def _rectangle(d: bytes) -> tuple[float, float, float, float] | None:
    """The corners of an axis-aligned rectangle path (how matplotlib writes bars and legend
    keys); ``None`` for any other shape."""
    if re.sub(rb"[\sMLz\d.eE+-]", b"", d):
        return None
    numbers = [float(n) for n in _ANY_NUMBER.findall(d)]
    if len(numbers) not in (8, 10):
        return None
    xs, ys = sorted(set(numbers[0::2])), sorted(set(numbers[1::2]))
    if len(xs) > 2 or len(ys) > 2:
        return None
    corners = list(zip(numbers[0::2], numbers[1::2]))
    if any(a[0] != b[0] and a[1] != b[1] for a, b in zip(corners, corners[1:])):  # no diagonal edge
        return None
    return xs[0], ys[0], xs[-1], ys[-1]


def _clip(x0, y0, x1, y1, box):
    """The part of the segment inside ``box`` (Liang–Barsky), or ``None``."""
    left, top, right, bottom = box
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return None
    return x0 + lo * dx, y0 + lo * dy, x0 + hi * dx, y0 + hi * dy


def _hatch_in(lines, w: float, h: float, box) -> bytes:
    """The pattern's lines, repeated every ``w`` × ``h`` as the tile is, cut to ``box``."""
    x0, y0, x1, y1 = box
    out = []
    segments = [(a[1], a[2], b[1], b[2]) for a, b in zip(lines, lines[1:]) if a[0] == b"M" and b[0] == b"L"]
    for i in range(math.floor(x0 / w) - 1, math.ceil(x1 / w) + 1):
        for j in range(math.floor(y0 / h) - 1, math.ceil(y1 / h) + 1):
            for ax, ay, bx, by in segments:
                cut = _clip(ax + i * w, ay + j * h, bx + i * w, by + j * h, box)
                if cut is not None and (cut[0], cut[1]) != (cut[2], cut[3]):
                    out.append(b"M %.3f %.3f L %.3f %.3f" % cut)
    return b" ".join(out)


def vector_hatches(svg: bytes) -> bytes:
    """``svg`` with every hatched rectangle drawn as face colour, vector lines and outline."""
    for pattern in _PATTERN.finditer(svg):
        lines = _lines(pattern["d"])
        w, h = float(pattern["w"]), float(pattern["h"])
        if lines is None or w <= 0 or h <= 0:
            continue
        shape = re.compile(_SHAPE % re.escape(pattern["id"]))

        def redraw(m: re.Match) -> bytes:
            box = _rectangle(m["d"])
            if box is None:  # not a rectangle: Qt paints the pattern, as before
                return m[0]
            clip = m["clip"] or b""
            if box[0] == box[2] or box[1] == box[3]:  # an empty bar: only its outline, as before
                return b'<path d="%s"%s style="fill: none;%s"/>' % (m["d"], clip, m["rest"])
            hatch = _hatch_in(lines, w, h, box)
            return (b'<path d="%s"%s style="fill: %s; stroke: none"/>'
                    b'%s'
                    b'<path d="%s"%s style="fill: none;%s"/>') % (
                m["d"], clip, pattern["face"],
                b'<path d="%s"%s style="%s"/>' % (hatch, clip, pattern["style"]) if hatch else b"",
                m["d"], clip, m["rest"])

        svg = shape.sub(redraw, svg)
    return svg
