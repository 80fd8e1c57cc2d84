"""Windows that fit (issue 15): the first window fits the screen's available room at any scale,
a saved geometry too big for today's screen is cut to fit, the print preview fits a 900 px
screen, and at 1100 px and at half a 1366 px screen (683 px) no words are cut off on any page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QMainWindow

from quietlegs.ui.settings import app_settings
from quietlegs.ui.widgets.narrow_layouts import FittingScrollArea
from quietlegs.ui.window_state import GEOMETRY_KEY, restore_geometry

# Runs quietlegs as its command does (QUIETLEGS_SMOKE=1: it quits once Today is usable); as the
# process ends it says where the main window was and how much room its screen had.
WHERE_SPY = ("import json, os, sys\n"
             "real_exit = os._exit\n"
             "def spy(status):\n"
             "    from PySide6.QtWidgets import QApplication, QMainWindow\n"
             "    [w] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]\n"
             "    room = w.screen().availableGeometry()\n"
             "    print(json.dumps({'frame': w.frameGeometry().getRect(), 'room': room.getRect(),\n"
             "                      'ratio': w.devicePixelRatioF()}), flush=True)\n"
             "    real_exit(status)\n"
             "os._exit = spy\n"
             "from quietlegs.__main__ import main\n"
             "sys.exit(main())\n")


def _screen_file(tmp_path, width: int, height: int) -> str:
    path = tmp_path / "screen.json"
    path.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def _inside(outer, inner) -> bool:
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_first_window_fits_the_screens_room_at_any_scale(tmp_path, scale):
    """A 1366×768 laptop: at 2× its room is 683×384 device-independent pixels, far less than
    the 1100×720 the window asks for when there is room."""
    env = {**os.environ, "QUIETLEGS_SMOKE": "1", "QT_QPA_PLATFORM": _screen_file(tmp_path, 1366, 768),
           "QT_SCALE_FACTOR": scale}
    out = subprocess.run([sys.executable, "-c", WHERE_SPY, "--data-dir", str(tmp_path / "d")], env=env,
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr[-2000:]
    where = json.loads(out.stdout.strip().splitlines()[-1])
    assert where["ratio"] == float(scale)
    assert where["room"][2:] == [1366 // int(scale), 768 // int(scale)]
    assert _inside(where["room"], where["frame"]), where


def test_with_room_the_first_window_opens_at_1100_by_720(qtbot):
    from quietlegs.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1100, 720)  # the test screen is 1920×1080


def test_a_saved_geometry_bigger_than_todays_screen_is_cut_to_fit(qtbot, data_paths):
    """Closed on a big monitor (or at another scale), opened on this 1920×1080 screen."""
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(40, 30, 2600, 1500))
    settings = app_settings(data_paths)
    settings.setValue(GEOMETRY_KEY, big.saveGeometry())

    window = QMainWindow()
    qtbot.addWidget(window)
    assert restore_geometry(window, settings)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    assert room.contains(window.frameGeometry()), (room, window.frameGeometry())
    assert window.width() > 1800  # as big as the screen allows, not back to the default


def test_nothing_saved_restores_nothing(qtbot, data_paths):
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = app_settings(data_paths)
    settings.setValue(GEOMETRY_KEY, QByteArray())
    assert not restore_geometry(window, settings)


def test_the_print_preview_fits_a_900_px_tall_screen(qtbot, demo_journal, data_paths, monkeypatch):
    """A 1440×900 laptop (the screen is the one thing a test cannot own: its room is told)."""
    from datetime import datetime

    from PySide6.QtGui import QScreen
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.journal_service import JournalService

    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 1440, 900))
    shown = {}

    def look(preview):  # the preview as it would open, then closed at once
        shown["size"] = preview.size()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    dialog = ReportDialog(JournalService(demo_journal, data_paths), app_settings(data_paths),
                          lambda: datetime(2026, 11, 21, 8, 0))
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: "size" in shown, timeout=20_000)
    assert shown["size"].height() <= 900 - 22 and shown["size"].width() <= 900, shown["size"]
    assert shown["size"].height() >= 700  # still a page's worth of room to read it in


# ---------------------------------------------------------------------------- every page, two widths

PAGES = ("today", "journal", "insights", "catalog", "appointments")
WIDTHS = (1100, 683)  # the default window, and half a 1366 px laptop screen


@pytest.fixture
def demo_window(qtbot, qapp, demo_journal, data_paths, clock, monkeypatch):
    """The real main window, in the app's own style and light palette, on the demo journal,
    with every banner Today can show: a warning sign, a day counter and an experiment running
    (its evening button is the widest)."""
    from datetime import date, datetime

    from quietlegs import clock as app_clock
    from quietlegs.analysis.outcomes import OUTCOMES
    from quietlegs.domain.experiments import Experiment
    from quietlegs.domain.milestones import Milestone
    from quietlegs.domain.records import SymptomEvent
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.theme import SCHEME_ENV, apply_theme
    from quietlegs.ui.window_factory import build_main_window

    monkeypatch.setenv(SCHEME_ENV, "light")
    apply_theme(qapp)
    monkeypatch.setattr(app_clock, "now", clock)
    service = JournalService(demo_journal, data_paths)
    service.save_milestone(Milestone(date=date(2026, 11, 9), name="stopped kratom", kind="stopped"))
    demo_journal.save_experiment(Experiment(kind="magnesium", outcome="sleep_efficiency",
                                            start=date(2026, 11, 19), seed=5), OUTCOMES)
    service.save_symptom(SymptomEvent(at=datetime(2026, 11, 21, 2, 0), kind="swelling", severity=6,
                                      locations=("left_calf",), notes="red and warm"))
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _show(qtbot, window, name: str, width: int):
    window.resize(width, 720)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)  # no page is wider than that at its narrowest
    page = window.show_page(name)
    if name == "insights":
        qtbot.waitUntil(lambda: page.canvases[page.current_chart()].canvas is not None
                        and page.findings.count() > 3, timeout=30_000)
    return page


def settled(qtbot, check) -> list[str]:
    """What ``check`` finds once the layouts have settled (they rearrange in resize and layout
    events, a turn or two of the event loop after a resize): a real fault stays found."""
    try:
        qtbot.waitUntil(lambda: not check(), timeout=3000)
    except qtbot.TimeoutError:
        pass
    return check()


def _where(widget) -> str:
    name = f"{type(widget).__name__} {widget.objectName()!r} {widget.text()[:60]!r}"
    return f"{name} ({widget.width()}×{widget.height()})"


def cut_off_words(root) -> list[str]:
    """Every label under ``root`` whose words do not fit it: a wrapped one shorter than its words
    need at its width, one on a single line narrower than its words, or one cut at the side by
    what holds it (a label scrolled out of view up or down is reachable, and is not counted)."""
    from PySide6.QtWidgets import QLabel

    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or not label.visibleRegion().boundingRect().isValid():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"{_where(label)} needs {label.heightForWidth(label.width())} px of height")
        elif label.sizeHint().width() > label.width():
            problems.append(f"{_where(label)} needs {label.sizeHint().width()} px of width")
        if label.visibleRegion().boundingRect().width() < label.width():
            problems.append(f"{_where(label)} is cut at the side")
    return problems


def elided_findings(findings) -> list[str]:
    """Findings whose words need more lines than their place shows (Qt ends them in "…"):
    laid out as Qt draws an item's text, in the text rectangle of the item's style less the
    text margin on each side, once as the item is laid out and once as its text is drawn
    (measured: at 248 px an item wraps as at 232 px)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    problems = []
    style = findings.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, findings) + 1
    for row in range(findings.count()):
        item = findings.item(row)
        opt = QStyleOptionViewItem()
        opt.font = findings.font()  # the list's own font (its style sheet's size), as it paints
        findings.itemDelegate().initStyleOption(opt, findings.indexFromItem(item))
        opt.rect = findings.visualItemRect(item)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, findings)
        layout = QTextLayout(item.text(), opt.font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(rect.width() - 4 * margin)  # Qt takes its text margin off twice
            height += line.height()
        layout.endLayout()
        if height > rect.height() + 0.5:
            problems.append(f"{item.text()[:50]!r}: {height:.0f} px of words in {rect.height()} px")
    return problems


def clipped_chart_titles(page) -> list[str]:
    problems = []
    for name, canvas in page.canvases.items():
        if canvas.figure is None:
            continue
        figure = canvas.figure
        renderer = figure.canvas.get_renderer()
        figure.draw_without_rendering()
        box = figure.bbox
        for ax in figure.axes:
            for title in (ax.title, ax._left_title, ax._right_title):
                if not title.get_text():
                    continue
                extent = title.get_window_extent(renderer)
                if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y1 > box.y1 + 1:
                    problems.append(f"{name}: {title.get_text()[:50]!r} runs off the figure ({extent} in {box})")
    return problems


@pytest.mark.parametrize("width", WIDTHS)
def test_no_words_are_cut_off_on_any_page(qtbot, demo_window, width):
    problems = []
    for name in PAGES:
        page = _show(qtbot, demo_window, name, width)
        problems += [f"{name} at {width} px: {p}" for p in settled(qtbot, lambda: cut_off_words(page))]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_finding_shows_all_its_words(qtbot, demo_window, width):
    page = _show(qtbot, demo_window, "insights", width)
    assert page.findings.count() > 10
    assert settled(qtbot, lambda: elided_findings(page.findings)) == []


@pytest.mark.parametrize("width", WIDTHS)
def test_every_chart_title_fits_its_figure(qtbot, demo_window, width):
    page = _show(qtbot, demo_window, "insights", width)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: page.canvases[page.current_chart()].canvas is not None, timeout=30_000)
    assert settled(qtbot, lambda: clipped_chart_titles(page)) == []


def today_problems(today, narrow: bool) -> list[str]:
    problems = []
    if today.is_narrow() != narrow:
        problems.append("narrow" if today.is_narrow() else "not narrow")
    if today._scroll.horizontalScrollBar().isVisible() or today._content.width() > today._scroll.viewport().width():
        problems.append("scrolls sideways")
    return problems


def test_today_with_every_banner_stays_two_columns_at_1100_px_and_never_scrolls_sideways(qtbot, demo_window):
    today = _show(qtbot, demo_window, "today", 1100)
    assert today.red_flags.isVisible() and today.day_counter.isVisible() and today.experiment_banner.isVisible()
    assert settled(qtbot, lambda: today_problems(today, narrow=False)) == []
    today = _show(qtbot, demo_window, "today", 683)
    assert settled(qtbot, lambda: today_problems(today, narrow=True)) == []


class LongerWords:
    """Stands in for German (about a third longer than English, in longer words): every word of
    four letters or more gains half its length again. Markup, ``{placeholders}`` and ``%1`` stay."""

    _KEEP = re.compile(r"(<[^>]*>|\{[^}]*\}|%\w+|&\w+;)")

    @classmethod
    def lengthen(cls, text: str) -> str:
        parts = cls._KEEP.split(text)
        def longer(word: re.Match) -> str:
            return word.group() + word.group()[: len(word.group()) // 2]

        return "".join(p if i % 2 else re.sub(r"[^\W\d_]{4,}", longer, p) for i, p in enumerate(parts))


@pytest.fixture
def longer_words(qapp):
    from PySide6.QtCore import QTranslator

    class Translator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return LongerWords.lengthen(source) if source else source

        def isEmpty(self) -> bool:
            return False

    translator = Translator()
    qapp.installTranslator(translator)
    yield
    # Background reads word things too; a translator written in Python must not be removed while
    # one of them is inside it (the removal waits for Qt's lock, the read for the interpreter: a
    # deadlock, seen once in a few hundred runs).
    from PySide6.QtCore import QThreadPool

    for top in qapp.topLevelWidgets():
        for pool in top.findChildren(QThreadPool):
            pool.waitForDone(10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.removeTranslator(translator)


def test_the_stand_in_for_german_is_a_third_longer_and_keeps_what_code_fills_in():
    assert LongerWords.lengthen("Add symptom…") == "Add symptomsym…"
    assert LongerWords.lengthen("{0} nights, <a href=\"page:today\">log</a> %1") == \
        "{0} nightsnig, <a href=\"page:today\">log</a> %1"


@pytest.mark.parametrize("width", WIDTHS)
def test_with_words_a_third_longer_no_words_are_cut_off_and_today_never_scrolls_sideways(
        qtbot, longer_words, demo_window, width):
    assert demo_window.page("today").title.text() != "Good morning — how did you sleep?"  # the stand-in is on
    problems = []
    for name in PAGES:
        page = _show(qtbot, demo_window, name, width)
        problems += [f"{name} at {width} px: {p}" for p in settled(qtbot, lambda: cut_off_words(page))]
    today = _show(qtbot, demo_window, "today", width)
    problems += settled(qtbot, lambda: [p for p in today_problems(today, narrow=width < 1000)
                                        if p == "scrolls sideways"])
    assert problems == [], "\n".join(problems)


# ---------------------------------------------------------------------------- the main dialogs

LAPTOP = QRect(0, 0, 1366, 768 - 32)  # a 1366×768 laptop's room under a panel


def _dialogs(window):
    from datetime import date, datetime

    from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
    from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
    from quietlegs.ui.dialogs.milestones_dialog import MilestoneForm, MilestonesDialog
    from quietlegs.ui.dialogs.night_dialog import NightDialog
    from quietlegs.ui.dialogs.reminders_dialog import RemindersDialog
    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
    from quietlegs.ui.help_dialog import HelpDialog

    service, last_night = window.service, date(2026, 11, 20)
    settings = app_settings(service.paths)
    return {
        "night": lambda: NightDialog(service, window, service.journal.night(last_night), last_night),
        "symptom": lambda: SymptomDialog(service, window, night_of=last_night),
        "intervention": lambda: InterventionDialog(service, window, night_of=last_night),
        "experiment": lambda: ExperimentDialog(service, date(2026, 11, 21), parent=window),
        "milestone": lambda: MilestoneForm(service, date(2026, 11, 21), parent=window),
        "milestones": lambda: MilestonesDialog(service, lambda: datetime(2026, 11, 21, 7, 20), window),
        "reminders": lambda: RemindersDialog(settings, window),
        "report": lambda: ReportDialog(service, settings, lambda: datetime(2026, 11, 21, 7, 20), parent=window),
        "settings": lambda: SettingsDialog(service, parent=window),
        "help": lambda: HelpDialog(window),
    }


def dialog_problems(qtbot, window) -> list[str]:
    problems = []
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if least.width() > LAPTOP.width() or least.height() > LAPTOP.height():
            problems.append(f"{name}: needs at least {least.width()}×{least.height()} px")
        if not window.screen().availableGeometry().contains(dialog.frameGeometry()):
            problems.append(f"{name}: {dialog.frameGeometry()} is off the screen")
        problems += [f"{name}: {p}" for p in settled(qtbot, lambda d=dialog: cut_off_words(d))]
        problems += settled(qtbot, lambda d=dialog: [
            f"{name}: scrolls on a screen with room" for area in d.findChildren(FittingScrollArea)
            if area.verticalScrollBar().isVisible() or area.horizontalScrollBar().isVisible()])
        dialog.close()
    return problems


def test_the_main_dialogs_fit_a_laptop_screen_and_cut_no_words_off(qtbot, demo_window):
    assert dialog_problems(qtbot, demo_window) == []


def test_with_words_a_third_longer_the_main_dialogs_fit_and_cut_no_words_off(qtbot, longer_words, demo_window):
    assert dialog_problems(qtbot, demo_window) == []


# ---------------------------------------------------------------------------- charts in a short window

def _overlapping(texts, renderer) -> list[str]:
    boxes = sorted(((t.get_window_extent(renderer), t.get_text()) for t in texts if t.get_text()),
                   key=lambda b: b[0].y0)
    return [f"{a[1]!r} overlaps {b[1]!r}" for a, b in zip(boxes, boxes[1:]) if a[0].y1 > b[0].y0 + 0.5]


@pytest.mark.parametrize("size", [(4.8, 4.0), (6.3, 5.6)])  # the chart's room at 683 and at 1100 px
def test_the_habits_names_on_the_timeline_and_effects_charts_never_overlap(demo_data, size):
    from datetime import date

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from quietlegs.charts import build_chart, chart_data

    data = chart_data(demo_data)
    for name in ("timeline", "effects"):
        fig = build_chart(name, data, "sleep_efficiency", date(2026, 8, 23), date(2026, 11, 20), size=size)
        renderer = FigureCanvasAgg(fig).get_renderer()
        fig.draw_without_rendering()
        names = [ax for ax in fig.axes if name == "effects" or ax.get_title(loc="left") == "Used before bed (nights)"]
        assert names, name
        assert _overlapping(names[0].get_yticklabels(), renderer) == [], name


def test_the_charts_tabs_that_do_not_fit_become_a_list_of_the_same_charts(qtbot, demo_window):
    page = _show(qtbot, demo_window, "insights", 1100)
    qtbot.waitUntil(lambda: page.tabs.tabBar().isVisible() and not page.chart_choice.isVisible(), timeout=3000)
    page = _show(qtbot, demo_window, "insights", 683)  # six tabs need ~560 px; the page has 503
    qtbot.waitUntil(lambda: page.chart_choice.isVisible() and not page.tabs.tabBar().isVisible(), timeout=3000)
    assert [page.chart_choice.itemText(i) for i in range(page.chart_choice.count())] == \
        [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.chart_choice.setFocus()
    qtbot.keyClick(page.chart_choice, Qt.Key.Key_End)  # by keyboard, as a person would
    assert page.tabs.currentIndex() == page.tabs.count() - 1
    page.tabs.setCurrentIndex(1)
    assert page.chart_choice.currentIndex() == 1


def test_at_2x_on_a_laptop_the_entry_dialogs_fit_its_screen_and_scroll(qtbot, demo_window, monkeypatch):
    """1366×768 at 2×: 683×384 device-independent pixels of room (the screen is told, as for
    the preview). The symptom dialog's fields need about 810×510: it opens within the room and
    its fields scroll, every one reachable."""
    from PySide6.QtGui import QScreen

    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 683, 384))
    for name in ("night", "symptom", "intervention", "milestone", "experiment"):
        dialog = _dialogs(demo_window)[name]()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 683 and dialog.height() <= 384, (name, dialog.size())
        if isinstance(dialog, SymptomDialog):
            [area] = dialog.findChildren(FittingScrollArea)
            qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible(), timeout=3000)
            last = dialog.fields["relief_min"]
            area.ensureWidgetVisible(last)
            assert last.visibleRegion().boundingRect().height() == last.height()  # scrolled into view, whole
        dialog.close()
