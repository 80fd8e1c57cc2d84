"""A small German translation compiled for a test (pyside6-lrelease beside the venv's Python), so
tests can check that the window and the report speak the installed language, whether or not the
app's own translations are there yet."""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


def write_ts(path: Path, messages: dict[str, list[tuple]]) -> Path:
    """``messages``: context → [(source, translation) or (source, translation, comment)];
    a translation that is a list is a plural (its forms, German: one, other)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="de_DE">']
    for context, items in messages.items():
        out.append(f"<context><name>{escape(context)}</name>")
        for source, translation, *comment in items:
            numerus = isinstance(translation, list)
            out.append('<message numerus="yes">' if numerus else "<message>")
            out.append(f"<source>{escape(source)}</source>")
            if comment:
                out.append(f"<comment>{escape(comment[0])}</comment>")
            if numerus:
                forms = "".join(f"<numerusform>{escape(t)}</numerusform>" for t in translation)
                out.append(f"<translation>{forms}</translation>")
            else:
                out.append(f"<translation>{escape(translation)}</translation>")
            out.append("</message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out), encoding="utf-8")
    return path


@contextmanager
def german(tmp_path: Path, messages: dict[str, list[tuple]]):
    """The German ``messages`` installed on the running application and German numbers
    (``QLocale``) while the block runs."""
    ts = write_ts(tmp_path / "fixture_de.ts", messages)
    qm = tmp_path / "fixture_de.qm"
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    app = QCoreApplication.instance()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)


@contextmanager
def english_numbers():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QLocale.setDefault(before)
