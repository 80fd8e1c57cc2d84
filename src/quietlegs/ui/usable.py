"""When the window is usable: the Today page shows the journal's night and takes typing.

Start-up is measured to this moment (``usable`` in a ``QUIETLEGS_SMOKE=1`` run, DESIGN.md), and
the work that Today does not need (the journal's checks when Today showed a first view read
before them, other pages, background reads) waits for it. Usable means: the Today page is the
page shown; its night form holds what the journal holds for the night it shows, read again
here on its own: the stored entry, or for a night not logged yet the prefill worked out from
the nights before it; the form holds the window's keyboard focus (what is typed goes there
whenever the window is in front); and the event loop has painted the page since.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUICK_CHECKS = 20  # checks on consecutive turns of the event loop after the paint (usually 1-2 do)
THEN_EVERY_MS = 20  # then this often, so that a check that keeps failing never spins a core
GIVE_UP_MS = 10_000  # typing before the first check, say: the caller has its own fallback


def _journal_view(today: QWidget):
    """The shown night as the journal holds it, read afresh: through the open journal, or
    (start-up, before it opens) through the same quick read Today's first view came from."""
    from quietlegs.services.today import first_view, read_today_night

    if today.service.is_open:
        return read_today_night(today.service.journal, today.night_of)
    return first_view(today.service.paths.journal, today.night_of)


def _shows(form: QWidget, view) -> bool:
    """Whether the form holds ``view``: its stored night, or the prefill of a new one."""
    if form.night_of != view.night_of or form.loaded != view.night or form.has_unsaved_changes():
        return False
    if view.night is not None:
        return True
    usual = view.prefill
    fields = form.fields
    return (form.clock_times() == {name: getattr(usual, name) for name in form.clock_times()}
            and fields["sleep_latency_min"].value() == usual.sleep_latency_min
            and fields["awakenings"].value() == usual.awakenings
            and fields["wake_after_sleep_onset_min"].value() == usual.wake_after_sleep_onset_min)


def is_usable(today: QWidget) -> bool:
    """Today is shown, its form holds the journal's values for its night, and has the focus."""
    form = today.form
    focus = today.window().focusWidget()
    if not (today.isVisible() and form.isVisible() and form.night_of == today.night_of
            and focus is not None and form.isAncestorOf(focus) and focus.isEnabled()):
        return False
    view = _journal_view(today)
    return view is not None and _shows(form, view)


class _UsableWatch(QObject):
    """Waits for a paint of the Today page's form, then for the moment it is usable."""

    def __init__(self, today: QWidget, on_usable: Callable[[], None]):
        super().__init__(today)
        self._today, self._on_usable = today, on_usable
        self._painted = False
        self._checks = 0
        self._since = QElapsedTimer()
        self._poll = QTimer(self)
        self._poll.setInterval(0)  # each turn of the event loop, at first
        self._poll.timeout.connect(self._check)
        today.form.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._since.start()
            self._poll.start()  # after this paint has finished
        return False

    def _check(self) -> None:
        self._checks += 1
        if is_usable(self._today):
            self._stop()
            self._on_usable()
        elif self._since.elapsed() > GIVE_UP_MS:
            self._stop()
        elif self._checks == QUICK_CHECKS:
            self._poll.setInterval(THEN_EVERY_MS)

    def _stop(self) -> None:
        self._poll.stop()
        self._today.form.removeEventFilter(self)
        self.deleteLater()


def when_usable(today: QWidget, on_usable: Callable[[], None]) -> None:
    """Call ``on_usable`` once, the first time the Today page ``today`` is usable after a paint
    (never, if it is not within ``GIVE_UP_MS`` of that paint)."""
    _UsableWatch(today, on_usable)
