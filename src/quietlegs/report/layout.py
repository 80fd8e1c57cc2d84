"""Page layout for the report: blocks of text, tables and pictures, flowed onto pages.

Everything is measured with the fonts of the very device that will be painted (a PDF writer
or a printer), so what is measured is what is painted. Layout happens first, for every page,
so that each footer can say "page X of Y"; painting comes second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen
from PySide6.QtSvg import QSvgRenderer

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans"]
INK = QColor("#111111")
SOFT_INK = QColor("#444444")
RULE = QColor("#9a9a9a")
ZEBRA = QColor("#eeeeee")
HEADER_FILL = QColor("#dcdcdc")

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

# name: (point size, bold, italic, soft ink)
STYLES = {
    "title": (17.0, True, False, False),
    "subtitle": (10.5, False, False, True),
    "h1": (13.0, True, False, False),
    "h2": (10.5, True, False, False),
    "body": (9.5, False, False, False),
    "note": (8.0, False, True, True),
    "cell": (8.5, False, False, False),
    "cell_bold": (8.5, True, False, False),
    "head": (8.0, True, False, False),
    "small": (7.5, False, False, True),
    "small_bold": (7.5, True, False, False),
}


class Ctx:
    """Fonts and units for one paint device (dots per inch of the device)."""

    def __init__(self, device: QPaintDevice):
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetricsF] = {}

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    def font(self, style: str) -> QFont:
        if style not in self._fonts:
            size, bold, italic, _ = STYLES[style]
            f = QFont()
            f.setFamilies(FONT_FAMILIES)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            # Print fonts as designed: no hinting that would nudge glyphs to screen pixels.
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            # No ligatures: "fi" stays two letters, so the PDF's text searches and copies as typed.
            for tag in ("liga", "clig", "dlig"):
                f.setFeature(QFont.Tag(tag), 0)
            self._fonts[style] = f
        return self._fonts[style]

    def ink(self, style: str) -> QColor:
        return SOFT_INK if STYLES[style][3] else INK

    def metrics(self, style: str) -> QFontMetricsF:
        if style not in self._metrics:
            self._metrics[style] = QFontMetricsF(self.font(style), self.device)
        return self._metrics[style]

    def text_height(self, style: str, text: str, width: float, flags: int = LEFT) -> float:
        if not text:
            return self.metrics(style).height()
        r = self.metrics(style).boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), flags | WRAP, text)
        return r.height()

    def draw_text(self, p: QPainter, style: str, text: str, rect: QRectF, flags: int = LEFT) -> None:
        p.setFont(self.font(style))
        p.setPen(self.ink(style))
        p.drawText(rect, flags | WRAP, text)


class Block:
    """Something placed in the flow of a page."""

    space_before = 0.0  # points
    keep_with_next = False

    def height(self, ctx: Ctx, width: float) -> float:
        raise NotImplementedError

    def first_height(self, ctx: Ctx, width: float) -> float:
        """The least of this block that may stand at the bottom of a page."""
        return self.height(ctx, width)

    def split(self, ctx: Ctx, width: float, available: float) -> tuple[Block, Block] | None:
        return None

    def paint(self, ctx: Ctx, p: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError


class PageBreak(Block):
    def height(self, ctx, width):
        return 0.0

    def paint(self, ctx, p, x, y, width):
        pass


@dataclass
class Text(Block):
    text: str
    style: str = "body"
    space_before: float = 0.0
    keep_with_next: bool = False
    indent: float = 0.0  # points
    align: int = LEFT

    def height(self, ctx, width):
        return ctx.text_height(self.style, self.text, width - ctx.pt(self.indent), self.align)

    def paint(self, ctx, p, x, y, width):
        w = width - ctx.pt(self.indent)
        ctx.draw_text(p, self.style, self.text, QRectF(x + ctx.pt(self.indent), y, w, self.height(ctx, width)),
                      self.align)


@dataclass
class Numbered(Block):
    """A numbered (or bulleted) item with a hanging indent."""

    marker: str
    text: str
    style: str = "body"
    space_before: float = 3.0
    keep_with_next: bool = False

    def _hang(self, ctx):
        return ctx.pt(16)

    def height(self, ctx, width):
        return ctx.text_height(self.style, self.text, width - self._hang(ctx))

    def paint(self, ctx, p, x, y, width):
        hang = self._hang(ctx)
        ctx.draw_text(p, self.style, self.marker, QRectF(x, y, hang, ctx.metrics(self.style).height()))
        ctx.draw_text(p, self.style, self.text, QRectF(x + hang, y, width - hang, self.height(ctx, width)))


@dataclass
class WritingLines(Block):
    """Ruled lines to write on by hand during the visit."""

    count: int = 2
    label: str = ""
    space_before: float = 2.0
    indent: float = 16.0

    def _pitch(self, ctx):
        return ctx.pt(19)

    def height(self, ctx, width):
        return self._pitch(ctx) * self.count + ctx.pt(2)

    def paint(self, ctx, p, x, y, width):
        pen = QPen(RULE)
        pen.setWidthF(ctx.pt(0.5))
        p.setPen(pen)
        left = x + ctx.pt(self.indent)
        label_w = 0.0
        if self.label:
            label_w = ctx.metrics("cell_bold").horizontalAdvance(self.label) + ctx.pt(6)
        for i in range(self.count):
            line_y = y + self._pitch(ctx) * (i + 1)
            start = left + (label_w if i == 0 else 0.0)
            p.setPen(pen)
            p.drawLine(start, line_y, x + width, line_y)
        if self.label:
            h = ctx.metrics("cell_bold").height()
            ctx.draw_text(p, "cell_bold", self.label,
                          QRectF(left, y + self._pitch(ctx) - h, label_w, h))


@dataclass
class Rule(Block):
    space_before: float = 4.0
    weight: float = 0.6

    def height(self, ctx, width):
        return ctx.pt(4)

    def paint(self, ctx, p, x, y, width):
        pen = QPen(RULE)
        pen.setWidthF(ctx.pt(self.weight))
        p.setPen(pen)
        p.drawLine(x, y + ctx.pt(1), x + width, y + ctx.pt(1))


@dataclass
class Column:
    title: str
    weight: float = 1.0
    align: int = LEFT


@dataclass
class Table(Block):
    """A table whose rows wrap inside cells and which breaks across pages, repeating its header."""

    columns: Sequence[Column]
    rows: list[list[str]]
    bold_rows: frozenset[int] = frozenset()  # indices into ``rows``
    space_before: float = 4.0
    keep_with_next: bool = False
    zebra: bool = True
    first_row_index: int = 0  # for zebra stripes that stay in step across pages
    share: float = 1.0  # of the page's width
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def _pad(self, ctx):
        return ctx.pt(3), ctx.pt(2.2)  # horizontal, vertical

    def _widths(self, width):
        total = sum(c.weight for c in self.columns)
        return [width * c.weight / total for c in self.columns]

    def _row_height(self, ctx, width, cells, style):
        key = (width, id(cells), style)
        if key not in self._cache:
            px, py = self._pad(ctx)
            heights = [ctx.text_height(style, text, w - 2 * px, c.align)
                       for text, w, c in zip(cells, self._widths(width), self.columns)]
            self._cache[key] = max(heights) + 2 * py
        return self._cache[key]

    def _style(self, i):
        return "cell_bold" if (i + self.first_row_index) in self.bold_rows else "cell"

    def _header_height(self, ctx, width):
        return self._row_height(ctx, width, [c.title for c in self.columns], "head")

    def height(self, ctx, width):
        width *= self.share
        return self._header_height(ctx, width) + sum(
            self._row_height(ctx, width, r, self._style(i)) for i, r in enumerate(self.rows))

    def first_height(self, ctx, width):
        width *= self.share
        first = self._row_height(ctx, width, self.rows[0], self._style(0)) if self.rows else 0.0
        return self._header_height(ctx, width) + first

    def split(self, ctx, width, available):
        width *= self.share
        used = self._header_height(ctx, width)
        fits = 0
        for i, r in enumerate(self.rows):
            h = self._row_height(ctx, width, r, self._style(i))
            if used + h > available:
                break
            used += h
            fits += 1
        if fits == 0 or fits == len(self.rows):
            return None
        # Both parts share the measurements: each row is measured once, not once per page it
        # is tried on (its cells are the same list, and its style does not change).
        head = Table(self.columns, self.rows[:fits], self.bold_rows, self.space_before, False, self.zebra,
                     self.first_row_index, self.share, self._cache)
        rest = Table(self.columns, self.rows[fits:], self.bold_rows, 0.0, self.keep_with_next, self.zebra,
                     self.first_row_index + fits, self.share, self._cache)
        return head, rest

    def _paint_row(self, ctx, p, x, y, width, cells, style, fill: QColor | None):
        px, py = self._pad(ctx)
        h = self._row_height(ctx, width, cells, style)
        if fill is not None:
            p.fillRect(QRectF(x, y, width, h), fill)
        cx = x
        for text, w, c in zip(cells, self._widths(width), self.columns):
            ctx.draw_text(p, style, text, QRectF(cx + px, y + py, w - 2 * px, h - 2 * py), c.align)
            cx += w
        return h

    def paint(self, ctx, p, x, y, width):
        width *= self.share
        y += self._paint_row(ctx, p, x, y, width, [c.title for c in self.columns], "head", HEADER_FILL)
        for i, r in enumerate(self.rows):
            fill = ZEBRA if self.zebra and (i + self.first_row_index) % 2 == 1 else None
            y += self._paint_row(ctx, p, x, y, width, r, self._style(i), fill)
        pen = QPen(RULE)
        pen.setWidthF(ctx.pt(0.6))
        p.setPen(pen)
        p.drawLine(x, y, x + width, y)


@dataclass
class Svg(Block):
    """A chart, painted as vector graphics from its SVG."""

    svg: bytes
    aspect: float  # height / width
    max_height_share: float = 0.45  # of the page's content height
    space_before: float = 2.0
    _page_height: float = 0.0

    def height(self, ctx, width):
        h = width * self.aspect
        if self._page_height:
            h = min(h, self._page_height * self.max_height_share)
        return h

    def paint(self, ctx, p, x, y, width):
        h = self.height(ctx, width)
        w = min(width, h / self.aspect) if self.aspect else width
        renderer = QSvgRenderer(QByteArray(self.svg))
        renderer.render(p, QRectF(x + (width - w) / 2, y, w, h))


@dataclass
class Placed:
    block: Block
    y: float


def flow(ctx: Ctx, blocks: Sequence[Block], width: float, height: float) -> list[list[Placed]]:
    """Place ``blocks`` on pages of ``width`` × ``height``; returns each page's blocks."""
    for b in blocks:
        if isinstance(b, Svg):
            b._page_height = height
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(blocks)
    i = 0
    while i < len(queue):
        block = queue[i]
        if isinstance(block, PageBreak):
            if pages[-1]:
                pages.append([])
                y = 0.0
            i += 1
            continue
        gap = ctx.pt(block.space_before) if pages[-1] else 0.0
        h = block.height(ctx, width)
        need = h
        if block.keep_with_next and i + 1 < len(queue) and not isinstance(queue[i + 1], PageBreak):
            nxt = queue[i + 1]
            need += ctx.pt(nxt.space_before) + nxt.first_height(ctx, width)
        fresh_page = not pages[-1]
        if y + gap + need <= height or (fresh_page and h <= height):
            pages[-1].append(Placed(block, y + gap))
            y += gap + h
            i += 1
            continue
        parts = None if (block.keep_with_next and not fresh_page) else block.split(ctx, width, height - y - gap)
        if parts is not None:
            first, rest = parts
            pages[-1].append(Placed(first, y + gap))
            queue[i] = rest
        elif fresh_page:  # taller than a page and cannot be split: it is cut at the page's foot
            pages[-1].append(Placed(block, y + gap))
            i += 1
        pages.append([])
        y = 0.0
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages

