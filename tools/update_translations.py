"""Refresh the translation sources from the code, keeping every translation already made.

    python tools/update_translations.py          (from the repository root, in the venv)

1. writes ``src/quietlegs/ui/vocab_words.py``: the journal's fixed words that live outside
   ``ui/`` or in tables (symptom kinds, categories, outcomes, red flags…), each marked for
   lupdate in the ``vocab`` context that :func:`quietlegs.ui.translation.vocab_tr` uses;
2. runs ``pyside6-lupdate`` over every Python file of ``src/quietlegs`` into
   ``resources/translations/quietlegs_{de,es,en}.ts`` (``-no-obsolete``: a message gone from
   the code leaves the .ts). English keeps only its plurals (``%n``).

Then translate what is marked ``type="unfinished"`` (Qt Linguist: ``pyside6-linguist FILE``).
The ``.qm`` files are built by the package build, never committed (see docs/translations.md).
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "quietlegs"
TRANSLATIONS = ROOT / "resources" / "translations"
VOCAB_FILE = PACKAGE / "ui" / "vocab_words.py"
LANGUAGES = ("de", "es", "en")

# Tables of fixed words (module, name): every value is a word a person reads.
VOCAB_TABLES = (
    ("quietlegs.domain.vocab", "CATEGORY_LABELS"),
    ("quietlegs.domain.vocab", "SYMPTOM_KIND_LABELS"),
    ("quietlegs.domain.vocab", "PRECEDED_BY_LABELS"),
    ("quietlegs.domain.vocab", "QUALITY_LABELS"),
    ("quietlegs.domain.vocab", "RESTED_LABELS"),
    ("quietlegs.domain.milestones", "MILESTONE_KIND_LABELS"),
    ("quietlegs.domain.red_flags", "TITLES"),
    ("quietlegs.domain.red_flags", "MESSAGES"),
    ("quietlegs.ui.dialogs.symptom_dialog", "PART_LABELS"),
    ("quietlegs.ui.dialogs.milestones_dialog", "SHORT_KIND_LABELS"),
)
# Functions whose returned words are shown (file under src/quietlegs, function or property name).
VOCAB_RETURNS = (
    ("domain/milestones.py", "expectation"),
    ("storage/backup.py", "reason_label"),
    ("domain/validation.py", "text_problem"),
)


def _returned_strings(path: Path, name: str) -> list[str]:
    """The string constants a function returns (directly, or as a returned dict's values)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    words: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            for ret in ast.walk(node):
                if not isinstance(ret, ast.Return) or ret.value is None:
                    continue
                value = ret.value
                if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                    value = value.func.value  # {...}.get(...)
                if isinstance(value, ast.Dict):
                    words += [v.value for v in value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                elif isinstance(value, ast.Constant) and isinstance(value.value, str):
                    words.append(value.value)
    return words


def _field_error_messages(folder: Path) -> list[str]:
    """The fixed messages of ``FieldError(field, "…")`` in ``folder`` (the ones with values in
    them, f-strings, stay English for now)."""
    words: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError" and len(node.args) >= 2:
                message = node.args[1]
                if isinstance(message, ast.Constant) and isinstance(message.value, str):
                    words.append(message.value)
    return words


def field_error_templates(folder: Path) -> list[str]:
    """The messages of ``FieldError(field, f"…")`` with their values as ``{0}``, ``{1}``…: the
    window translates such a message by matching it against its template."""
    templates: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError" and len(node.args) >= 2 \
                    and isinstance(node.args[1], ast.JoinedStr):
                parts, n = [], 0
                for value in node.args[1].values:
                    if isinstance(value, ast.Constant):
                        parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
                    else:
                        parts.append("{%d}" % n)
                        n += 1
                templates.add("".join(parts))
    return sorted(templates)


def vocab_words() -> list[str]:
    """Every fixed word the window translates with ``vocab_tr``, sorted, without repeats."""
    sys.path.insert(0, str(SRC))
    words: set[str] = set()
    for module, name in VOCAB_TABLES:
        words.update(str(v) for v in getattr(importlib.import_module(module), name).values())
    from quietlegs.analysis.outcomes import OUTCOMES
    from quietlegs.domain.vocab import LOCATIONS, location_label
    from quietlegs.ui.widgets.night_form import legs_word

    words.update(location_label(code) for code in LOCATIONS)
    words.update(legs_word(v) for v in range(11))
    words.update(o.label for o in (OUTCOMES.values() if isinstance(OUTCOMES, dict) else OUTCOMES))
    for file, name in VOCAB_RETURNS:
        words.update(_returned_strings(PACKAGE / file, name))
    words.update(_field_error_messages(PACKAGE / "domain"))
    return sorted(w for w in words if w)


def vocab_source(words: list[str], templates: list[str] | None = None) -> str:
    lines = [
        '"""The journal\'s fixed words, marked for translation (written by tools/update_translations.py;',
        'do not edit). The window translates them with ``quietlegs.ui.translation.vocab_tr``."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "WORDS = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("vocab", {json.dumps(w, ensure_ascii=False)}),' for w in words]
    lines += [")", "", "# Field messages that hold values, with the values as {0}, {1}… (translation.field_message)", "TEMPLATES = ("]
    lines += [f'    QT_TRANSLATE_NOOP("vocab", {json.dumps(t, ensure_ascii=False)}),'
              for t in (field_error_templates(PACKAGE / "domain") if templates is None else templates)]
    lines += [")", ""]
    return "\n".join(lines)


def python_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_program() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).exists():
            return folder / name
    return folder / "Qt" / "libexec" / "lupdate"


def run_lupdate(ts: Path, no_obsolete: bool = True) -> None:
    """lupdate over the sources into ``ts`` (created or merged; its translations are kept)."""
    args = [str(lupdate_program()), "-silent", "-locations", "none"]
    if no_obsolete:
        args.append("-no-obsolete")
    files = [str(p.relative_to(ROOT)) for p in python_sources()]
    subprocess.run([*args, *files, "-ts", str(ts)], check=True, cwd=ROOT)


def keep_only_plurals(ts: Path) -> None:
    """English needs only its plurals: every other message reads as written."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root.findall("context")):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    VOCAB_FILE.write_text(vocab_source(vocab_words()), encoding="utf-8")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"quietlegs_{language}.ts"
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
        run_lupdate(ts)
        if language == "en":
            keep_only_plurals(ts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
