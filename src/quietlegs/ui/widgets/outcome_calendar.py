"""A month calendar whose days are coloured by the chosen outcome, and its legend."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QWidget

from quietlegs.ui.models import formatting as fmt
from quietlegs.ui import colours
from quietlegs.ui.translation import tr
from quietlegs.ui.widgets.narrow_layouts import WrappingRow
from quietlegs.ui.widgets.outcome_colours import STEPS, OutcomeScale, no_value, rim, steps


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class OutcomeCalendar(QCalendarWidget):
    """Each logged night is a tile in its outcome's colour; unlogged nights stay the page's own."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outcomeCalendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(False)
        self.setFirstDayOfWeek(QLocale().firstDayOfWeek())  # Monday in most of Europe, Sunday in the US
        plain = QTextCharFormat()
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # weekends are not alarms
            self.setWeekdayTextFormat(day, plain)
        self._values: dict[QDate, float | None] = {}
        self._events_only: set[QDate] = set()
        self._scale: OutcomeScale | None = None

    def set_nights(self, values: dict[date, float | None], events_only: set[date], scale: OutcomeScale) -> None:
        """``values``: the outcome of each logged night; ``events_only``: nights with events but no diary."""
        self._values = {_qdate(d): v for d, v in values.items()}
        self._events_only = {_qdate(d) for d in events_only}
        self._scale = scale
        self.updateCells()

    def colour_of(self, d: date) -> QColor | None:
        """The tile colour of night ``d`` (``None`` when it is not logged)."""
        q = _qdate(d)
        if q not in self._values or self._scale is None:
            return None
        return self._scale.colour(self._values[q])

    def is_logged(self, d: date) -> bool:
        return _qdate(d) in self._values

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(rect, pal.color(QPalette.ColorRole.Base))
        tile = QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5)
        in_month = qdate.month() == self.monthShown()
        ground = pal.color(QPalette.ColorRole.Base)  # what the day number sits on
        if qdate in self._values and self._scale is not None:
            colour = self._scale.colour(self._values[qdate], pal)
            edge = rim(colour, pal)
            if not in_month:  # the days of the months either side: faded
                colour, edge = colours.mix(ground, colour, 0.35), colours.mix(ground, edge, 0.35)
            ground = colour
            painter.setPen(QPen(edge, 1))
            painter.setBrush(colour)
            painter.drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        elif qdate in self._events_only:
            painter.setPen(QPen(colours.edge(pal), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tile, 6, 6)
        if qdate == self.selectedDate():
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(tile.adjusted(-1, -1, 1, 1), 7, 7)
        text = pal.color(QPalette.ColorRole.Text) if in_month else colours.legible(colours.dim_text(pal), [ground])
        font = QFont(painter.font())
        font.setBold(qdate == self.selectedDate())
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(tile.adjusted(7, 4, -7, -4),
                         int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), str(qdate.day()))
        painter.restore()


class _Swatch(QWidget):
    """One step of the scale (0 … 4), or ``None`` for a night not logged, in the palette's colours."""

    def __init__(self, step: int | None, parent=None):
        super().__init__(parent)
        self._step = step
        self.setFixedSize(QSize(26, 16))

    def paintEvent(self, _event) -> None:
        pal = colours.palette()
        colour = no_value(pal) if self._step is None else QColor(steps(pal)[self._step])
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colours.edge(pal) if self._step is None else rim(colour, pal), 1))
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)


class OutcomeLegend(QWidget):
    """``Worse (≤ 78%) ▮▮▮▮▮ Better (≥ 93%)   ▯ not logged``"""

    def __init__(self, parent=None):
        super().__init__(parent)
        scale, key = QWidget(), QWidget()  # the key to "not logged" goes under the scale when narrow
        layout = QHBoxLayout(scale)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.worse = QLabel()
        self.better = QLabel()
        layout.addWidget(self.worse)
        layout.addSpacing(6)
        for step in range(len(STEPS)):
            layout.addWidget(_Swatch(step))
        layout.addSpacing(6)
        layout.addWidget(self.better)
        layout = QHBoxLayout(key)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(_Swatch(None))
        layout.addWidget(QLabel(tr("not logged")))
        whole = QHBoxLayout(self)
        whole.setContentsMargins(4, 0, 4, 0)
        whole.addWidget(WrappingRow([scale, key, QWidget()], [0, 0, 1], spacing=18))

    def set_scale(self, scale: OutcomeScale) -> None:
        o = scale.outcome
        worse, better = fmt.outcome_value(o, scale.worse_end()), fmt.outcome_value(o, scale.better_end())
        worse_sign, better_sign = ("≤", "≥") if o.higher_is_better else ("≥", "≤")
        self.worse.setText(tr("Worse (%1 %2)").replace("%1", worse_sign).replace("%2", worse))
        self.better.setText(tr("Better (%1 %2)").replace("%1", better_sign).replace("%2", better))
