"""The baseline for start-up: a bare PySide6 window, as large as the app's, prints ``ready`` at
its first paint (as the app does), then quits."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "painted", False):
            self.painted = True
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
