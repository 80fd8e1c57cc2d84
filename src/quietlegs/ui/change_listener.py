"""Hands a view the journal's changes it shows: at once while it is on screen, else when shown.

One definition for every page and widget that refreshes itself: a hidden view does no work
for a change; it keeps the changes (combined) and applies them once, when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from quietlegs.services.changes import Change


class ChangeListener(QObject):
    """Calls ``apply(change)`` for each announced change that ``wants`` it, while ``view`` is
    visible; while it is hidden, the changes wait (marked stale) and are applied at its next show."""

    def __init__(self, view: QWidget, service, apply: Callable[[Change], None],
                 wants: Callable[[Change], bool] = bool):
        super().__init__(view)
        self._view, self._apply, self._wants = view, apply, wants
        self.pending: Change | None = None
        self.showing = False  # True while the changes missed are applied as the view is shown
        view.installEventFilter(self)
        service.journal_changed.connect(self._changed)

    @property
    def stale(self) -> bool:
        """Whether the view missed a change it shows (it catches up when shown)."""
        return self.pending is not None

    def _changed(self, change: Change) -> None:
        if not self._wants(change):
            return
        if self._view.isVisible():
            self._apply(change)
        else:
            self.pending = change if self.pending is None else self.pending | change

    def catch_up(self) -> None:
        """Apply what was missed while hidden, now (also called on every show)."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self._apply(pending)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._view and event.type() == QEvent.Type.Show:
            self.showing = True
            try:
                self.catch_up()
            finally:
                self.showing = False
        return False
