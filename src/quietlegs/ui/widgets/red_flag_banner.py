"""A calm prompt on Today when the journal shows a warning sign a clinician should hear about.

Self-contained: give it the service, a clock and the settings. It shows the most pressing red
flag of the last two weeks (:mod:`quietlegs.services.red_flags`) that the person has not put
away, with what to do; "Noted" puts that episode away for good (remembered in the app's
settings, beside the journal), and the next one, if any, takes its place. One prompt per
episode, never a nag: a sign logged again in the same episode does not bring it back.

Today keeps it up to date (:class:`quietlegs.ui.widgets.daily_care.DailyCareWatcher`: one read
for it and the day counters); alone, :meth:`refresh` reads the flags itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quietlegs.storage.errors import StorageError
from quietlegs.ui import colours
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.models.formatting import day_label
from quietlegs.ui.settings import dismiss_red_flag, dismissed_red_flags
from quietlegs.ui.translation import vocab_tr

if TYPE_CHECKING:  # the rules load when the journal is first read (after start-up)
    from quietlegs.domain.red_flags import RedFlag


def banner_style(pal: QPalette) -> str:
    """Urgent in red, soon in amber: the light or dark variant, a tinted ground made from the
    palette's Base, and the palette's own text on it (≥ 4.5:1, tests/ui/test_contrast.py)."""
    urgent, soon = colours.semantic("urgent", pal), colours.semantic("soon", pal)
    return f"""
QFrame#redFlagBanner[urgency="urgent"] {{
    background: {colours.name(colours.tint(urgent, pal))};
    border: 1px solid {colours.name(urgent)};
    border-left: 5px solid {colours.name(urgent)};
    border-radius: 10px;
}}
QFrame#redFlagBanner[urgency="soon"] {{
    background: {colours.name(colours.tint(soon, pal))};
    border: 1px solid {colours.name(soon)};
    border-left: 5px solid {colours.name(soon)};
    border-radius: 10px;
}}
QFrame#redFlagBanner QLabel {{ color: palette(text); }}
"""


class RedFlagBanner(QFrame):
    shown_flag = Signal(object)  # the RedFlag now on show, or None

    def __init__(self, service: JournalService, now: Callable[[], datetime], settings: QSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._now = now
        self.settings = settings
        self.flag: RedFlag | None = None
        self.pending: list[RedFlag] = []  # the flags not yet put away, the one shown first
        self.setObjectName("redFlagBanner")
        colours.follow_palette(self, banner_style)
        self.setAccessibleName(self.tr("Worth raising with a clinician"))

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.heading.setFont(f)
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.when = QLabel()
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.noted_button = QPushButton(self.tr("Noted"))
        self.noted_button.setToolTip(self.tr("Put this away: it will not be shown again for this episode. "
                                             "It stays listed in the appointment report."))
        self.noted_button.clicked.connect(self.dismiss)

        body = QVBoxLayout()
        body.setSpacing(4)
        body.addWidget(self.heading)
        body.addWidget(self.text)
        foot = QHBoxLayout()
        foot.addWidget(self.when)
        foot.addWidget(self.more)
        foot.addStretch(1)
        body.addLayout(foot)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addLayout(body, 1)
        layout.addWidget(self.noted_button, 0, Qt.AlignmentFlag.AlignTop)

        self.hide()

    # ------------------------------------------------------------------ texts

    def _heading_text(self, flag: RedFlag) -> str:
        from quietlegs.domain import red_flags as rules

        action = (self.tr("Please seek care today") if flag.urgency == rules.URGENT
                  else self.tr("Worth telling your doctor soon"))
        return self.tr("{0} — {1}").format(vocab_tr(flag.title), action)

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        if not self.service.is_open:  # start-up: read once the journal is open (it announces everything)
            return
        try:
            from quietlegs.services.red_flags import recent_red_flags  # (after start-up: see above)

            flags = recent_red_flags(self.service.journal, self._now().date())
        except StorageError:
            return  # the journal could not be read just now: keep what is shown
        self.show_flags(flags)

    def show_flags(self, flags: list[RedFlag]) -> None:
        """Show the first of ``flags`` (urgent first) that the person has not put away."""
        put_away = dismissed_red_flags(self.settings)
        self.pending = [f for f in flags if f.episode not in put_away]
        self._show_first()

    def _show_first(self) -> None:
        flag = self.pending[0] if self.pending else None
        self.flag = flag
        self.setVisible(flag is not None)
        if flag is not None:
            self.setProperty("urgency", flag.urgency)
            self.style().unpolish(self)
            self.style().polish(self)
            self.heading.setText(self._heading_text(flag))
            self.text.setText(vocab_tr(flag.message))
            self.when.setText(self.tr("Logged on the night of {0}.").format(
                day_label(flag.night_of)))
            others = len(self.pending) - 1
            self.more.setText(self.tr("%n more to look at after this one.", "", others) if others else "")
            self.more.setVisible(bool(others))
        self.shown_flag.emit(flag)

    def dismiss(self) -> None:
        """Put the shown episode away for good; the next one, if any, is shown."""
        if self.flag is None:
            return
        dismiss_red_flag(self.settings, self.flag.episode)
        self.pending = self.pending[1:]
        self._show_first()
