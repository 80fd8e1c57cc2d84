"""Render the app icon's PNG sizes from its SVGs, into resources/icons/.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

16 and 24 px come from quietlegs-small.svg (bolder shapes, no stars), the rest from
quietlegs.svg. Run it again after changing either SVG, and commit the PNGs.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed to paint)
    for size in SIZES:
        svg = ICONS / ("quietlegs-small.svg" if size <= SMALL_UP_TO else "quietlegs.svg")
        render(svg, size, ICONS / f"quietlegs-{size}.png")
        print(f"quietlegs-{size}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
