"""The layers of DESIGN.md ("Architecture"), enforced by reading every import of every module.

Each folder and each top-level module of ``src/quietlegs`` is a *unit* with a rule: which units of
the app it may import (besides itself) and which libraries it must not. Every way of importing
counts: ``import a.b``, ``from a import b`` (``from quietlegs import ui`` is an import of
``quietlegs.ui``), relative imports (``from ..storage import db`` is resolved to
``quietlegs.storage.db``), ``importlib.import_module(...)`` and ``__import__(...)`` with a string
(an f-string counts by its fixed start, ``f"quietlegs.charts.{name}"`` → ``quietlegs.charts``),
and imports anywhere: at the top, inside functions, under ``if TYPE_CHECKING:``.

TYPE_CHECKING imports get no exemption: a lower layer that names a higher layer's types in its
annotations depends on that layer all the same (today's code needs none).

A new folder or top-level module fails :func:`test_every_folder_and_top_level_module_has_a_rule`
until it is given a rule here (and a place in DESIGN.md's diagram).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "quietlegs"
APP = "quietlegs"
ROOT = ""  # the package itself (``from quietlegs import APP_NAME``): constants only

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")
SCIENCE = ("numpy", "matplotlib", "statsmodels", "scipy", "pandas")
EVERYWHERE = ("matplotlib.pyplot",)  # global state and leaked figures: the object API only

BELOW_THE_FACES = {ROOT, "domain", "storage", "analysis", "charts", "services", "clock", "paths"}


@dataclass(frozen=True)
class Rule:
    may_import: frozenset[str]  # units of the app (besides its own)
    must_not: tuple[str, ...]  # libraries (a name and everything under it)


def rule(may_import, must_not=()) -> Rule:
    return Rule(frozenset(may_import), tuple(must_not) + EVERYWHERE)


RULES: dict[str, Rule] = {
    # Plain dataclasses and rules: nothing outside domain/, no framework.
    "domain": rule(set(), QT + SQL + SCIENCE + ("platformdirs", "tzlocal")),
    # The only SQLAlchemy importer; hands domain objects up.
    "storage": rule({ROOT, "domain", "paths"}, QT + SCIENCE),
    "analysis": rule({ROOT, "domain"}, QT + SQL + ("matplotlib",)),
    "charts": rule({ROOT, "domain", "analysis"}, QT + SQL),
    # The application layer: every workflow and read model the faces share; no Qt at all.
    "services": rule(BELOW_THE_FACES | {"tuning"}, QT + SQL),
    # Paints the report with QtGui (never widgets); may run in the worker process.
    "report": rule(BELOW_THE_FACES | {"tuning"}, SQL + ("PySide6.QtWidgets",)),
    # The command line: the same services, no widgets, no Qt of its own (``gui`` starts app.py).
    "commands": rule(BELOW_THE_FACES | {"report", "app"}, QT + SQL),
    "cli": rule({ROOT, "commands"}, QT + SQL),
    # Widgets over everything below; never the command line.
    "ui": rule(BELOW_THE_FACES | {"report", "resources", "tuning"}, SQL),
    # The composition root: paths → journal → services → window; not the command line.
    "app": rule(BELOW_THE_FACES | {"report", "ui", "resources", "tuning"}, SQL),
    "__main__": rule({ROOT, "cli"}, QT + SQL),
    # Small leaves that everything may use: they use nothing of the app.
    "__init__": rule(set(), QT + SQL + SCIENCE),
    "paths": rule(set(), QT + SQL + SCIENCE),
    "clock": rule(set(), QT + SQL + SCIENCE),
    "resources": rule(set(), QT + SQL + SCIENCE),
    "tuning": rule(set(), QT + SQL + SCIENCE),
}
PLANNED = {"services"}  # rules for units that may not exist yet on every branch


@dataclass(frozen=True)
class Import:
    name: str  # absolute dotted name
    line: int
    how: str  # "import", "from", "relative", "dynamic"
    type_checking: bool


# ----------------------------------------------------------------------------- reading imports

def _exists(dotted: str) -> bool:
    """Whether ``dotted`` (``quietlegs.x.y``) is a module or package of the app."""
    parts = dotted.split(".")
    if parts[0] != APP:
        return False
    base = SRC.joinpath(*parts[1:])
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _from_target(module: str, alias: str) -> str:
    """``from module import alias``: the submodule when ``alias`` is one (or, outside the app,
    may be one: ``from PySide6 import QtWidgets``), else the module."""
    if alias == "*":
        return module
    candidate = f"{module}.{alias}"
    if module.split(".")[0] != APP or _exists(candidate):
        return candidate
    return module


def _relative_base(module: str, is_package: bool, level: int) -> str:
    parts = module.split(".") if is_package else module.split(".")[:-1]
    if level - 1 > len(parts) - 1:
        raise ValueError(f"relative import beyond the top-level package in {module}")
    return ".".join(parts[:len(parts) - (level - 1)])


def _string_prefix(node: ast.expr) -> str | None:
    """A string literal, or an f-string's fixed start up to its last dot."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        head = ""
        for value in node.values:
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                break
            head += value.value
        head = head.rsplit(".", 1)[0] if "." in head else head
        return head or None
    return None


def _is_dynamic_import(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Name) and f.id in ("__import__", "import_module")) or (
        isinstance(f, ast.Attribute) and f.attr == "import_module")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_in(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in ``source``, the text of the app's module ``module``, by absolute name."""
    tree = ast.parse(source)
    found: list[Import] = []

    def visit(node: ast.AST, type_checking: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, type_checking)
            return
        if isinstance(node, ast.Import):
            found.extend(Import(a.name, node.lineno, "import", type_checking) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _relative_base(module, is_package, node.level)
                target = f"{base}.{node.module}" if node.module else base
                how = "relative"
            else:
                target, how = node.module, "from"
            found.extend(Import(_from_target(target, a.name), node.lineno, how, type_checking) for a in node.names)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node) and node.args:
            name = _string_prefix(node.args[0])
            package = next((_string_prefix(k.value) for k in node.keywords if k.arg == "package"), None)
            if name and name.startswith(".") and package:
                level = len(name) - len(name.lstrip("."))
                rest = name.lstrip(".")
                base = _relative_base(package, True, level)
                name = f"{base}.{rest}" if rest else base
            if name:
                found.append(Import(name, node.lineno, "dynamic", type_checking))
        for child in ast.iter_child_nodes(node):
            visit(child, type_checking)

    visit(tree, False)
    return found


# ----------------------------------------------------------------------------- judging them

def unit_of(dotted: str) -> str:
    """``quietlegs.ui.pages.x`` → ``ui``; ``quietlegs.app`` → ``app``; ``quietlegs`` → ROOT."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else ROOT


def violations(unit: str, imports: list[Import]) -> list[str]:
    """What in ``imports`` breaks ``unit``'s rule, one line each."""
    rule_ = RULES[unit]
    out = []
    for imp in imports:
        where = f"line {imp.line}: {imp.how} import of {imp.name}" + (" (under TYPE_CHECKING)" if imp.type_checking
                                                                       else "")
        if imp.name == APP or imp.name.startswith(APP + "."):
            target = unit_of(imp.name)
            if target != unit and target not in rule_.may_import:
                out.append(f"{where}: {unit} may not import {target or 'the quietlegs package'}")
        for bad in rule_.must_not:
            if imp.name == bad or imp.name.startswith(bad + "."):
                out.append(f"{where}: {unit} must not import {bad}")
    return out


def _module_name(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(SRC).with_suffix("")
    parts = [APP, *rel.parts]
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _unit_of_file(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _app_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("path", _app_files(), ids=lambda p: str(p.relative_to(SRC)))
def test_each_module_imports_only_what_its_layer_may(path: Path):
    module, is_package = _module_name(path)
    found = imports_in(path.read_text(encoding="utf-8"), module, is_package)
    assert violations(_unit_of_file(path), found) == [], str(path.relative_to(SRC))


def test_every_folder_and_top_level_module_has_a_rule():
    units = {_unit_of_file(p) for p in _app_files()}
    folders = {p.name for p in SRC.iterdir() if p.is_dir() and p.name != "__pycache__" and any(p.rglob("*.py"))}
    missing = sorted((units | folders) - RULES.keys())
    assert missing == [], f"no layering rule for {missing}: add one to RULES (and to DESIGN.md's diagram)"
    assert sorted(RULES.keys() - units - PLANNED) == [], "a rule for a unit that no longer exists"


# ----------------------------------------------------------------------------- the checker itself

def _check(unit_module: str, source: str, is_package: bool = False) -> list[str]:
    return violations(unit_of(unit_module) if unit_module.count(".") else "__init__",
                      imports_in(source, unit_module, is_package))


def test_a_relative_import_into_a_higher_layer_is_caught():
    assert _check("quietlegs.storage.repository", "from ..ui import main_window\n") == [
        "line 1: relative import of quietlegs.ui.main_window: storage may not import ui"]
    assert _check("quietlegs.storage.repository", "from ..ui.main_window import MainWindow\n") != []
    assert _check("quietlegs.domain", "from .. import ui\n", is_package=True) != []


def test_a_relative_import_within_the_layer_is_resolved_and_allowed():
    assert imports_in("from . import db\nfrom .errors import StorageError\n", "quietlegs.storage.backup") == [
        Import("quietlegs.storage.db", 1, "relative", False), Import("quietlegs.storage.errors", 2, "relative", False)]
    assert _check("quietlegs.storage.backup", "from . import db\nfrom ..domain.records import Night\n") == []


def test_a_bare_package_import_counts_as_importing_the_subpackage():
    assert _check("quietlegs.analysis.effects", "from quietlegs import ui\n") == [
        "line 1: from import of quietlegs.ui: analysis may not import ui"]
    assert _check("quietlegs.analysis.effects", "from quietlegs import __version__\n") == []  # a constant


def test_importlib_and_dunder_import_with_strings_are_caught():
    src = ("import importlib\n"
           "def load(name):\n"
           "    importlib.import_module('quietlegs.storage.db')\n"
           "    importlib.import_module(f'quietlegs.ui.pages.{name}')\n"
           "    return __import__('sqlalchemy.orm')\n")
    assert _check("quietlegs.domain.nights", src) == [
        "line 3: dynamic import of quietlegs.storage.db: domain may not import storage",
        "line 4: dynamic import of quietlegs.ui.pages: domain may not import ui",
        "line 5: dynamic import of sqlalchemy.orm: domain must not import sqlalchemy"]
    assert _check("quietlegs.charts.x", "from importlib import import_module\nimport_module('.timeline', "
                                        "package='quietlegs.charts')\n") == []


def test_imports_inside_functions_and_type_checking_blocks_are_caught():
    src = ("from typing import TYPE_CHECKING\n"
           "if TYPE_CHECKING:\n"
           "    from quietlegs.ui.main_window import MainWindow\n"
           "def draw():\n"
           "    from PySide6.QtWidgets import QWidget\n"
           "    from PySide6 import QtWidgets\n")
    assert _check("quietlegs.services.today", src) == [
        "line 3: from import of quietlegs.ui.main_window (under TYPE_CHECKING): services may not import ui",
        "line 5: from import of PySide6.QtWidgets.QWidget: services must not import PySide6",
        "line 6: from import of PySide6.QtWidgets: services must not import PySide6"]
    assert _check("quietlegs.report.render", "from PySide6 import QtWidgets\n") == [
        "line 1: from import of PySide6.QtWidgets: report must not import PySide6.QtWidgets"]
    assert _check("quietlegs.report.render", "from PySide6.QtGui import QPainter\n") == []


def test_pyplot_is_caught_everywhere():
    assert _check("quietlegs.charts.timeline", "import matplotlib.pyplot as plt\n") == [
        "line 1: import import of matplotlib.pyplot: charts must not import matplotlib.pyplot"]
    assert _check("quietlegs.charts.timeline", "from matplotlib.figure import Figure\n") == []


@pytest.mark.parametrize("path", _app_files(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_selects_a_pyside_feature(path: Path):
    """``from __feature__ import snake_case, true_property`` would change Qt's names for that module;
    the app uses Qt's own names everywhere, which is what lets quietlegs.tuning skip PySide's scan
    of every imported module's source for that import."""
    module, is_package = _module_name(path)
    names = [imp.name for imp in imports_in(path.read_text(encoding="utf-8"), module, is_package)]
    assert not [n for n in names if n == "__feature__" or n.startswith("__feature__.")]
