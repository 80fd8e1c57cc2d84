"""The one rendering path: the same pages onto a printer, the print preview, or a PDF file.

``render_report(device, content)`` lays out and paints every page on any paged paint device
(``QPrinter`` for the system dialog and the preview, ``QPdfWriter`` for a file). Text stays
text, fonts are embedded by Qt's PDF engine, charts are painted as vectors from SVG.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen

from quietlegs.report import formatting as F
from quietlegs.report.content import ReportContent
from quietlegs.report.formatting import tr
from quietlegs.report.layout import LEFT, RIGHT, RULE, Ctx, flow
from quietlegs.report.sections import report_blocks
from quietlegs.report.words import arg

MARGINS_MM = QMarginsF(16, 13, 16, 13)
PDF_DPI = 300  # positions to 1/300 inch; hatched fills (drawn as tiles by Qt SVG) stay small
HEADER_PT = 24.0
FOOTER_PT = 22.0


class ReportError(Exception):
    """The report could not be painted or written; str() is a message for the user."""


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in inches (the US), A4 everywhere else; by default the
    system's (the report's language may be another country's, see ``qt_app.use_english``)."""
    locale = locale or QLocale.system()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_size_named(name: str | None) -> QPageSize:
    """``"a4"`` or ``"letter"``; ``None`` for the locale's paper."""
    if name is None:
        return default_page_size()
    return QPageSize({"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}[name.lower()])


def prepare_device(device: QPagedPaintDevice, page_size: QPageSize | None = None) -> None:
    """Portrait, the chosen paper, the report's margins."""
    layout = QPageLayout(page_size or default_page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM,
                         QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)


def document_title(content: ReportContent) -> str:
    o = content.options
    if o.person.strip():
        return arg(tr("Sleep and legs report — %1, %2", "the person, the period"), o.person.strip(),
                   F.period(o.start, o.end))
    return arg(tr("Sleep and legs report, %1", "the period"), F.period(o.start, o.end))


def render_report(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Paint the report onto ``device`` (already set up); returns the number of pages."""
    ctx = Ctx(device)
    paint_rect = device.pageLayout().paintRectPixels(round(ctx.dpi))
    width, height = float(paint_rect.width()), float(paint_rect.height())
    top, bottom = ctx.pt(HEADER_PT), ctx.pt(FOOTER_PT)
    pages = flow(ctx, report_blocks(content), width, height - top - bottom)

    painter = QPainter()
    if not painter.begin(device):
        raise ReportError(tr("The printer or file could not be opened for the report."))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for number, page in enumerate(pages, 1):
            if number > 1 and not device.newPage():
                raise ReportError(tr("The printer refused a new page."))
            _header(ctx, painter, content, width)
            for placed in page:
                painter.save()
                placed.block.paint(ctx, painter, 0.0, top + placed.y, width)
                painter.restore()
            _footer(ctx, painter, content, width, height, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def _rule(ctx: Ctx, painter: QPainter, y: float, width: float) -> None:
    pen = QPen(RULE)
    pen.setWidthF(ctx.pt(0.6))
    painter.setPen(pen)
    painter.drawLine(0.0, y, width, y)


def _header(ctx: Ctx, painter: QPainter, content: ReportContent, width: float) -> None:
    o = content.options
    line = ctx.metrics("small").height()
    name = o.person.strip() or tr("Sleep and legs report")
    ctx.draw_text(painter, "small_bold", name, QRectF(0, 0, width * 0.5, line), LEFT)
    right = (arg(tr("Sleep and legs report · nights of %1"), F.period(o.start, o.end)) if o.person.strip()
             else arg(tr("nights of %1"), F.period(o.start, o.end)))
    ctx.draw_text(painter, "small", right, QRectF(width * 0.4, 0, width * 0.6, line), RIGHT)
    _rule(ctx, painter, line + ctx.pt(3), width)


def _footer(ctx: Ctx, painter: QPainter, content: ReportContent, width: float, height: float,
            number: int, total: int) -> None:
    o = content.options
    line = ctx.metrics("small").height()
    y = height - line
    _rule(ctx, painter, y - ctx.pt(4), width)
    made = arg(tr("Generated on %1 by Quiet Legs %2"), F.day(o.generated_at.date()), o.app_version)
    ctx.draw_text(painter, "small", made, QRectF(0, y, width * 0.7, line), LEFT)
    ctx.draw_text(painter, "small_bold", arg(tr("Page %1 of %2"), number, total),
                  QRectF(width * 0.6, y, width * 0.4, line), RIGHT)


def write_pdf(path: Path, content: ReportContent, page_size: QPageSize | None = None) -> int:
    """Write the report to ``path`` through a temporary file; returns the number of pages."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setTitle(document_title(content))
    writer.setCreator(f"Quiet Legs {content.options.app_version}")
    prepare_device(writer, page_size)
    try:
        pages = render_report(writer, content)
        del writer  # closes and flushes the file
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages
