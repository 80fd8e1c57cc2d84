"""The layers of DESIGN.md, enforced: each imports only what lies below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "quietlegs"

# What each layer may import from the app itself (besides itself) and which frameworks it must not.
RULES = {
    "domain": ({"domain"}, {"PySide6", "shiboken6", "sqlalchemy", "alembic", "numpy", "matplotlib",
                            "statsmodels", "scipy", "platformdirs"}),
    "storage": ({"domain", "storage", "paths"}, {"PySide6", "shiboken6", "numpy", "matplotlib", "statsmodels"}),
    "analysis": ({"domain", "analysis"}, {"PySide6", "shiboken6", "sqlalchemy", "alembic", "matplotlib"}),
    "charts": ({"domain", "analysis", "charts"}, {"PySide6", "shiboken6", "sqlalchemy", "alembic"}),
    "report": ({"domain", "analysis", "charts", "report", "storage", "clock", "paths"},
               {"sqlalchemy", "alembic", "PySide6.QtWidgets"}),
    "commands": ({"domain", "analysis", "charts", "report", "storage", "services", "commands", "clock", "paths",
                  "app"},
                 {"PySide6", "shiboken6", "sqlalchemy", "alembic"}),
    "services": ({"domain", "storage", "analysis", "charts", "services", "clock", "paths", "tuning"},
                 {"PySide6", "shiboken6", "sqlalchemy", "alembic"}),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _cases():
    for layer in RULES:
        for path in sorted((SRC / layer).rglob("*.py")):
            yield pytest.param(layer, path, id=str(path.relative_to(SRC)))


@pytest.mark.parametrize("layer, path", list(_cases()))
def test_layer_imports_only_what_lies_below(layer: str, path: Path):
    allowed_own, forbidden = RULES[layer]
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "quietlegs":
            parts = name.split(".")
            if len(parts) > 1:
                assert parts[1] in allowed_own or parts[1] in {"__init__"}, f"{layer}/ imports {name}"
        for bad in forbidden:
            assert not (name == bad or name.startswith(bad + ".")), f"{layer}/ imports {name}"


def test_only_ui_and_report_import_qt():
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).parts
        if rel[0] in ("ui", "report") or rel[-1] == "app.py":
            continue
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6")), f"{path} imports {name}"


def test_only_storage_imports_sqlalchemy():
    for path in SRC.rglob("*.py"):
        if path.relative_to(SRC).parts[0] == "storage":
            continue
        for name in _imports(path):
            assert not name.startswith(("sqlalchemy", "alembic")), f"{path} imports {name}"


def test_no_pyplot_anywhere_in_the_app():
    for path in SRC.rglob("*.py"):
        assert "matplotlib.pyplot" not in _imports(path), path


def test_a_forbidden_import_is_caught(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\n")
    assert "sqlalchemy" in _imports(bad)
