"""The appointment report: composed from the journal and analysis, painted with QtGui onto a
printer, the print preview or a PDF (one rendering path)."""
