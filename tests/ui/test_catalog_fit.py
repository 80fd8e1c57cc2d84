"""The Catalog's table at half a laptop screen (683 px) with words a third longer (a stand-in
for German): every kind's name and every column's title shows whole, and the table never
scrolls sideways; the other columns give way to the names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionHeader

from test_fit import WIDTHS, _show, demo_window, longer_words, settled  # noqa: F401  (fixtures)


def _text_room(table, column: int) -> int:
    """How wide the words of a cell in ``column`` may be before Qt ends them in "…"."""
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return table.columnWidth(column) - 2 * margin


def _header_room(header, section: int) -> int:
    opt = QStyleOptionHeader()
    header.initStyleOption(opt)
    opt.section = section
    opt.rect = header.rect()
    opt.rect.setWidth(header.sectionSize(section))
    opt.text = str(header.model().headerData(section, Qt.Orientation.Horizontal))
    rect = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, header)
    return rect.width()


def _hidden_columns(page) -> list[int]:
    header = page.table.horizontalHeader()
    return [c for c in range(header.count()) if header.isSectionHidden(c)]


def table_problems(page) -> list[str]:
    table = page.table
    header = table.horizontalHeader()
    model = table.model()
    metrics = table.fontMetrics()
    problems = []
    if table.horizontalScrollBar().isVisible() or header.length() > table.viewport().width():
        problems.append(f"scrolls sideways: {header.length()} px of columns in {table.viewport().width()} px")
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header.fontMetrics().horizontalAdvance(title) > _header_room(header, column):
            problems.append(f"column title {title!r} is cut off ({header.sectionSize(column)} px)")
    for row in range(model.rowCount()):
        name = str(model.index(row, 0).data())
        if metrics.horizontalAdvance(name) > _text_room(table, 0):
            problems.append(f"name {name!r} is cut off ({table.columnWidth(0)} px)")
    return problems


@pytest.mark.parametrize("width", WIDTHS)
def test_every_name_shows_whole_and_the_table_never_scrolls_sideways(qtbot, demo_window, width):
    page = _show(qtbot, demo_window, "catalog", width)
    assert page.model.rowCount() > 10
    assert settled(qtbot, lambda: table_problems(page)) == []
    assert _hidden_columns(page) == []  # in English every column has room


@pytest.mark.parametrize("width", WIDTHS)
def test_with_words_a_third_longer_every_name_shows_whole_and_the_table_never_scrolls_sideways(
        qtbot, longer_words, demo_window, width):
    page = _show(qtbot, demo_window, "catalog", width)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) != "Name"  # the stand-in is on
    assert settled(qtbot, lambda: table_problems(page)) == []
    assert 0 not in _hidden_columns(page) and 1 not in _hidden_columns(page)  # names and categories stay


def test_columns_that_gave_way_come_back_when_the_window_is_wider(qtbot, longer_words, demo_window):
    page = _show(qtbot, demo_window, "catalog", 683)
    assert settled(qtbot, lambda: table_problems(page)) == [] and _hidden_columns(page) != []
    page = _show(qtbot, demo_window, "catalog", 1800)
    assert settled(qtbot, lambda: table_problems(page) + _hidden_columns(page)) == []
