"""The Insights page's work, done off the UI thread: read the journal once into a night table
(cached until the journal changes), estimate the effects for an outcome and period (cached
too), put them into words and build the figure of the chart on show. matplotlib and the
statistics libraries are imported here, in the worker, the first time they are needed."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QObject, QRunnable, Signal

LAST_N = {"last30": 30, "last90": 90, "last365": 365}


@dataclass(frozen=True)
class Request:
    generation: int
    outcome: str
    period: str  # "last30", "last90", "last365", "all" or "custom"
    custom: tuple[date, date] | None
    chart: str
    size: tuple[float, float] | None = None


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


class Signals(QObject):
    progress = Signal(int, int, str)  # generation, step (1–3), words
    done = Signal(object)  # Answer
    failed = Signal(int, str)  # generation, message


def resolve_period(period: str, custom, rows) -> tuple[date | None, date | None]:
    if period == "custom" and custom:
        return custom
    if period in LAST_N and rows:
        last = rows[-1].night_of
        return last - timedelta(days=LAST_N[period] - 1), last
    return None, None


def warm_up() -> None:
    """Import what the page will need, so the first look is quick."""
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import statsmodels.regression.linear_model  # noqa: F401
    import statsmodels.stats.multitest  # noqa: F401


class Job(QRunnable):
    def __init__(self, request: Request, cache: Cache, load, tz):
        super().__init__()
        self.request, self.cache, self.load, self.tz = request, cache, load, tz
        self.signals = Signals()

    def run(self) -> None:
        gen = self.request.generation
        try:
            answer = self.work()
        except RuntimeError as exc:
            if "deleted" in str(exc):  # the page was closed while we worked: nobody to tell
                return
            self._fail(gen, exc)
        except Exception as exc:  # shown calmly on the page
            self._fail(gen, exc)
        else:
            try:
                self.signals.done.emit(answer)
            except RuntimeError:
                pass

    def _fail(self, gen: int, exc: BaseException) -> None:
        traceback.print_exc()
        try:
            self.signals.failed.emit(gen, f"{exc.__class__.__name__}: {exc}")
        except RuntimeError:
            pass

    def work(self) -> Answer:
        from quietlegs.analysis.effects import estimate_effects
        from quietlegs.analysis.findings import findings
        from quietlegs.charts import build_chart, chart_data

        r, cache = self.request, self.cache
        if cache.data is None:
            self.signals.progress.emit(r.generation, 1, "Reading the journal…")
            cache.data = chart_data(self.load(), self.tz)
        data = cache.data
        start, end = resolve_period(r.period, r.custom, data.rows)
        rows = data.between(start, end)
        self.signals.progress.emit(r.generation, 2, "Weighing the evidence…")
        key = (r.outcome, start, end)
        if key not in cache.effects:
            cache.effects[key] = estimate_effects(rows, r.outcome)
        result = cache.effects[key]
        words = findings(result, data.kind_names, data.categories, data.builtin)
        self.signals.progress.emit(r.generation, 3, "Drawing…")
        figure = build_chart(r.chart, data, r.outcome, start, end, size=r.size,
                             effects=result if r.chart == "effects" else None)
        nights = [x.night_of for x in rows] if r.chart == "timeline" else []
        return Answer(request=r, start=start, end=end, nights=len(rows), findings=words, figure=figure,
                      night_dates=nights)
