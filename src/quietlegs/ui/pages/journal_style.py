"""The look of the Journal and Catalog pages: quiet greys, one accent, generous spacing."""

JOURNAL_STYLE = """
QLabel#pageTitle { font-size: 20pt; font-weight: 600; color: #1f2328; }
QLabel#nightTitle { font-size: 15pt; font-weight: 600; color: #1f2328; }
QLabel#nightSubtitle { font-size: 11pt; color: #4a5058; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f2328; padding-top: 4px; }
QLabel#hint, QLabel#emptyNote { color: #5f6670; }
QLabel#status { color: #3d5a80; }
QLabel#nightNotes { color: #333a42; font-style: italic; }
QFrame#figures { background: #f4f3ef; border-radius: 8px; }
QLabel#figureName { color: #5f6670; font-size: 9pt; }
QLabel#figureValue { color: #1f2328; font-size: 12pt; font-weight: 500; }
QToolButton#segment {
    padding: 5px 16px; border: 1px solid #c9ccd1; background: #ffffff; color: #1f2328;
}
QToolButton#segment:checked { background: #3d6fa8; border-color: #3d6fa8; color: #ffffff; }
QTableView { border: 1px solid #dcdde0; border-radius: 6px; background: #ffffff;
             alternate-background-color: #f8f8f6; selection-background-color: #d3e3f5;
             selection-color: #1f2328; }
QHeaderView::section { background: #ffffff; border: none; border-bottom: 1px solid #dcdde0;
                       padding: 6px 8px; color: #4a5058; font-weight: 600; }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: #ffffff; }
QCalendarWidget QToolButton { color: #1f2328; font-size: 12pt; font-weight: 600; padding: 4px 10px; }
QCalendarWidget QTableView { border: none; }
QFrame#banner { background: #fdf3e6; border: 1px solid #efd2a8; border-radius: 6px; }
QLabel#fieldError { color: #a33a1e; }
"""
