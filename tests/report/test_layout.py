"""The page flow: what is measured is what is placed, tables break with their header."""

from PySide6.QtGui import QImage

from quietlegs.report.layout import Column, Ctx, PageBreak, Table, Text, flow


def ctx():
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3780 * 2)  # 192 dpi
    image.setDotsPerMeterY(3780 * 2)
    return Ctx(image)


def test_a_table_too_long_for_one_page_continues_on_the_next_with_its_header():
    c = ctx()
    rows = [[f"night {i}", str(i)] for i in range(120)]
    table = Table([Column("Night of"), Column("Legs")], rows)
    pages = flow(c, [Text("Nights", "h1"), table], width=c.pt(500), height=c.pt(700))
    assert len(pages) >= 3
    parts = [p.block for page in pages for p in page if isinstance(p.block, Table)]
    assert [r for part in parts for r in part.rows] == rows  # every row once, in order
    assert all(part.columns == table.columns for part in parts)  # each part paints the header
    for page in pages:
        used = max(p.y + p.block.height(c, c.pt(500)) for p in page)
        assert used <= c.pt(700) + 0.01


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page():
    c = ctx()
    filler = Text("x\n" * 40, "body")
    heading = Text("What was used", "h2", keep_with_next=True)
    table = Table([Column("What")], [["Magnesium"], ["Heat"]])
    height = filler.height(c, c.pt(400)) + heading.height(c, c.pt(400)) + c.pt(4)
    pages = flow(c, [filler, heading, table], width=c.pt(400), height=height)
    assert [type(p.block) for p in pages[0]] == [Text]
    assert pages[1][0].block is heading


def test_a_page_break_starts_each_section_on_a_new_page():
    c = ctx()
    pages = flow(c, [Text("one"), PageBreak(), Text("two"), PageBreak(), PageBreak(), Text("three")],
                 width=c.pt(300), height=c.pt(300))
    assert [[p.block.text for p in page] for page in pages] == [["one"], ["two"], ["three"]]
