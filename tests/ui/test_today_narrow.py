"""Today in half a laptop screen: the form takes one column and nothing is cut off at the right;
full width brings the two columns back."""

from __future__ import annotations

from PySide6.QtCore import QPoint


def test_in_a_narrow_window_the_form_is_one_column_and_fits(page, qtbot):
    page.show()
    page.resize(1220, 800)
    qtbot.waitUntil(lambda: not page.is_narrow(), timeout=2000)
    bed, wake = page.form.fields["in_bed"], page.form.fields["final_wake"]
    assert bed.mapTo(page, QPoint(0, 0)).y() == wake.mapTo(page, QPoint(0, 0)).y()  # side by side

    page.resize(500, 800)
    qtbot.waitUntil(page.is_narrow, timeout=2000)
    qtbot.waitUntil(lambda: wake.mapTo(page, QPoint(0, 0)).y() > bed.mapTo(page, QPoint(0, 0)).y(), timeout=2000)
    save = page.form.save_button
    # the save button comes into view, not beyond a scroll to the right
    qtbot.waitUntil(lambda: save.mapTo(page, QPoint(save.width(), 0)).x() <= page.width(), timeout=2000)
    assert not page._scroll.horizontalScrollBar().isVisible()

    page.resize(1220, 800)
    qtbot.waitUntil(lambda: not page.is_narrow(), timeout=2000)
