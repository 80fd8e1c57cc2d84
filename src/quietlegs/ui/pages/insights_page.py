"""Insights: which interventions line up with better nights, in plain words and six charts.

Pick what "a better night" means (an outcome; remembered in the settings) and a period; the
findings and the chart on show follow. All the work (reading the journal, the statistics, the
figures) runs on the page's background runner with visible progress: matplotlib is loaded there,
statsmodels in the worker process, never before the first paint. Hovering a night on
the timeline shows what happened; clicking it emits :attr:`InsightsPage.night_clicked` so the window can open it in the journal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from quietlegs import clock
from quietlegs.analysis.outcomes import DEFAULT_OUTCOME, OUTCOMES
from quietlegs.services.changes import Change
from quietlegs.ui.background import Runner
from quietlegs.ui.change_listener import ChangeListener
from quietlegs.ui.models.formatting import day_label, in_sentence, time_label
from quietlegs.ui.pages import insights_layout
from quietlegs.ui.pages.insights_layout import CHARTS
from quietlegs.ui.pages.insights_work import Answer, Cache, Request, work
from quietlegs.ui.settings import app_settings
from quietlegs.ui.translation import vocab_tr
from quietlegs.ui.widgets.plain_text import plain_tip

OUTCOME_CHARTS = {"timeline", "effects", "calendar"}
SETTING_OUTCOME = "insights/outcome"
# The page is built after the window's first paint; this long after, it starts the worker
# process, which loads statsmodels on another core, so that opening the page later only reads
# the journal, loads matplotlib and draws (about a second, with its progress shown). Not
# sooner: while the Journal page reads in the background, starting a second process would
# make the first second's page switches wait (measured: up to 90 ms, against 10-40 ms).
# Nothing else is done ahead in this process: reading the journal into the night table or
# loading matplotlib on a worker thread holds the interpreter the window needs for every paint
# and keystroke (a page of the journal scrolled in 100-290 ms instead of 30 meanwhile).
STATISTICS_START_MS = 1000
SIDE_BY_SIDE_WIDTH = 760  # narrower than this (page width), the findings sit above the chart



class InsightsPage(QWidget):
    night_clicked = Signal(object)  # date: the night clicked on the timeline
    ready = Signal()  # findings and the chart on show are up to date

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.settings = app_settings(service.paths)
        self.cache = Cache()
        self.runner = Runner(self, "insights")  # one job at a time: the cache is never shared between threads
        self.generation = 0
        self.last_answer: Answer | None = None
        self._dirty = True
        self._tz = None
        self._job = None  # the latest request's job
        self._chart_words = None  # charts.words.ChartWords, see _words

        saved = self.settings.value(SETTING_OUTCOME, DEFAULT_OUTCOME)
        insights_layout.build(self, saved if saved in OUTCOMES else DEFAULT_OUTCOME)

        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.tabs.currentChanged.connect(lambda _i: self.refresh(findings=False))
        # Hidden, it recomputes nothing: the changes wait for the page to be shown.
        self.changes = ChangeListener(self, service, self._journal_changed,
                                      lambda c: c.touches_any_night() or c.touches_kinds())
        self._statistics_timer = QTimer(self, singleShot=True, interval=STATISTICS_START_MS)
        self._statistics_timer.timeout.connect(self._start_statistics)
        self._statistics_timer.start()  # a timer of the page's own: it goes when the page goes

    def resizeEvent(self, event) -> None:
        """Findings beside the chart when there is room; above it in a narrow window."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Vertical if self.width() < SIDE_BY_SIDE_WIDTH else Qt.Orientation.Horizontal
        if self._split.orientation() != wanted:
            self._split.setOrientation(wanted)
            whole = self.height() if wanted == Qt.Orientation.Vertical else self.width()
            self._split.setSizes([whole * 2 // 7, whole * 5 // 7])

    def _start_statistics(self) -> None:
        from quietlegs.services import estimates  # Qt-free and light: statsmodels loads in the worker

        self.runner.start(lambda task: estimates.start())  # spawning a process is no work for the UI thread

    def _stop_work(self) -> None:
        self.runner.stop()

    # ------------------------------------------------------------------ choices

    def current_outcome(self) -> str:
        return self.outcome.currentData()

    def current_chart(self) -> str:
        return CHARTS[self.tabs.currentIndex()]

    def set_outcome(self, name: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(name))

    def set_period(self, key: str, start: date | None = None, end: date | None = None) -> None:
        if key == "custom" and start and end:
            for edit, d in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
        self.period.setCurrentIndex(self.period.findData(key))

    def _outcome_changed(self) -> None:
        self.settings.setValue(SETTING_OUTCOME, self.current_outcome())
        self.refresh()

    def _period_changed(self) -> None:
        self.dates_row.setVisible(self.period.currentData() == "custom")
        self.refresh()

    def _journal_changed(self, _change: Change) -> None:
        self.cache = Cache()  # the running job keeps its own; the next one reads the journal again
        self._dirty = True
        if self.isVisible() and not self.changes.showing:  # when being shown, showEvent refreshes
            self.refresh()

    # ------------------------------------------------------------------ work

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:  # just after the window's first paint, never before it
            self._dirty = False
            QTimer.singleShot(50, self, self.refresh)

    def refresh(self, findings: bool = True) -> None:
        """Bring the findings and the chart on show up to date (the work runs on the worker)."""
        if self._tz is None:
            self._tz = clock.local_zone()
        self._dirty = False
        self.generation += 1
        request = self._request()
        canvas = self.canvases[request.chart]
        key = self._key(request)
        if not findings and canvas.key == key:
            self.ready.emit()
            return
        cache, load, tz, gen = self.cache, self.service.journal.snapshot, self._tz, request.generation
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Working…"))
        if self._job is not None:
            self._job.cancel()  # a newer choice: the older answer would never be shown
        self._job = self.runner.start(lambda task: work(request, cache, load, tz, task),
                                      progress=lambda step, words: self._on_progress(gen, step, words),
                                      done=self._on_done,
                                      error=lambda exc: self._on_failed(gen, f"{exc.__class__.__name__}: {exc}"))

    def _request(self) -> Request:
        """What the page asks for now: the outcome, period and chart chosen, at the canvas' size."""
        custom = None
        if self.period.currentData() == "custom":
            a, b = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            custom = (min(a, b), max(a, b))
        canvas = self.canvases[self.current_chart()]
        size = None
        if canvas.width() > 200 and canvas.height() > 150:
            size = (canvas.width() / 100, canvas.height() / 100)
        return Request(self.generation, self.current_outcome(), self.period.currentData(), custom,
                       self.current_chart(), size, self._words())

    def _words(self):
        """The charts' words in the user's language (made once; again after a change of language)."""
        if self._chart_words is None:
            from quietlegs.report.chart_words import chart_words

            self._chart_words = chart_words()
        return self._chart_words

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._chart_words = None  # the findings and the chart are worded again, in the new language
            if self.isVisible():
                QTimer.singleShot(0, self, self.refresh)
            else:
                self._dirty = True
        super().changeEvent(event)

    def _key(self, r: Request) -> tuple:
        outcome = r.outcome if r.chart in OUTCOME_CHARTS else None
        return (r.chart, outcome, r.period, r.custom, id(self.cache), id(r.words))  # words: a new language redraws

    def _on_progress(self, generation: int, step: int, words: str) -> None:
        if generation == self.generation:
            self.progress.setValue(step)
            self.status.setText(self.tr(words))

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.progress.setVisible(False)
            self.status.setText(self.tr("The insights could not be worked out: %s") % message)

    def _on_done(self, answer: Answer | None) -> None:
        if answer is None or answer.request.generation != self.generation:
            return  # a newer choice is on its way
        self.last_answer = answer
        r = answer.request
        self.findings.show_findings(answer.request.outcome, answer.findings, answer.nights)
        empty = not answer.nights and self.service.journal.counts()["nights"] == 0
        self._split.setVisible(not empty)  # first start: say what will be here, not a blank chart
        self.empty_state.setVisible(empty)
        self.canvases[r.chart].set_figure(answer.figure, self._key(r), answer.night_dates)
        self._describe_chart(answer)
        self.progress.setValue(3)
        self.progress.setVisible(False)
        if answer.nights:
            self.status.setText(self._logged_words(answer))
        else:
            self.status.setText(self.tr("No nights logged in this period."))
        self.ready.emit()

    def _describe_chart(self, answer: Answer) -> None:
        """The chart on show in words, read by a screen reader when the chart has focus."""
        from quietlegs.ui.pages.insights_words import chart_summary
        from quietlegs.ui.widgets.accessible import set_description

        data, r = self.cache.data, answer.request
        rows = data.between(answer.start, answer.end) if data is not None else []
        names = data.name if data is not None else str
        set_description(self.canvases[r.chart], chart_summary(r.chart, rows, r.outcome, names, len(answer.findings)))

    def test_properly(self):
        """Open the plan dialog on the selected finding's kind and the outcome on show; the plan
        saved, or ``None``."""
        from PySide6.QtWidgets import QDialog

        from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog

        item = self.findings.currentItem()
        slug = item.data(256) if item is not None else None
        known = next((k for k in self.service.journal.kinds() if k.slug == slug), None)
        if known is None:
            return None
        dialog = ExperimentDialog(self.service, clock.now().date(), known, self)
        dialog.outcome_box.setCurrentIndex(max(0, dialog.outcome_box.findData(self.current_outcome())))
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------------ hover and export

    def _logged_words(self, answer: Answer) -> str:
        """"Sun 23 Aug 2026 – Fri 20 Nov 2026 · 81 nights logged", dates as the language writes them."""
        from quietlegs.report.words import arg, english_plural

        span = (arg(self.tr("%1 – %2"), day_label(answer.start, year=True), day_label(answer.end, year=True))
                if answer.start else self.tr("all nights"))
        return arg(english_plural(self.tr("%1 · %n night(s) logged", "", answer.nights), answer.nights), span)

    def night_details(self, night_of: date) -> str:
        """The night's date, value, what was used and what happened, in one line."""
        from quietlegs.domain.vocab import SYMPTOM_KIND_LABELS
        from quietlegs.report.words import arg, kind_name, number, outcome_label, outcome_unit

        data = self.cache.data
        row = next((r for r in data.between(night_of, night_of)), None) if data else None
        if row is None:
            return ""
        name = self.current_outcome()
        spec = OUTCOMES[name]
        value = row.values.get(spec.name)
        shown = "—" if value is None else number(value, spec.decimals) + (f" {outcome_unit(name)}" if spec.unit else "")

        def kind(slug: str) -> str:
            return kind_name(slug, data.kind_names.get(slug, ""), slug in data.builtin)

        before = ", ".join(kind(k) for k in sorted(row.before_bed)) or self.tr("nothing")
        during = ", ".join(kind(k) for k in sorted(row.during_night))
        symptoms = ", ".join(self.tr("{0} {1}/10 at {2}").format(
            in_sentence(vocab_tr(SYMPTOM_KIND_LABELS.get(s.kind, s.kind))), s.severity, time_label(s.at))
            for s in row.symptoms) or self.tr("none")
        day = day_label(night_of, year=True)
        if during:
            return arg(self.tr("Night of %1 — %2: %3 · before bed: %4 · symptoms: %5 · in the night: %6"),
                       day, outcome_label(name), shown, before, symptoms, during)
        return arg(self.tr("Night of %1 — %2: %3 · before bed: %4 · symptoms: %5"),
                   day, outcome_label(name), shown, before, symptoms)

    def _show_night(self, night_of) -> None:
        if night_of is None:
            return
        text = self.night_details(night_of)
        self.hover.setText(text)
        canvas = self.canvases["timeline"].canvas
        if canvas is not None:
            canvas.setToolTip(plain_tip(text))  # kinds' names: the person's words
        if self.canvases["timeline"].hasFocus():  # stepped to by keyboard: read out the night chosen
            from quietlegs.ui.widgets.accessible import set_description

            set_description(self.canvases["timeline"], text)

    def export_chart(self) -> None:
        canvas = self.canvases[self.current_chart()]
        if canvas.figure is None:
            self.status.setText(self.tr("The chart is still being drawn; try again in a moment."))
            return
        suggested = str(self.service.paths.root.parent / f"quietlegs-{self.current_chart()}.png")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export chart"), suggested,
                                                   self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in (chosen or "").lower() else ".png"
        try:
            canvas.figure.savefig(path, dpi=150 if path.lower().endswith(".png") else 100)
        except OSError as exc:
            self.status.setText(self.tr("Could not save the chart: %s") % (exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved %s") % path)

