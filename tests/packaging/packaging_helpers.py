"""Running the app as a separate program: a clean environment, offscreen, no stray paths."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment a fresh desktop session would give: offscreen, no PYTHONPATH, own HOME."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "QUIETLEGS_DATA_DIR", "PYTHONHOME", "VIRTUAL_ENV")}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"))
    return env


def run(cmd, env, timeout=120, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def smoke(program: list, tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Start the app as a person would, on a fresh journal; it prints ``ready`` once painted."""
    data = tmp_path / "journal-data"
    return run([*program, "--data-dir", data], dict(env, QUIETLEGS_SMOKE="1"), timeout=180, cwd=tmp_path)


def smoke_insights(program: list, tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Start the app on a demo journal, open Insights and wait for it: the last line says
    where the statistics were worked out."""
    return run([*program, "--demo"], dict(env, QUIETLEGS_SMOKE="insights"), timeout=180, cwd=tmp_path)


INSIGHTS_IN_THEIR_PROCESS = "statistics in their own process"
