"""The windows: Qt widgets, Qt models, dialogs, chart canvases. The only PySide6 importer."""
