"""The Insights page's work, done off the UI thread: read the journal once into a night table
(cached until the journal changes), estimate the effects for an outcome and period (cached
too), put them into words and build the figure of the chart on show. It runs on the page's
background runner (:mod:`quietlegs.ui.background`); matplotlib is imported there the first time
it is needed, while the effects are estimated in the worker process
(:mod:`quietlegs.services.estimates`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from quietlegs import tuning
from quietlegs.services import estimates

# The steps' words, translated by the page when shown (InsightsPage._on_progress).
READING = QT_TRANSLATE_NOOP("InsightsPage", "Reading the journal…")
WEIGHING = QT_TRANSLATE_NOOP("InsightsPage", "Weighing the evidence…")
DRAWING = QT_TRANSLATE_NOOP("InsightsPage", "Drawing…")

LAST_N = {"last30": 30, "last90": 90, "last365": 365}


@dataclass(frozen=True)
class Request:
    generation: int
    outcome: str
    period: str  # "last30", "last90", "last365", "all" or "custom"
    custom: tuple[date, date] | None
    chart: str
    size: tuple[float, float] | None = None
    words: object = None  # charts.words.ChartWords in the user's language (made on the UI thread)


@dataclass
class Answer:
    request: Request
    start: date | None
    end: date | None
    nights: int
    findings: list = field(default_factory=list)
    figure: object = None
    night_dates: list[date] = field(default_factory=list)
    message: str = ""


class Cache:
    """What survives between requests: the night table and the effects already computed."""

    def __init__(self):
        self.data = None  # charts.ChartData of the whole journal
        self.effects: dict[tuple, object] = {}

    def clear(self) -> None:
        self.data = None
        self.effects.clear()


def resolve_period(period: str, custom, rows) -> tuple[date | None, date | None]:
    if period == "custom" and custom:
        return custom
    if period in LAST_N and rows:
        last = rows[-1].night_of
        return last - timedelta(days=LAST_N[period] - 1), last
    return None, None


_warmed = False


def warm_up() -> None:
    """Import matplotlib (the statistics load in their own process) and render a little text
    once (loads the fonts), the first time the page draws; the hundreds of thousands of objects
    this makes are set aside from the garbage collector (see :func:`quietlegs.tuning.loading_long_lived`)."""
    global _warmed
    if _warmed:
        return
    with tuning.loading_long_lived():
        import matplotlib.backends.backend_qtagg  # noqa: F401
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from quietlegs.charts.style import new_figure

        fig = new_figure((2, 1), layout=None)
        fig.text(0.1, 0.5, "Warm soak 0123456789", fontweight="bold")
        fig.add_subplot().set_ylabel("Sleep")
        FigureCanvasAgg(fig).draw()
    _warmed = True


class Work:
    """One request's steps: the night table (read once), the period, the effects (sent to the
    worker process, so they are worked out while the caller draws) and their answer."""

    def __init__(self, r: Request, cache: Cache, load, tz, progress=None):
        self.request, self.cache, self.load, self.tz, self.progress = r, cache, load, tz, progress
        self._pending = None
        self.data = self.start = self.end = None
        self.rows = []

    def _say(self, step: int, words: str) -> None:
        if self.progress:
            self.progress(step, words)

    def table(self) -> None:
        from quietlegs.charts import chart_data

        if self.cache.data is None:
            self._say(1, READING)
            self.cache.data = chart_data(self.load(), self.tz)
        self.data = self.cache.data
        self.start, self.end = resolve_period(self.request.period, self.request.custom, self.data.rows)
        self.rows = self.data.between(self.start, self.end)

    @property
    def key(self) -> tuple:
        return (self.request.outcome, self.start, self.end)

    def send_effects(self) -> None:
        """Read the table if needed and send the effects away, unless they are known already."""
        if self.data is None:
            self.table()
        self._say(2, WEIGHING)
        if self.key not in self.cache.effects and self._pending is None:
            self._pending = estimates.submit(self.rows, self.request.outcome)

    def effects(self):
        """The effects for the request (waits for the worker process if they were sent)."""
        if self._pending is None:
            self.send_effects()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.cache.effects[self.key] = pending.result()
        return self.cache.effects[self.key]

    def abandon(self) -> None:
        """Drop a request still waiting for the worker (nobody will read its answer)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.cancel()


def work(request: Request, cache: Cache, load, tz, task) -> Answer | None:
    """The whole answer to ``request`` (on the page's runner; ``task`` reports the steps).
    ``None`` if the request was cancelled (a newer one came) before its chart was drawn."""
    r = request
    work = Work(r, cache, load, tz, task.progress)
    estimates.start()  # if not yet: the worker loads the statistics while this thread reads
    try:
        work.send_effects()  # worked out in the worker process while this thread draws
        warm_up()  # the first time only: matplotlib loads
        from quietlegs.analysis.findings import findings
        from quietlegs.charts import build_chart

        if task.cancelled:
            return None
        figure = None
        if r.chart != "effects":
            task.progress(3, DRAWING)
            figure = build_chart(r.chart, work.data, r.outcome, work.start, work.end, size=r.size, words=r.words)
        result = work.effects()
    finally:
        work.abandon()
    words = findings(result, work.data.kind_names, work.data.categories, work.data.builtin)
    if r.chart == "effects":
        task.progress(3, DRAWING)
        figure = build_chart(r.chart, work.data, r.outcome, work.start, work.end, size=r.size, effects=result,
                             words=r.words)
    nights = [x.night_of for x in work.rows] if r.chart == "timeline" else []
    return Answer(request=r, start=work.start, end=work.end, nights=len(work.rows), findings=words,
                  figure=figure, night_dates=nights)
