"""German and Spanish: every message translated, the real window and report speaking German,
Qt's own buttons too, plurals and dates as each language says them."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from quietlegs.ui import translation
from quietlegs.ui.models.formatting import day_label, local_datetime, time_label
from quietlegs.ui.translation import install_translations, language_for, remove_translations, tr

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) → the message, for every message of ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"), message.findtext("comment") or "")] = message
    return found


def _finished(message: ET.Element) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in t.iter("numerusform")]
        return len(forms) >= 2 and all(f.strip() for f in forms)
    return bool((t.text or "").strip())


@pytest.fixture
def speaking(qapp):
    """Switch the application to a language for one test, then back to English (C formats)."""
    def switch(language: str) -> None:
        remove_translations(qapp)
        assert install_translations(qapp, language) == language

    yield switch
    remove_translations(qapp)
    install_translations(qapp, "en")


# ---------------------------------------------------------------------------- every message


def test_every_message_in_the_code_has_a_finished_german_and_spanish_translation(tmp_path):
    tool = _tool()
    assert (ROOT / "src/quietlegs/ui/vocab_words.py").read_text(encoding="utf-8") == \
        tool.vocab_source(tool.vocab_words()), "run tools/update_translations.py: the fixed words changed"
    fresh = tmp_path / "fresh.ts"
    tool.run_lupdate(fresh)
    wanted = _messages(fresh)
    assert len(wanted) > 700  # lupdate read every file of the package
    for language in ("de", "es"):
        have = _messages(TRANSLATIONS / f"quietlegs_{language}.ts")
        missing = [key for key in wanted if key not in have or not _finished(have[key])]
        assert not missing, f"{len(missing)} messages lack a {language} translation " \
                            f"(run tools/update_translations.py, then translate): {missing[:5]}"
        stale = [key for key, m in have.items() if key not in wanted or not _finished(m)]
        assert not stale, f"the {language} .ts holds messages the code no longer has: {stale[:5]}"
    english = _messages(TRANSLATIONS / "quietlegs_en.ts")
    plurals = [key for key, m in wanted.items() if m.get("numerus") == "yes"]
    assert plurals and all(key in english and _finished(english[key]) for key in plurals)


def test_translations_are_asked_for_in_the_context_lupdate_files_them_under():
    """lupdate files ``page.tr("…")`` under the context "page" and a bare ``tr`` under "";
    at run time ``page.tr`` asks the page's class. So outside a class's own ``self.tr``, module
    code uses ``quietlegs.ui.translation.tr`` (the empty context), and contexts are literals."""
    wrong = []
    for path in sorted((ROOT / "src" / "quietlegs").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"\b(?!self\b)[a-z_]\w*\.tr\(", code) or re.search(r"\btr\s*=\s*self\.tr\b", code) \
                    or re.search(r"translate\(\s*(?![\"'])\w", code) \
                    or (re.search(r"translate\(\s*[\"'][^\"']+[\"']\s*,\s*text\b", code)  # a wrapper lupdate cannot see
                        and path.name != "translation.py"):  # (vocab_tr's words are listed in vocab_words.py)
                wrong.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not wrong, "\n".join(wrong)


# ---------------------------------------------------------------------------- choosing


def test_the_language_is_the_settings_choice_else_the_systems_first_we_speak():
    assert language_for("de") == "de" and language_for("es") == "es" and language_for("en") == "en"
    assert language_for("", QLocale("de_AT")) == "de"
    assert language_for("", QLocale("es_MX")) == "es"
    assert language_for("", QLocale("fr_FR")) == "en"  # a language we do not ship: English
    assert language_for("", QLocale.c()) == "en"


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(service, qtbot):
    from quietlegs.ui.dialogs.settings_dialog import SettingsDialog
    from quietlegs.ui.settings import app_settings

    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    row = dialog.language
    assert row.box.currentData() == "" and not row.note.isVisibleTo(dialog)
    row.box.setCurrentIndex(row.box.findData("de"))
    assert row.note.isVisibleTo(dialog)  # "shows the next time Quiet Legs starts"
    assert translation.chosen_language(app_settings(service.paths)) == "de"


# ---------------------------------------------------------------------------- the window in German


def _texts(root: QWidget) -> set[str]:
    """Every piece of text a person can see in ``root`` (without & accelerators)."""
    texts: set[str] = {root.windowTitle()}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            texts.add(w.text())
        elif isinstance(w, QAbstractButton):
            texts.add(w.text())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        model = getattr(w, "model", None)
        if callable(model) and hasattr(w, "horizontalHeader") and model() is not None:
            m = model()
            texts.update(str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount()))
    for action in root.findChildren(type(root.menuBar().actions()[0])) if hasattr(root, "menuBar") else ():
        texts.add(action.text())
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


def _english_messages() -> set[str]:
    """The app's English messages that German says differently (whole texts, no placeholders);
    not the built-in kinds' names, which are the journal's own data (a person may rename them)."""
    from quietlegs.domain.vocab import BUILTIN_KINDS

    out = set()
    for (_, source, _), message in _messages(TRANSLATIONS / "quietlegs_de.ts").items():
        t = message.find("translation")
        if message.get("numerus") != "yes" and t.text and t.text != source and not re.search(r"[{%]", source):
            out.add(source.replace("&", "").strip())
    return out - {k.name for k in BUILTIN_KINDS}


def test_every_page_of_the_window_speaks_german(speaking, demo_journal, data_paths, clock, qtbot, monkeypatch):
    from quietlegs import clock as app_clock
    from quietlegs.ui.journal_service import JournalService
    from quietlegs.ui.window_factory import build_main_window

    speaking("de")
    monkeypatch.setattr(app_clock, "now", clock)
    window = build_main_window(JournalService(demo_journal, data_paths))
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    english = _english_messages()
    seen: set[str] = set()
    for name in ("today", "journal", "insights", "catalog", "appointments"):
        window.show_page(name)
        qtbot.wait(10)
        texts = _texts(window)
        untranslated = sorted(texts & english)
        assert not untranslated, f"{name}: English left in German: {untranslated}"
        seen |= texts
    for german in ("Heute", "Tagebuch", "Erkenntnisse", "Katalog", "Termine", "&Datei".replace("&", "")):
        assert german in seen
    assert not {"Last night", "Save", "Today", "Journal", "Insights", "Catalog"} & seen
    journal_page = window.page("journal")
    assert re.search(r"\b\d+ Nächte\b", journal_page.count_label.text())


def test_the_report_speaks_german(speaking, demo_journal, tmp_path):
    from pypdf import PdfReader

    from quietlegs import __version__
    from quietlegs.report.content import ReportOptions, compose_content
    from quietlegs.report.render import write_pdf

    speaking("de")
    options = ReportOptions(start=date(2026, 10, 1), end=date(2026, 11, 20), person="Ann Example",
                            generated_at=datetime(2026, 11, 21, 8, 0), app_version=__version__,
                            sections=("summary", "nights"))
    path = tmp_path / "bericht.pdf"
    assert write_pdf(path, compose_content(demo_journal, options)) >= 1
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))
    assert "Nacht" in text and "Schlaf" in text
    assert "Averages per logged night" not in text and "Sleep and legs report" not in text


def test_qt_s_own_buttons_speak_the_language_too(speaking, qtbot):
    speaking("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"
    assert box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Speichern"
    speaking("es")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


# ---------------------------------------------------------------------------- plurals and dates


def test_counts_take_each_languages_plural(speaking):
    assert (tr("%n night(s)", "", 1), tr("%n night(s)", "", 2)) == ("1 night", "2 nights")  # English, as installed
    speaking("de")
    assert (tr("%n night(s)", "", 1), tr("%n night(s)", "", 2)) == ("1 Nacht", "2 Nächte")
    speaking("es")
    assert (tr("%n night(s)", "", 1), tr("%n night(s)", "", 2)) == ("1 noche", "2 noches")
    assert QCoreApplication.translate("NextAppointmentWidget", "in %n day(s)", "", 3) == "dentro de 3 días"


def test_dates_times_and_the_first_day_of_the_week_follow_the_language(speaking, qtbot):
    friday = date(2026, 11, 20)
    assert day_label(friday) == "Fri 20 Nov" and day_label(friday, year=True) == "Fri 20 Nov 2026"
    speaking("de")
    assert day_label(friday) == "Fr., 20. Nov." and day_label(friday, full=True) == "Freitag, 20. November"
    assert local_datetime(datetime(2026, 11, 21, 8, 0)) == "Sa., 21. Nov. 2026, 08:00"
    assert time_label(time(22, 5)) == "22:05"
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    speaking("es")
    assert day_label(friday, full=True) == "viernes, 20 de noviembre"
    assert "nov" in day_label(friday) and day_label(friday).startswith("vie")


def test_the_help_comes_in_the_language_with_every_section_of_the_english(speaking, qtbot):
    from quietlegs.ui.help_dialog import HelpDialog

    english = (ROOT / "resources/help/en.html").read_text(encoding="utf-8")
    for language in ("de", "es"):
        page = (ROOT / f"resources/help/{language}.html").read_text(encoding="utf-8")
        assert page.count("<h2>") == english.count("<h2>"), f"{language}.html lacks a section of en.html"
        speaking(language)
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.source.name == f"{language}.html"


def test_the_experiment_plan_says_in_english_what_the_command_line_says_and_in_german_in_german(
        speaking, demo_journal, data_paths, qtbot):
    from quietlegs.analysis.outcomes import OUTCOMES
    from quietlegs.domain.experiments import what_it_can_tell
    from quietlegs.ui.dialogs.experiment_dialog import ExperimentDialog
    from quietlegs.ui.journal_service import JournalService

    service = JournalService(demo_journal, data_paths)
    dialog = ExperimentDialog(service, date(2026, 11, 21))
    qtbot.addWidget(dialog)
    exp = dialog.plan()
    kind = {k.slug: k for k in demo_journal.kinds()}[exp.kind]
    assert dialog.sentence.text() == what_it_can_tell(exp, kind.name, OUTCOMES[exp.outcome].label)
    speaking("de")
    german = ExperimentDialog(service, date(2026, 11, 21))
    qtbot.addWidget(german)
    assert german.sentence.text().startswith("Es zeigt, ob sich")


def test_the_start_takes_the_language_from_settings_and_creates_no_folder_to_read_it(speaking, qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from quietlegs.app import _install_translations
    from quietlegs.paths import DataPaths

    chosen = DataPaths(tmp_path / "journal")
    chosen.root.mkdir()
    settings = QSettings(str(chosen.settings), QSettings.Format.IniFormat)
    translation.choose_language(settings, "de")
    settings.sync()
    speaking("en")  # the fixture puts English back afterwards
    remove_translations(qapp)
    _install_translations(qapp, str(chosen.root))
    assert tr("%n night(s)", "", 2) == "2 Nächte"
    remove_translations(qapp)
    _install_translations(qapp, str(tmp_path / "never-used"))  # a first start: the system's (here C: English)
    assert tr("%n night(s)", "", 2) == "2 nights" and not (tmp_path / "never-used").exists()


def test_form_messages_from_the_domain_read_in_the_language_values_and_all(speaking):
    from quietlegs.ui.translation import field_message
    from quietlegs.ui.widgets.look import sentence

    assert field_message("is longer than 80 characters") == "is longer than 80 characters"
    speaking("de")
    assert field_message("is longer than 80 characters") == "ist länger als 80 Zeichen"
    assert field_message("must be a date") == "muss ein Datum sein"
    assert field_message("has more than 12 questions") == "hat mehr als 12 Fragen"
    assert field_message("something the app never says") == "something the app never says"
    assert sentence("Notizen", "is longer than 2000 characters") == "Notizen: ist länger als 2000 Zeichen."
