"""Start-up of the PyInstaller bundle against ``python -m quietlegs``, and the bundle's size.

    python benchmarks/bundle_startup.py [--bundle dist/quietlegs] [--runs 5]

Builds the bundle with packaging/quietlegs.spec first unless --bundle names one. Each run
starts the app offscreen with QUIETLEGS_SMOKE=1 on its own fresh journal and stops the clock
when it prints ``ready`` (the first paint). Prints the medians and their ratio, and the size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QUIETLEGS_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", QUIETLEGS_SMOKE="1")
    return env


def time_to_ready(command: list[str], env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="ql-bench-") as data:
        start = time.perf_counter()
        out = subprocess.run([*command, "--data-dir", data], env=env, capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - start
    if out.returncode != 0 or out.stdout.strip().splitlines()[-2:] != ["ready", "usable"]:
        raise SystemExit(f"{command[0]} did not start: {out.stderr[-2000:]}")
    return elapsed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="an already built bundle folder")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    bundle = args.bundle
    if bundle is None:
        work = Path(tempfile.mkdtemp(prefix="ql-bundle-"))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                        str(ROOT / "packaging" / "quietlegs.spec")], check=True, cwd=ROOT)
        print(f"bundle build: {time.perf_counter() - start:.0f} s")
        bundle = work / "dist" / "quietlegs"

    env = _env()
    source_env = dict(env, PYTHONPATH=str(ROOT / "src"))
    time_to_ready([str(bundle / "quietlegs")], env)  # warm the file cache for both, once
    time_to_ready([sys.executable, "-m", "quietlegs"], source_env)
    bundled, source = [], []
    for _ in range(args.runs):  # interleaved, so a busy moment hurts both alike
        bundled.append(time_to_ready([str(bundle / "quietlegs")], env))
        source.append(time_to_ready([sys.executable, "-m", "quietlegs"], source_env))
    b, s = statistics.median(bundled), statistics.median(source)
    print(f"bundle size: {folder_size(bundle) / 2**20:.0f} MiB ({bundle})")
    print(f"start-up to ready, median of {args.runs}: bundle {b:.2f} s, python -m quietlegs {s:.2f} s, "
          f"ratio {b / s:.2f}")
    if args.bundle is None:
        shutil.rmtree(bundle.parents[1], ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
