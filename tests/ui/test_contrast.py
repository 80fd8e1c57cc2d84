"""Dark mode reads everywhere: the real main window on the demo journal, in a light and a dark
palette, every page (Today with its banners, the Journal list, calendar and night, Insights,
Catalog, Appointments) and every dialog; each piece of text on show must read ≥ 4.5:1.

Contrast is measured from the pixels a person sees (the window as drawn, style sheets and all):
for each text-bearing widget, label, button, field, group-box title, tab, header section and
item-view cell, the most common colour of its area is the background and the text is the
colour that stands out most from it. Light text on white rows, dark titles on a dark page and
a banner's pale ground under light text all fail here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

import numpy as np
import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from quietlegs.domain import red_flags as rules
from quietlegs.domain.regimens import Regimen
from quietlegs.services import experiments, regimens
from quietlegs.ui import colours, theme
from quietlegs.ui.journal_service import JournalService
from quietlegs.ui.settings import app_settings
from quietlegs.ui.widgets.look import FieldMessage
MORNING = datetime(2026, 11, 21, 7, 20)  # the morning after the demo journal's last night (as tests/ui/conftest.py)
from journal_helpers import wait_loaded

TEXT = 4.5
TODAY = MORNING.date()
LAST_NIGHT = date(2026, 11, 20)
WAIT = 30_000


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp, monkeypatch):
    """The app's palette for the scheme, set the way the app sets it (``QUIETLEGS_COLOR_SCHEME``)."""
    monkeypatch.setenv(theme.SCHEME_ENV, request.param)
    theme.follow_color_scheme(qapp)
    assert colours.is_dark() is (request.param == "dark")
    yield request.param
    qapp.setPalette(QPalette())  # the system's own palette again, for the tests after this one
    for cls in theme.FIELD_CLASSES:
        qapp.setPalette(QPalette(), cls)


# ---------------------------------------------------------------- measuring


def _pixels(window: QWidget) -> np.ndarray:
    """The window as drawn: height × width × RGB."""
    img = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes()).reshape(
        img.height(), img.bytesPerLine() // 4, 4)
    return rows[:, :img.width(), [2, 1, 0]]  # 0xAARRGGBB in little-endian bytes: B G R A


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return c @ np.array([0.2126, 0.7152, 0.0722])


def text_contrast(pixels: np.ndarray, rect: QRect) -> float | None:
    """The contrast of the colour that stands out most from the most common one in ``rect``."""
    r = rect.intersected(QRect(0, 0, pixels.shape[1], pixels.shape[0]))
    if r.width() < 3 or r.height() < 3:
        return None
    area = pixels[r.top():r.bottom() + 1, r.left():r.right() + 1].reshape(-1, 3).astype(np.int64)
    packed = area[:, 0] << 16 | area[:, 1] << 8 | area[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    rgb = np.stack([values >> 16 & 255, values >> 8 & 255, values & 255], axis=1)
    lum = _luminance(rgb)
    ground = lum[counts.argmax()]
    return float(((np.maximum(lum, ground) + 0.05) / (np.minimum(lum, ground) + 0.05)).max())


@dataclass
class Place:
    what: str  # "QLabel 'Journal'"
    rect: QRect  # in the window's coordinates


def _in_window(widget: QWidget, window: QWidget, rect: QRect) -> QRect:
    shown = rect.intersected(widget.visibleRegion().boundingRect())
    return shown.translated(widget.mapTo(window, QPoint(0, 0)))


def _cells(view: QAbstractItemView, window: QWidget):
    model = view.model()
    viewport = view.viewport()
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), 300)):
        for column in range(columns):
            index = model.index(row, column)
            text = index.data()
            if text in (None, "") or not isinstance(text, (str, int, float)):
                continue
            cell = view.visualRect(index)
            rect = cell.intersected(viewport.rect())
            if rect.width() < min(cell.width() // 2, 24):  # scrolled nearly out of sight: no text shows
                continue
            yield Place(f"{type(view).__name__} {view.objectName()!r} cell {row},{column} {str(text)[:30]!r}",
                        _in_window(viewport, window, rect))


def _sections(header: QHeaderView, window: QWidget):
    viewport = header.viewport()
    horizontal = header.orientation().value == 1
    for i in range(header.count()):
        text = header.model().headerData(i, header.orientation()) if header.model() else None
        if header.isSectionHidden(i) or not text:
            continue
        pos, size = header.sectionViewportPosition(i), header.sectionSize(i)
        rect = QRect(pos, 0, size, viewport.height()) if horizontal else QRect(0, pos, viewport.width(), size)
        shown = rect.intersected(viewport.rect())
        if (shown.width() if horizontal else shown.height()) < min(size // 2, 24):  # scrolled out of sight
            continue
        yield Place(f"header {text!r}", _in_window(viewport, window, rect.adjusted(2, 2, -14, -2)))


def text_places(window: QWidget):
    """Every piece of text on show in ``window``, where it is drawn."""
    for w in window.findChildren(QWidget):
        drawn = w.viewport() if isinstance(w, QAbstractItemView) else w  # a view is covered by its viewport
        if w.window() is not window or not w.isVisible() or not w.isEnabled() or drawn.visibleRegion().isEmpty():
            continue
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel):
            if w.text().strip() and w.pixmap().isNull():
                yield Place(f"{name} {w.text()[:40]!r}", _in_window(w, window, w.contentsRect()))
        elif isinstance(w, (QCheckBox, QRadioButton)):
            if w.text():
                opt = QStyleOptionButton()
                opt.initFrom(w)
                element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(w, QCheckBox)
                           else QStyle.SubElement.SE_RadioButtonContents)
                yield Place(f"{name} {w.text()!r}", _in_window(w, window, w.style().subElementRect(element, opt, w)))
        elif isinstance(w, QAbstractButton):
            if w.text().strip():
                yield Place(f"{name} {w.text()!r}", _in_window(w, window, w.rect().adjusted(3, 3, -3, -3)))
        elif isinstance(w, QLineEdit):
            if w.text() or w.placeholderText():
                yield Place(f"{name} {(w.text() or w.placeholderText())[:30]!r}",
                            _in_window(w, window, w.rect().adjusted(3, 3, -3, -3)))
        elif isinstance(w, QComboBox):
            if w.currentText() and not w.isEditable():
                yield Place(f"{name} {w.currentText()!r}", _in_window(w, window, w.rect().adjusted(3, 3, -24, -3)))
        elif isinstance(w, QGroupBox):
            if w.title():
                opt = QStyleOptionGroupBox()
                w.initStyleOption(opt)
                rect = w.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, opt,
                                                QStyle.SubControl.SC_GroupBoxLabel, w)
                yield Place(f"{name} title {w.title()!r}", _in_window(w, window, rect))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield Place(f"tab {w.tabText(i)!r}", _in_window(w, window, w.tabRect(i).adjusted(3, 3, -3, -3)))
        elif isinstance(w, QHeaderView):
            yield from _sections(w, window)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _cells(w, window)


def unreadable(window: QWidget) -> list[str]:
    """What in ``window`` reads below 4.5:1, with its contrast."""
    pixels = _pixels(window)
    found = []
    for place in text_places(window):
        ratio = text_contrast(pixels, place.rect)
        if ratio is not None and ratio < TEXT:
            found.append(f"{place.what}: {ratio:.2f}:1")
    return found


def measured(window: QWidget) -> int:
    return sum(1 for p in text_places(window) if text_contrast(_pixels(window), p.rect) is not None)


# ---------------------------------------------------------------- the window and its pages


MAGNESIUM_DAILY = Regimen(kind="magnesium", started_on=date(2026, 11, 1), clock=time(21, 0), amount=300, unit="mg")


@pytest.fixture
def service(demo_journal, data_paths, qapp):
    """The demo journal with an experiment under way and a regimen: Today shows every banner and card."""
    experiments.plan(demo_journal, kind="magnesium", outcome="sleep_efficiency", start=date(2026, 11, 17))
    regimens.save_regimen(demo_journal, MAGNESIUM_DAILY)
    return JournalService(demo_journal, data_paths)


@pytest.fixture
def window(scheme, service, clock, qtbot, monkeypatch):
    from quietlegs import clock as app_clock
    from quietlegs.ui.window_factory import build_main_window

    monkeypatch.setattr(app_clock, "now", clock)
    w = build_main_window(service)
    qtbot.addWidget(w)
    w.resize(1100, 1000)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_page_reads_in_light_and_dark(window, qtbot, scheme):
    problems: list[str] = []

    today = window.show_page("today")
    today.red_flags.show_flags([rules._flag(rules.ONE_LEG_SWELLING, LAST_NIGHT),
                                rules._flag(rules.WORSENING_DESPITE_CARE, date(2026, 11, 14))])
    today.banner.show()  # the welcome of an empty journal
    qtbot.waitUntil(lambda: today.experiment_banner.isVisible() and today.red_flags.isVisible()
                    and today.regimen.isVisible())
    problems += [f"Today (urgent): {p}" for p in unreadable(window)]
    today.red_flags.dismiss()  # the one that may wait: amber
    assert today.red_flags.flag.urgency == rules.SOON
    problems += [f"Today (soon): {p}" for p in unreadable(window)]
    today._scroll.verticalScrollBar().setValue(today._scroll.verticalScrollBar().maximum())
    assert today.evening.visibleRegion().isEmpty() is False  # the evening's chips are on show
    problems += [f"Today (lower down): {p}" for p in unreadable(window)]

    journal = wait_loaded(qtbot, window.show_page("journal"))
    assert journal.detail.night_of == LAST_NIGHT  # the night's detail is on show beside the list
    problems += [f"Journal: {p}" for p in unreadable(window)]
    journal.set_view(1)
    journal.calendar.setSelectedDate(QDate(2026, 11, 18))
    problems += [f"Journal calendar: {p}" for p in unreadable(window)]

    insights = window.page("insights")
    with qtbot.waitSignal(insights.ready, timeout=WAIT):
        window.show_page("insights")
    problems += [f"Insights: {p}" for p in unreadable(window)]

    catalog = window.show_page("catalog")
    catalog.show_hidden.setChecked(True)
    catalog.select("compression")
    catalog.hide_button.click()  # a hidden kind is listed quieter, and must still read
    assert catalog.table.currentIndex().data().endswith("(hidden)")
    catalog.select("exercise")
    catalog.banner_text.setText("Magnesium is used on 30 nights, so it cannot be deleted.")
    catalog.banner.show()
    problems += [f"Catalog: {p}" for p in unreadable(window)]

    window.show_page("appointments")
    problems += [f"Appointments: {p}" for p in unreadable(window)]

    assert measured(window) > 20  # the measure found text to read (not an empty page)
    assert problems == [], f"{scheme}: " + "\n".join(problems)


# ---------------------------------------------------------------- the dialogs


def _all_dialogs(window, service, clock):
    """Every dialog of the app, built as the app builds it, with a real service."""
    from quietlegs.services.import_preview import ImportPlan
    from quietlegs.domain.records import JournalData
    from quietlegs.ui.about_dialog import AboutDialog
    from quietlegs.ui.dialogs.column_mapping_dialog import ColumnMappingDialog
    from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
    from quietlegs.ui.dialogs.habit_mapping_dialog import HabitMappingDialog
    from quietlegs.ui.dialogs.import_preview_dialog import ImportPreviewDialog
    from quietlegs.ui.dialogs.intervention_dialog import InterventionDialog
    from quietlegs.ui.dialogs.milestones_dialog import MilestoneForm, MilestonesDialog
    from quietlegs.ui.dialogs.night_dialog import NightDialog
    from quietlegs.ui.dialogs.regimens_dialog import RegimenForm, RegimensDialog
    from quietlegs.ui.dialogs.reminders_dialog import RemindersDialog
    from quietlegs.ui.dialogs.report_dialog import ReportDialog
    from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
    from quietlegs.ui.dialogs.symptom_dialog import SymptomDialog
    from quietlegs.ui.help_dialog import HelpDialog

    journal = service.journal
    night = next(n for n in journal.nights() if n.night_of == LAST_NIGHT)
    settings = app_settings(service.paths)
    plan = ImportPlan("Fitbit", JournalData(), {"nights": 3}, {})
    yield "night", NightDialog(service, window, night=night)
    yield "symptom", SymptomDialog(service, window, night_of=LAST_NIGHT)
    yield "intervention", InterventionDialog(service, window, night_of=LAST_NIGHT)
    yield "settings", SettingsDialog(service, window.auto_backup, window)
    yield "reminders", RemindersDialog(settings, window)
    yield "milestones", MilestonesDialog(service, clock, window)
    yield "milestone", MilestoneForm(service, TODAY, parent=window)
    yield "experiment", ExperimentDialog(service, TODAY, parent=window)
    yield "report", ReportDialog(service, settings, clock, parent=window)
    yield "import preview", ImportPreviewDialog("MyFitbitData.zip", plan, window)
    yield "columns", ColumnMappingDialog("sleep.csv", ["Date", "Bedtime", "Woke", "Notes"], None, window)
    yield "habits", HabitMappingDialog("Sleep as Android", [("coffee", None), ("magnesium", "magnesium")],
                                       journal.kinds(), {}, window)
    yield "regimens", RegimensDialog(service, clock, window)
    yield "regimen", RegimenForm(service, TODAY, MAGNESIUM_DAILY, window)
    yield "help", HelpDialog(window)
    yield "about", AboutDialog(service.paths, window)


def test_every_dialog_reads_in_light_and_dark(window, service, clock, qtbot, scheme):
    problems: list[str] = []
    seen = 0
    for name, dialog in _all_dialogs(window, service, clock):
        for message in dialog.findChildren(FieldMessage):  # what a field's error looks like
            message.show_message("Lights out is before bedtime.")
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in unreadable(dialog)]
        seen += measured(dialog) > 0
        dialog.reject()
        dialog.deleteLater()
    assert seen == 16
    assert problems == [], f"{scheme}: " + "\n".join(problems)


def test_the_experiment_result_dialog_reads(window, service, qtbot, scheme):
    from quietlegs.ui.dialogs.experiment_result_dialog import ExperimentResultDialog

    follow_up = experiments.following(service.journal, LAST_NIGHT)
    dialog = ExperimentResultDialog(service, follow_up.experiment, follow_up.kind_name, TODAY, None, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=WAIT):
        dialog.show()
    assert unreadable(dialog) == []


# ---------------------------------------------------------------- the colours themselves


@pytest.mark.parametrize("dark", [False, True])
def test_semantic_colours_read_on_every_ground_of_their_palette(dark):
    from PySide6.QtCore import Qt

    pal = theme.make_palette(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    for name, variants in colours.SEMANTIC.items():
        raw = QColor(variants[dark])
        for ground in colours.grounds(pal):
            assert colours.contrast(raw, ground) >= TEXT, (name, dark, ground.name())
    assert all(colours.contrast(colours.dim_text(pal), g) >= TEXT for g in colours.grounds(pal))
    assert all(colours.contrast(colours.edge(pal), g) >= colours.GRAPHIC_CONTRAST for g in colours.grounds(pal))


@pytest.mark.parametrize("dark", [False, True])
def test_outcome_tiles_carry_their_day_numbers_and_stand_off_the_page(dark):
    from PySide6.QtCore import Qt

    from quietlegs.ui.widgets.outcome_colours import rim, steps

    pal = theme.make_palette(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    for step in steps(pal):
        tile = QColor(step)
        assert colours.contrast(text, tile) >= TEXT, step
        assert colours.contrast(rim(tile, pal), base) >= colours.GRAPHIC_CONTRAST, step


@pytest.mark.parametrize("scheme", ["light"], indirect=True)
def test_switching_to_dark_while_the_window_is_open_restyles_it(window, qtbot, qapp, monkeypatch, scheme):
    """The system's scheme is applied just after the first paint, and a desktop may switch while
    the app runs: pages already built follow."""
    journal = wait_loaded(qtbot, window.show_page("journal"))
    window.show_page("today")
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    theme.follow_color_scheme(qapp)
    assert colours.is_dark()
    qapp.processEvents()
    problems = [f"Today: {p}" for p in unreadable(window)]
    window.show_page("journal")
    problems += [f"Journal: {p}" for p in unreadable(window)]
    window.show_page("insights")
    qtbot.waitUntil(lambda: window.page("insights").findings.count() > 0, timeout=WAIT)
    problems += [f"Insights: {p}" for p in unreadable(window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_fields_keep_visible_edges_on_the_window_and_on_a_card(qtbot, scheme):
    """Text, number, date and note fields and check boxes show where they are: their frame
    stands out ≥ 3:1 from the ground round them, on the window and inside a card."""
    from PySide6.QtWidgets import QDateEdit, QFrame, QHBoxLayout, QPlainTextEdit, QSpinBox, QVBoxLayout

    from quietlegs.ui.widgets.look import apply_look, card

    page = QWidget()
    apply_look(page)
    row = QHBoxLayout(page)
    fields = []
    for holder in (QWidget(), card()[0]):
        column = holder.layout() or QVBoxLayout(holder)
        for field in (QLineEdit("22:39"), QSpinBox(), QDateEdit(), QPlainTextEdit("notes"), QCheckBox("woke me")):
            column.addWidget(field)
            fields.append(field)
        row.addWidget(holder)
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    pixels = _pixels(page)
    for field in fields:
        if isinstance(field, QCheckBox):  # the box, not the words
            opt = QStyleOptionButton()
            opt.initFrom(field)
            box = field.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, field)
        else:
            box = field.rect()
        box = box.translated(field.mapTo(page, QPoint(0, 0)))
        middle = box.center().y()
        ground = pixels[middle, box.left() - 3]  # just outside the field, on its left
        edge = pixels[middle - 2:middle + 3, box.left():box.left() + 2].reshape(-1, 3)
        lum = _luminance(np.vstack([edge, ground[None, :]]).astype(float))
        best = max((max(a, lum[-1]) + 0.05) / (min(a, lum[-1]) + 0.05) for a in lum[:-1])
        assert best >= colours.GRAPHIC_CONTRAST, (type(field).__name__, field.parent().objectName(), best)


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_the_keyboard_focus_shows_on_buttons_fields_and_chips(qtbot, scheme):
    """Tab onto each control: its look changes by ≥ 3:1 over a good stretch of its edge (a frame in
    the accent colour), in light and in dark."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QSpinBox, QToolButton, QVBoxLayout

    from quietlegs.ui.widgets.look import apply_look, card

    page = QWidget()
    apply_look(page)
    frame, column = card()
    QVBoxLayout(page).addWidget(frame)
    start = QLineEdit("start here")
    column.addWidget(start)
    combo = QComboBox()
    combo.addItems(["4 · good", "5 · very good"])
    chips = []
    for checked in (False, True):
        chip = QToolButton()
        chip.setObjectName("chip")
        chip.setText("Magnesium")
        chip.setCheckable(True)
        chip.setChecked(checked)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chips.append(chip)
    controls = [QPushButton("Save changes"), QLineEdit("22:39"), QSpinBox(), combo, QCheckBox("It woke me up"),
                *chips]
    for control in controls:
        column.addWidget(control)
    qtbot.addWidget(page)
    page.resize(320, 520)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    start.setFocus()
    for control in controls:
        before = _pixels(page).astype(float)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        assert page.focusWidget() in (control, *control.findChildren(QWidget))
        after = _pixels(page).astype(float)
        r = QRect(control.mapTo(page, QPoint(0, 0)), control.size()).adjusted(-3, -3, 3, 3)
        was, now = (a[r.top():r.bottom() + 1, r.left():r.right() + 1].reshape(-1, 3) for a in (before, after))
        changed = np.any(was != now, axis=1)
        lw, ln = _luminance(was[changed]), _luminance(now[changed])
        strong = ((np.maximum(lw, ln) + 0.05) / (np.minimum(lw, ln) + 0.05) >= colours.GRAPHIC_CONTRAST).sum()
        assert strong >= 60, (type(control).__name__, control.isChecked() if isinstance(control, QToolButton) else "",
                              int(strong))


# Where a fixed colour is right: the two palettes themselves, the semantic variants, the outcome
# scale's two sets, and the marker drawn on the (always white) chart figure.
FIXED_COLOURS_ALLOWED = {"theme.py", "colours.py", "outcome_colours.py", "chart_canvas.py"}


def test_no_window_code_hard_codes_a_colour():
    """Colours come from the palette (or ui/colours.py): a fixed light colour in a style sheet is
    what left the Journal light text on white in dark mode."""
    import re
    from pathlib import Path

    import quietlegs.ui

    fixed = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|rgba?\(|QColor\(\s*\"|Qt\.(white|black)\b|"
                       r"GlobalColor\.|color:\s*(white|black)\b")
    found = []
    for path in Path(quietlegs.ui.__file__).parent.rglob("*.py"):
        if path.name in FIXED_COLOURS_ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  #")[0] if not line.lstrip().startswith("#") else ""
            if fixed.search(code):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []
