"""Which language the window speaks: the one chosen in Settings, else the system's.

At start-up, before any widget is built, :func:`install_translations` installs our own
translations (``quietlegs_<lang>.qm``) and Qt's (``qtbase_<lang>.qm``: OK, Cancel, the file and
print dialogs), and makes the language's locale the default one for dates and numbers. It only
loads two small files; nothing is parsed in Python.

The ``.qm`` files are compiled from ``resources/translations/*.ts`` by the package build
(setup.py, packaging/quietlegs.spec). Run from a source checkout, the loader compiles a missing
or stale one into the user's cache folder with PySide6's own ``lrelease``.

Module-level code translates with :func:`tr` (the empty context, which is what pyside6-lupdate
gives a bare ``tr("…")``); classes use ``self.tr``; the journal's fixed words (symptom kinds,
categories, outcomes…) live outside ``ui/`` and are translated with :func:`vocab_tr`
(their list for lupdate is ``ui/vocab_words.py``, written by tools/update_translations.py).
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGE_KEY = "ui/language"  # "" (or missing): the system's language
LANGUAGES: tuple[str, ...] = ("en", "de", "es")  # the languages the app ships, English first
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}  # each in its own words
VOCAB_CONTEXT = "vocab"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (the empty context; ``%n`` plurals with ``n``)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def vocab_tr(text: str) -> str:
    """One of the journal's fixed words (a symptom kind, a category, an outcome's name…)."""
    return QCoreApplication.translate("vocab", text) if text else text  # VOCAB_CONTEXT


_TEMPLATES: list | None = None


def field_message(text: str) -> str:
    """A form's message from ``domain/`` in the window's language: a fixed one directly, one that
    holds values ("is longer than 80 characters") through its template (``vocab_words.TEMPLATES``),
    the values kept as they are; one the app does not know stays as it is."""
    translated = vocab_tr(text)
    if translated != text or not text:
        return translated
    global _TEMPLATES
    if _TEMPLATES is None:
        import re

        from quietlegs.ui.vocab_words import TEMPLATES

        def pattern(template: str):
            parts = re.split(r"(\{\d+\})", template)
            return re.compile("".join("(.+?)" if re.fullmatch(r"\{\d+\}", p) else re.escape(p.replace("{{", "{")
                                      .replace("}}", "}")) for p in parts) + r"\Z", re.S)

        most_words_first = sorted(TEMPLATES, key=lambda t: -len(re.sub(r"\{\d+\}", "", t)))
        _TEMPLATES = [(pattern(t), t) for t in most_words_first]
    for regex, template in _TEMPLATES:
        match = regex.match(text)
        if match:
            wording = QCoreApplication.translate("vocab", template)  # the literal context: see vocab_tr
            return wording.format(*(_local_value(v) for v in match.groups())) if wording != template else text
    return text


_ENGLISH_DAY = None


def _local_value(value: str) -> str:
    """A date the domain wrote in English inside a message ("Thu 19 Nov", "Thu 19 Nov 2026",
    "Thu 19 Nov 22:30") as the window's language writes it; any other value as it is. A date
    written without its year is the one within a year of today that falls on that weekday."""
    global _ENGLISH_DAY
    import re
    from datetime import date, datetime

    if _ENGLISH_DAY is None:
        _ENGLISH_DAY = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d\d?) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                  r"(?: (\d{4}))?(?:,? (\d\d):(\d\d))?\Z")
    m = _ENGLISH_DAY.match(value.strip())
    if m is None:
        return value
    weekday, day, month, year, hour, minute = m.groups()
    month_no = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split().index(month) + 1
    from quietlegs import clock

    today = clock.now().date()
    years = [int(year)] if year else [today.year, today.year - 1, today.year + 1]
    for y in years:
        try:
            d = date(y, month_no, int(day))
        except ValueError:
            continue
        if d.strftime("%a") == weekday or year:
            from quietlegs.ui.models.formatting import day_label, time_label

            words = day_label(d, year=bool(year))
            return f"{words}, {time_label(datetime(y, month_no, int(day), int(hour), int(minute)))}" if hour else words
    return value


def chosen_language(settings) -> str:
    """The language chosen in Settings ("" for the system's); anything unknown reads as ""."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def choose_language(settings, language: str) -> None:
    """Remember ``language`` ("" for the system's) for the next start."""
    settings.setValue(LANGUAGE_KEY, language if language in LANGUAGES else "")


def language_for(choice: str = "", system: QLocale | None = None) -> str:
    """The language to speak: ``choice`` if it is one we ship, else the first of the system's
    preferred languages (LANGUAGE, LC_ALL, LANG…) that we ship, else English."""
    if choice in LANGUAGES:
        return choice
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code == "c":
            break
    return "en"


def _source_dir() -> Path | None:
    folder = Path(__file__).resolve().parents[3] / "resources" / "translations"
    return folder if folder.is_dir() else None


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quietlegs" / "translations"


def lrelease_program() -> Path:
    """PySide6's own lrelease (PySide6-Essentials ships it beside the module)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return folder / "Qt" / "libexec" / "lrelease"


def compile_ts(ts: Path, qm: Path) -> bool:
    """``ts`` compiled into ``qm`` with lrelease; False when that cannot be done."""
    import subprocess  # only a source checkout with a new .ts gets here: not at every start

    partial = qm.with_name(f".{qm.name}.{os.getpid()}")  # whole or nothing: another start may read it
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([str(lrelease_program()), "-silent", str(ts), "-qm", str(partial)],
                              capture_output=True, timeout=60)
        if done.returncode != 0 or not partial.exists():
            return False
        os.replace(partial, qm)
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        partial.unlink(missing_ok=True)
    return True


def qm_file(language: str) -> Path | None:
    """Our compiled translations for ``language``: built with the package, or (a source
    checkout) compiled from the .ts into the cache when missing or older than the .ts."""
    name = f"quietlegs_{language}"
    source = _source_dir()
    if source is not None and (source / f"{name}.ts").exists():
        ts = source / f"{name}.ts"
        # one compiled file per checkout: two checkouts (or versions) never read each other's
        checkout = format(zlib.crc32(os.fsencode(ts.resolve())), "08x")
        cached = _cache_dir() / f"{name}-{checkout}.qm"
        try:
            fresh = cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime
        except OSError:
            fresh = False
        if fresh or compile_ts(ts, cached):
            return cached
    try:
        from quietlegs.resources import resources_dir

        built = resources_dir() / "translations" / f"{name}.qm"
    except (OSError, LookupError):
        return None
    return built if built.exists() else None


def install_translations(app: QCoreApplication, choice: str = "") -> str:
    """Install our translations and Qt's for ``choice`` (or the system's language), make its
    locale the default, and return the language's code. Call once, before any widget exists."""
    language = language_for(choice)
    system = QLocale.system()  # its formats stay when it speaks the language (English: or is the neutral C)
    same = system.name().split("_")[0] == language or (language == "en" and system.name() == "C")
    locale = system if same else QLocale(language)
    QLocale.setDefault(locale)
    translators = []
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    ours = QTranslator(app)
    path = qm_file(language)  # English has one too: its plurals ("1 night", "2 nights")
    if path is not None and ours.load(str(path)):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    app._quietlegs_translators = translators  # kept alive as long as the application
    return language


def remove_translations(app: QCoreApplication) -> None:
    """Take the installed translations away again (tests switch languages)."""
    for translator in getattr(app, "_quietlegs_translators", []):
        app.removeTranslator(translator)
    app._quietlegs_translators = []
    QLocale.setDefault(QLocale.system())
